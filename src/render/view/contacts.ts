import { durationText, readFact, textOf } from '../../model/fact.js';
import type { Contact, Criticality, Premises, System, Vendor } from '../../core/plan.generated.js';
import type { PlanModel } from '../../model/plan-model.js';
import { mailtoUrl, safeUrl, telUrl } from '../safe-url.js';
import { reachableView, type PersonView } from './people.js';
import { stepViews, type StepView } from './steps.js';

export interface ContactView {
  name: string;
  role: string | null;
  phone: string | null;
  phoneHref: string | null;
  mobile: string | null;
  mobileHref: string | null;
  email: string | null;
  emailHref: string | null;
  hours: string | null;
  notes: string | null;
}

export interface VendorView {
  id: string;
  name: string;
  kind: string | null;
  service: string;
  /** `critical`, `high`, `medium`, `low`, or `tbc`; null when the plan does not say. */
  criticality: string | null;
  criticalityLabel: string | null;
  account: string | null;
  contract: string | null;
  support: ContactView | null;
  /** Where the PIN or password their support asks for is kept (never the PIN). */
  pinLocation: string | null;
  statusPage: string | null;
  website: string | null;
  contacts: ContactView[];
  backupVendor: { id: string; name: string; service: string; support: ContactView | null } | null;
  notes: string | null;
}

export interface BackupView {
  id: string;
  what: string;
  /** The plan's duration (`1d`), or the words for an unknown. */
  interval: string;
  location: string;
  intervalKnown: boolean;
  method: string | null;
  verifyEvery: string | null;
  lastRestoreTest: {
    date: string;
    result: string;
    recordsExpected: number | null;
    recordsRestored: number | null;
  } | null;
}

export interface SystemView {
  id: string;
  name: string;
  aliases: string[];
  category: string | null;
  criticality: string | null;
  criticalityLabel: string | null;
  retired: boolean;
  replacedBy: { id: string; name: string } | null;
  vendor: VendorView | null;
  owner: PersonView | null;
  hosting: string | null;
  url: string | null;
  holds: string[];
  fallbackSystem: { id: string; name: string } | null;
  /** Everything to work with when it fails: the fallback system, then the plan's `fallbacks`, each linkable. */
  fallbacks: FallbackView[];
  lastChanged: string | null;
  backups: BackupView[];
  notes: string | null;
}

/** A fallback: another system, a document, a form, or words (page null). */
export interface FallbackView {
  name: string;
  page: 'systems' | 'documents' | 'forms' | null;
  anchor: string | null;
}

export interface PremisesView {
  id: string;
  name: string;
  address: string | null;
  phone: string | null;
  phoneHref: string | null;
  alternate: { id: string; name: string; address: string | null } | null;
  access: string | null;
  callRerouting: {
    provider: VendorView | null;
    numbers: string[];
    divertTo: string | null;
    steps: StepView[];
    undo: StepView[];
  } | null;
  localData: { what: string; where: string; access: string | null }[];
  notes: string | null;
}

export function contactView(contact: Partial<Contact> & { status_page?: string; url?: string }): ContactView {
  return {
    name: contact.name ?? 'Support',
    role: contact.role ?? null,
    phone: contact.phone ?? null,
    phoneHref: telUrl(contact.phone) ?? null,
    mobile: contact.mobile ?? null,
    mobileHref: telUrl(contact.mobile) ?? null,
    email: contact.email ?? null,
    emailHref: mailtoUrl(contact.email) ?? null,
    hours: contact.hours ?? null,
    notes: contact.notes ?? null,
  };
}

export function vendorView(plan: PlanModel, vendor: Vendor): VendorView {
  const backup = vendor.backup_vendor ? plan.vendors.get(vendor.backup_vendor) : undefined;
  const support = (v: Vendor): ContactView | null =>
    v.support ? contactView({ name: 'Support', ...v.support }) : null;
  return {
    id: vendor.id,
    name: vendor.name,
    kind: vendor.kind ?? null,
    service: vendor.service,
    ...criticalityView(vendor.criticality),
    account: vendor.account ?? null,
    contract: vendor.contract ?? null,
    support: support(vendor),
    pinLocation: vendor.support?.pin_location ?? null,
    statusPage: safeUrl(vendor.support?.status_page) ?? null,
    website: safeUrl(vendor.support?.url) ?? null,
    contacts: (vendor.contacts ?? []).map(contactView),
    backupVendor: backup
      ? { id: backup.id, name: backup.name, service: backup.service, support: support(backup) }
      : null,
    notes: vendor.notes ?? null,
  };
}

export function systemView(plan: PlanModel, system: System): SystemView {
  const vendor = system.vendor ? plan.vendors.get(system.vendor) : undefined;
  const named = (id: string | undefined): { id: string; name: string } | null => {
    const other = id ? plan.systems.get(id) : undefined;
    return other ? { id: other.id, name: other.name } : null;
  };
  return {
    id: system.id,
    name: system.name,
    aliases: system.aliases ?? [],
    category: system.category ?? null,
    ...criticalityView(system.criticality),
    retired: system.status === 'retired',
    replacedBy: named(system.replaced_by),
    vendor: vendor ? vendorView(plan, vendor) : null,
    owner: system.owner ? reachableView(plan, system.owner) : null,
    hosting: system.hosting ?? null,
    url: safeUrl(system.url) ?? null,
    holds: system.holds ?? [],
    fallbackSystem: named(system.fallback_system),
    fallbacks: fallbackViews(plan, system),
    lastChanged: system.last_changed ?? null,
    backups: (system.backups ?? []).map((backup) => {
      const last = [...(backup.restore_tests ?? [])].sort((a, b) => a.date.localeCompare(b.date)).at(-1);
      return {
        id: backup.id,
        what: backup.what,
        interval: durationText(backup.interval),
        intervalKnown: readFact(backup.interval).state === 'known',
        location: textOf(backup.location),
        method: backup.method ?? null,
        verifyEvery: backup.verify_every ?? null,
        lastRestoreTest: last
          ? {
              date: last.date,
              result: last.result,
              recordsExpected: last.records_expected ?? null,
              recordsRestored: last.records_restored ?? null,
            }
          : null,
      };
    }),
    notes: system.notes ?? null,
  };
}

export function premisesView(plan: PlanModel, premises: Premises): PremisesView {
  const alternate = premises.alternate ? plan.premises.get(premises.alternate) : undefined;
  const rerouting = premises.call_rerouting;
  const provider = rerouting?.provider ? plan.vendors.get(rerouting.provider) : undefined;
  return {
    id: premises.id,
    name: premises.name,
    address: premises.address ?? null,
    phone: premises.phone ?? null,
    phoneHref: telUrl(premises.phone) ?? null,
    alternate: alternate ? { id: alternate.id, name: alternate.name, address: alternate.address ?? null } : null,
    access: premises.access ?? null,
    callRerouting: rerouting
      ? {
          provider: provider ? vendorView(plan, provider) : null,
          numbers: rerouting.numbers ?? [],
          divertTo: rerouting.divert_to ?? null,
          steps: stepViews(plan, rerouting.steps),
          undo: stepViews(plan, rerouting.undo ?? []),
        }
      : null,
    localData: (premises.local_data ?? []).map((d) => ({ what: d.what, where: d.where, access: d.access ?? null })),
    notes: premises.notes ?? null,
  };
}

/** Criticality as a class key and a label: an undecided one says so instead of looking like a decision. */
function criticalityView(value: Criticality | undefined): {
  criticality: string | null;
  criticalityLabel: string | null;
} {
  const fact = readFact(value);
  if (fact.state === 'known') return { criticality: fact.value, criticalityLabel: fact.value };
  if (fact.state === 'absent') return { criticality: null, criticalityLabel: null };
  const who = fact.state === 'tbc' && fact.who ? ` (${fact.who})` : '';
  return { criticality: 'tbc', criticalityLabel: `criticality to be confirmed${who}` };
}

function fallbackViews(plan: PlanModel, system: System): FallbackView[] {
  const listed = (system.fallbacks ?? []).flatMap((fallback): FallbackView[] => {
    if (typeof fallback === 'string') return [{ name: fallback, page: null, anchor: null }];
    if (fallback.system) {
      const other = plan.systems.get(fallback.system);
      return other ? [{ name: other.name, page: 'systems', anchor: `system-${other.id}` }] : [];
    }
    if (fallback.document) {
      const document = plan.documents.get(fallback.document);
      return document ? [{ name: document.title, page: 'documents', anchor: `document-${document.id}` }] : [];
    }
    const form = (plan.data.forms ?? []).find((f) => f.id === fallback.form);
    return form ? [{ name: form.title, page: 'forms', anchor: `form-${form.id}` }] : [];
  });
  const own = system.fallback_system ? plan.systems.get(system.fallback_system) : undefined;
  const first: FallbackView[] = own ? [{ name: own.name, page: 'systems', anchor: `system-${own.id}` }] : [];
  return [...first, ...listed.filter((f) => !(own && f.anchor === `system-${own.id}`))];
}
