import type { System } from '../core/plan.generated.js';

/**
 * Widely used business tools, so that a procedure naming one the business does not run (any more) is caught
 * even when nobody wrote it into the systems inventory. Maintained by hand: add a tool where it belongs, keep each
 * category in alphabetical order, and keep to products a small business is likely to name in a procedure.
 *
 * How names are matched (see tool-mentions.ts):
 * - `name` and `aliases`: case-insensitive, on word boundaries, longest name first.
 * - `properNouns`: product names that are also English words ("Slack", "Sage", "Outlook"). They count only written
 *   exactly so and not at the start of a sentence, list item or heading, where any word is capitalised:
 *   "post in Slack" names the tool, "slack time" and "Slack off" do not.
 * - Names too common to guess at are left out and only their qualified forms are listed: "Box" (PO Box, boxes),
 *   "Square" (Market Square), "Wave", "Copper", "Monday", "Exchange", "Reckon", "S3". Write "Box.com", "Square POS",
 *   "Wave Accounting", "Copper CRM", "monday.com", "Microsoft Exchange", "Reckon One" or "AWS S3" to be recognised.
 * - `domains`: a web address on the domain or any subdomain of it (`acme.my.salesforce.com`), in text or in a link.
 */
export interface BusinessTool {
  /** The name as the vendor writes it. */
  name: string;
  /** What kind of system it is, in the words of the plan's `systems[].category`. */
  category: System['category'];
  aliases?: readonly string[];
  properNouns?: readonly string[];
  /** The bare name is an everyday word ("Box", "Square"): only the aliases, proper nouns and domains count. */
  plainWord?: true;
  domains?: readonly string[];
}

const crm: BusinessTool[] = [
  { name: 'ActiveCampaign', category: 'crm', domains: ['activecampaign.com'] },
  // The source's business runs sales, inventory and accounts in it; plans usually file it as their CRM.
  { name: 'Brightpearl', category: 'crm', domains: ['brightpearl.com'] },
  { name: 'Capsule CRM', category: 'crm', domains: ['capsulecrm.com'] },
  { name: 'Copper CRM', category: 'crm', aliases: ['Copper for Google Workspace'], domains: ['copper.com'] },
  { name: 'Freshdesk', category: 'crm', domains: ['freshdesk.com'] },
  { name: 'Freshsales', category: 'crm', aliases: ['Freshworks CRM'], domains: ['freshsales.io'] },
  { name: 'HubSpot', category: 'crm', aliases: ['HubSpot CRM', 'HubSpot Sales Hub'], domains: ['hubspot.com'] },
  { name: 'Insightly', category: 'crm', domains: ['insightly.com'] },
  { name: 'Keap', category: 'crm', aliases: ['Infusionsoft'], domains: ['keap.com', 'infusionsoft.com'] },
  {
    name: 'Microsoft Dynamics 365',
    category: 'crm',
    aliases: ['Dynamics 365', 'Dynamics 365 Sales', 'Dynamics CRM', 'MS Dynamics', 'Microsoft Dynamics CRM'],
    domains: ['dynamics.com'],
  },
  { name: 'Monday Sales CRM', category: 'crm', aliases: ['monday CRM', 'monday.com CRM'], domains: ['monday.com'] },
  { name: 'Pipedrive', category: 'crm', domains: ['pipedrive.com'] },
  {
    name: 'Salesforce',
    category: 'crm',
    aliases: ['Sales Cloud', 'Salesforce Essentials', 'SFDC'],
    domains: ['salesforce.com', 'force.com'],
  },
  { name: 'SugarCRM', category: 'crm', aliases: ['Sugar CRM'], domains: ['sugarcrm.com'] },
  { name: 'Zendesk', category: 'crm', aliases: ['Zendesk Sell'], domains: ['zendesk.com'] },
  {
    name: 'Zoho CRM',
    category: 'crm',
    aliases: ['Zoho Bigin'],
    domains: ['crm.zoho.com', 'crm.zoho.eu', 'bigin.zoho.com'],
  },
];

const accounting: BusinessTool[] = [
  { name: 'FreeAgent', category: 'accounting', domains: ['freeagent.com'] },
  { name: 'FreshBooks', category: 'accounting', domains: ['freshbooks.com'] },
  {
    name: 'MYOB',
    category: 'accounting',
    aliases: ['MYOB AccountRight', 'MYOB Business', 'MYOB Essentials'],
    domains: ['myob.com'],
  },
  { name: 'NetSuite', category: 'accounting', aliases: ['Oracle NetSuite'], domains: ['netsuite.com'] },
  {
    name: 'QuickBooks Online',
    category: 'accounting',
    aliases: ['QuickBooks', 'QuickBooks Desktop', 'Intuit QuickBooks', 'QBO'],
    domains: ['quickbooks.intuit.com', 'quickbooks.com', 'qbo.intuit.com'],
  },
  { name: 'Reckon One', category: 'accounting', aliases: ['Reckon Accounts'], domains: ['reckon.com'] },
  {
    name: 'Sage Accounting',
    category: 'accounting',
    aliases: ['Sage 50', 'Sage 50cloud', 'Sage 100', 'Sage 200', 'Sage 300', 'Sage Business Cloud', 'Sage Intacct'],
    properNouns: ['Sage'],
    domains: ['sage.com', 'sageone.com', 'intacct.com'],
  },
  {
    name: 'Wave Accounting',
    category: 'accounting',
    aliases: ['Wave Financial', 'Wave Invoicing'],
    domains: ['waveapps.com'],
  },
  { name: 'Xero', category: 'accounting', domains: ['xero.com'] },
  { name: 'Zoho Books', category: 'accounting', domains: ['books.zoho.com', 'books.zoho.eu'] },
];

const email: BusinessTool[] = [
  { name: 'Constant Contact', category: 'email', domains: ['constantcontact.com'] },
  {
    name: 'Google Workspace',
    category: 'email',
    aliases: ['G Suite', 'Gmail', 'Google Mail', 'Google Apps'],
    domains: ['gmail.com', 'mail.google.com', 'workspace.google.com'],
  },
  { name: 'Klaviyo', category: 'email', domains: ['klaviyo.com'] },
  { name: 'Mailchimp', category: 'email', domains: ['mailchimp.com'] },
  {
    name: 'Microsoft 365',
    category: 'email',
    aliases: [
      'Office 365',
      'O365',
      'M365',
      'Microsoft Outlook',
      'Microsoft Exchange',
      'Exchange Online',
      'Exchange Server',
    ],
    properNouns: ['Outlook'],
    domains: ['outlook.com', 'office.com', 'office365.com', 'microsoft365.com', 'outlook.office.com'],
  },
  { name: 'Zoho Mail', category: 'email', domains: ['mail.zoho.com', 'mail.zoho.eu'] },
];

const chat: BusinessTool[] = [
  {
    name: 'Google Chat',
    category: 'chat',
    aliases: ['Hangouts Chat', 'Google Hangouts'],
    domains: ['chat.google.com'],
  },
  { name: 'Google Meet', category: 'chat', domains: ['meet.google.com'] },
  {
    name: 'Microsoft Teams',
    category: 'chat',
    aliases: ['MS Teams'],
    properNouns: ['Teams'],
    domains: ['teams.microsoft.com'],
  },
  { name: 'Slack', category: 'chat', properNouns: ['Slack'], domains: ['slack.com'] },
  { name: 'WhatsApp', category: 'chat', aliases: ['WhatsApp Business'], domains: ['whatsapp.com', 'wa.me'] },
  { name: 'Zoom', category: 'chat', aliases: ['Zoom Meetings'], properNouns: ['Zoom'], domains: ['zoom.us'] },
];

const telephony: BusinessTool[] = [
  { name: '3CX', category: 'telephony', domains: ['3cx.com'] },
  { name: '8x8', category: 'telephony', domains: ['8x8.com'] },
  { name: 'Aircall', category: 'telephony', domains: ['aircall.io'] },
  { name: 'Dialpad', category: 'telephony', domains: ['dialpad.com'] },
  { name: 'Nextiva', category: 'telephony', domains: ['nextiva.com'] },
  { name: 'RingCentral', category: 'telephony', domains: ['ringcentral.com'] },
  { name: 'Twilio', category: 'telephony', domains: ['twilio.com'] },
  { name: 'Vonage', category: 'telephony', aliases: ['Vonage Business'], domains: ['vonage.com'] },
  { name: 'Zoom Phone', category: 'telephony' },
];

const payments: BusinessTool[] = [
  { name: 'Adyen', category: 'payments', domains: ['adyen.com'] },
  { name: 'Braintree', category: 'payments', domains: ['braintreepayments.com', 'braintreegateway.com'] },
  { name: 'GoCardless', category: 'payments', domains: ['gocardless.com'] },
  { name: 'PayPal', category: 'payments', domains: ['paypal.com'] },
  {
    name: 'Square',
    category: 'payments',
    plainWord: true,
    aliases: [
      'Square POS',
      'Square Point of Sale',
      'Square Payments',
      'Square Terminal',
      'Square Register',
      'Square Dashboard',
    ],
    domains: ['squareup.com'],
  },
  { name: 'Stripe', category: 'payments', properNouns: ['Stripe'], domains: ['stripe.com'] },
  { name: 'SumUp', category: 'payments', domains: ['sumup.com'] },
  { name: 'Tyro', category: 'payments', properNouns: ['Tyro'], domains: ['tyro.com'] },
  { name: 'Worldpay', category: 'payments', domains: ['worldpay.com'] },
  { name: 'Zettle', category: 'payments', aliases: ['PayPal Zettle', 'iZettle'], domains: ['zettle.com'] },
];

const storage: BusinessTool[] = [
  { name: 'AWS S3', category: 'storage', aliases: ['Amazon S3', 'S3 bucket'], domains: ['s3.amazonaws.com'] },
  { name: 'Backblaze', category: 'backup', aliases: ['Backblaze B2'], domains: ['backblaze.com'] },
  { name: 'Box', category: 'storage', plainWord: true, aliases: ['Box.com', 'Box Drive'], domains: ['box.com'] },
  { name: 'Dropbox', category: 'storage', domains: ['dropbox.com'] },
  { name: 'Google Drive', category: 'storage', domains: ['drive.google.com', 'docs.google.com'] },
  {
    name: 'OneDrive',
    category: 'storage',
    aliases: ['OneDrive for Business'],
    domains: ['onedrive.live.com', '1drv.ms'],
  },
  { name: 'SharePoint', category: 'storage', aliases: ['SharePoint Online'], domains: ['sharepoint.com'] },
];

const ecommerce: BusinessTool[] = [
  { name: 'Amazon Seller Central', category: 'e-commerce', domains: ['sellercentral.amazon.com'] },
  { name: 'BigCommerce', category: 'e-commerce', domains: ['bigcommerce.com'] },
  { name: 'eBay', category: 'e-commerce', domains: ['ebay.com'] },
  { name: 'Magento', category: 'e-commerce', aliases: ['Adobe Commerce'], domains: ['magento.com'] },
  { name: 'Shopify', category: 'e-commerce', domains: ['shopify.com', 'myshopify.com'] },
  { name: 'Squarespace', category: 'e-commerce', domains: ['squarespace.com'] },
  { name: 'Wix', category: 'e-commerce', domains: ['wix.com'] },
  { name: 'WooCommerce', category: 'e-commerce', domains: ['woocommerce.com'] },
];

const erp: BusinessTool[] = [
  { name: 'Acumatica', category: 'erp', domains: ['acumatica.com'] },
  { name: 'Cin7', category: 'erp', aliases: ['Cin7 Core', 'DEAR Inventory'], domains: ['cin7.com'] },
  { name: 'Epicor', category: 'erp', domains: ['epicor.com'] },
  {
    name: 'Microsoft Dynamics 365 Business Central',
    category: 'erp',
    aliases: ['Dynamics 365 Business Central', 'Business Central', 'Dynamics NAV', 'Navision'],
  },
  { name: 'Odoo', category: 'erp', domains: ['odoo.com'] },
  { name: 'SAP Business One', category: 'erp', aliases: ['SAP B1'] },
  { name: 'SAP S/4HANA', category: 'erp', aliases: ['S/4HANA', 'SAP ERP', 'SAP ECC'], properNouns: ['SAP'] },
];

/** Every known tool, by category. */
export const businessTools: readonly BusinessTool[] = [
  ...crm,
  ...accounting,
  ...email,
  ...chat,
  ...telephony,
  ...payments,
  ...storage,
  ...ecommerce,
  ...erp,
];

/** Every name a tool is known by: an inventory system called by any of them is that tool. */
export function toolNames(tool: BusinessTool): string[] {
  return [tool.name, ...(tool.aliases ?? []), ...(tool.properNouns ?? [])];
}

/** The names to look for case-insensitively: the bare name only when it is not an everyday word. */
export function caseInsensitiveNames(tool: BusinessTool): string[] {
  const bare = tool.plainWord || tool.properNouns?.includes(tool.name) ? [] : [tool.name];
  return [...bare, ...(tool.aliases ?? [])];
}
