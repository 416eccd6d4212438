/**
 * Word lists and small text helpers for the synthetic plans. The names are made up on purpose: a product name
 * that is also a known business tool (Slack, Teams, Square, ...) would make the stale-tool-reference rule report
 * the synthetic plan, and its findings would then be an accident of the word lists rather than of plan size.
 */

const list = (text) => text.split(', ');

export const FIRST_NAMES = list(
  'Amelia, Ben, Chloe, Dev, Ella, Finn, Grace, Hamish, Isla, Jack, Kiri, Leo, Mia, Noah, Olive, Priya, Quinn, ' +
    'Ruby, Sam, Tara, Umar, Violet, Will, Xin, Yusuf, Zoe, Aroha, Bianca, Callum, Dana, Eli, Fatima, Gus, Hana, ' +
    'Ivan, Jade, Kai, Lena, Marco, Nina',
);

export const LAST_NAMES = list(
  'Abbott, Baker, Chen, Davies, Evans, Fraser, Gupta, Hughes, Ito, Jones, Kaur, Lee, Murphy, Nguyen, Owens, ' +
    'Patel, Quinlan, Reid, Singh, Tran, Usman, Vella, Walsh, Xu, Young, Zhang, Ahmed, Brennan, Costa, Doyle, ' +
    'Ellis, Flynn, Garcia, Hart, Iqbal, Jensen, Kowal, Lopez, Moreau, Novak',
);

export const ROLES = list(
  'Account manager, Accounts officer, Buyer, Customer service, Dispatch lead, Finance manager, IT coordinator, ' +
    'Inside sales, Marketing coordinator, Office manager, Operations manager, Payroll officer, ' +
    'Purchasing officer, Receptionist, Sales manager, Site supervisor, Stock controller, Warehouse hand, ' +
    'Web producer, Workshop lead',
);

export const KNOW_HOW = list(
  'Supplier payment runs, Trade pricing and discounts, Month-end close, Courier bookings, Stock counts, ' +
    'Payroll and leave, Quoting for large accounts, Diverting the office phones, ' +
    'Restoring records from the nightly export, Customer returns, Purchase approvals, Website product updates, ' +
    'Bank reconciliation, Warehouse receiving, Key account relationships, Insurance claims',
);

/** Made-up brands for systems and vendors (birds and plants, so that no name is a real product). */
export const BRANDS = list(
  'Kestrel, Bluegum, Ironbark, Saltbush, Wattle, Quokka, Numbat, Galah, Brolga, Jarrah, Karri, Mallee, Tern, ' +
    'Osprey, Heron, Lorikeet, Currawong, Bilby, Pardalote, Myrtle, Banksia, Spinifex, Coolabah, Boronia',
);

/** The word each system category adds to a brand: "Kestrel Ledger 14" is an accounting system. */
export const SYSTEM_WORDS = {
  crm: 'Leads',
  accounting: 'Ledger',
  email: 'Mailroom',
  chat: 'Chatline',
  telephony: 'Voiceline',
  payments: 'Paydesk',
  storage: 'Filestore',
  'e-commerce': 'Storefront',
  erp: 'Operations',
  internet: 'Link',
  website: 'Web',
  backup: 'Vault',
  other: 'Tools',
};

export const SYSTEM_CATEGORIES = Object.keys(SYSTEM_WORDS);

export const VENDOR_WORDS = list(
  'Freight, Supplies, Software, Telecom, Networks, Logistics, Packaging, Print, Insurance, Finance, Properties, Metals',
);

export const VENDOR_KINDS = list(
  'software, supplier, manufacturer, logistics, agency, telecom, internet, payments, bank, landlord, insurer, other',
);

export const HOLDS = list(
  'Customers and contacts, Quotes and sales orders, Stock levels, Purchase orders, Invoices and bills, ' +
    'Price lists, Delivery schedules, Support tickets, Product catalogue, Timesheets',
);

export const SUBURBS = list(
  'Banksmeadow, Botany, Mascot, Alexandria, Marrickville, Silverwater, Smithfield, Wetherill Park, Brookvale, ' +
    'Artarmon, Moorebank, Ingleburn',
);

export const DOCUMENT_KINDS = list(
  'master-document, form, price-list, contact-list, script, checklist, procedure, other',
);

export const DOCUMENT_TITLES = list(
  'Master invoice form, Master quote form, Purchase order pad, Picking list, Delivery docket, Trade price list, ' +
    'Supplier contact list, Customer phone script, Work log, Open orders report, Returns form, Stock count sheet, ' +
    'Timesheet, Cash receipt book, Back-to-normal checklist',
);

const VERBS = list(
  'Check, Confirm, Record, Call, Tell, Hand out, Compare, Write down, Switch, Print, Reconcile, Update, Count, ' +
    'File, Review',
);

const OBJECTS = list(
  'the open orders, the price list, the work log, urgent deliveries, the courier bookings, ' +
    'payments taken by phone, the stock on hand, the paper forms, the team roster, the supplier list, ' +
    'the customer callbacks, the last export, the record counts, the incident folder',
);

const ENDINGS = list(
  'before the end of the day, every two hours, as soon as the fallback starts, before anyone leaves, ' +
    "with a second person, and initial each sheet, on the whiteboard, against this morning's report, " +
    'and note the time, in the incident folder',
);

/** One instruction, as a continuity owner would write it; `subject` names the system or site it is about. */
export function instruction(random, subject) {
  const about = subject ? ` for ${subject}` : '';
  return `${random.pick(VERBS)} ${random.pick(OBJECTS)}${about} ${random.pick(ENDINGS)}.`;
}

/** A few sentences of plain prose. */
export function prose(random, sentences, subject) {
  return Array.from({ length: sentences }, () => instruction(random, subject)).join(' ');
}

/** A lowercase kebab-case id from words: "Amelia Chen" and 12 give `amelia-chen-12`. */
export function idOf(...parts) {
  return parts
    .join(' ')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** A phone number in a range kept for fiction, different for every `index`. */
export function phone(index, prefix = '+61 2 55') {
  const digits = String(index).padStart(6, '0');
  return `${prefix}${digits.slice(0, 2)} ${digits.slice(2)}`;
}

/** `n` with leading zeros, so that ids sort the way people read them. */
export function pad(n, width = 4) {
  return String(n).padStart(width, '0');
}

/** The date `days` before `today` (both YYYY-MM-DD, in UTC so that no time zone moves it). */
export function daysBefore(today, days) {
  const date = new Date(`${today}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() - days);
  return date.toISOString().slice(0, 10);
}
