import type { FieldSpec } from './fields.js';

/**
 * How each section's fields are named and compared, and what their change means in an outage. A field not
 * listed here is still compared, by value, under its key: a field added to the schema later is never missed.
 */
const stepsOf = (label: string, outage: (name: string) => string): FieldSpec => ({
  label,
  kind: 'steps',
  relevant: true,
  outage,
});

const target = (label: string): FieldSpec => ({
  label,
  kind: 'duration',
  relevant: true,
  risk: 'target-raised',
  outage: (name, summary) => `the quick reference now shows for “${name}”: ${summary}`,
});

const personPhone = (label: string): FieldSpec => ({
  label,
  kind: 'phone',
  relevant: true,
  risk: 'number-changed',
  outage: (name) => `the call tree and contact pages now give a new number for ${name}`,
});

export const scenarioFields: Record<string, FieldSpec> = {
  title: { label: 'title', kind: 'text', relevant: true },
  kind: { label: 'kind', kind: 'text' },
  impact: { label: 'impact', kind: 'text' },
  trigger: {
    label: 'trigger',
    kind: 'object',
    relevant: true,
    fields: {
      after: {
        label: 'trigger time',
        kind: 'duration',
        relevant: true,
        outage: (name, summary) => `the fallback for “${name}” now starts at a different time (${summary})`,
      },
      description: {
        label: 'trigger',
        kind: 'text',
        relevant: true,
        outage: (name) => `the quick reference now says differently when to start the fallback for “${name}”`,
      },
    },
  },
  mtd: target('MTD'),
  rto: target('RTO'),
  rpo: target('RPO'),
  lead: {
    label: 'lead',
    kind: 'ref',
    refersTo: 'people',
    relevant: true,
    outage: (name) => `someone else now leads the response to “${name}”`,
  },
  systems: { label: 'systems', kind: 'refs', refersTo: 'systems' },
  vendors: { label: 'vendors', kind: 'refs', refersTo: 'vendors', relevant: true },
  premises: { label: 'sites', kind: 'refs', refersTo: 'premises' },
  people: { label: 'people', kind: 'refs', refersTo: 'people' },
  documents: { label: 'documents', kind: 'refs', refersTo: 'documents', relevant: true },
  workaround: stepsOf('workaround', (name) => `people working around “${name}” now follow different steps`),
  recovery: stepsOf('recovery', (name) => `whoever recovers from “${name}” now follows different steps`),
  back_to_normal: stepsOf('back to normal', (name) => `the back-to-normal checklist for “${name}” changed`),
  procedure: {
    label: 'procedure',
    kind: 'markdown',
    relevant: true,
    outage: (name) => `the written procedure for “${name}” changed`,
  },
  communication: {
    label: 'communication',
    kind: 'object',
    relevant: true,
    fields: {
      lead: { label: 'communication lead', kind: 'ref', refersTo: 'people', relevant: true },
      update_every: { label: 'update interval', kind: 'duration', relevant: true },
      templates: { label: 'message templates', kind: 'refs', refersTo: 'communication.templates', relevant: true },
    },
  },
  exercise_types: { label: 'exercise types', kind: 'strings' },
};

export const personFields: Record<string, FieldSpec> = {
  name: { label: 'name', kind: 'text', relevant: true },
  role: { label: 'role', kind: 'text' },
  phone: personPhone('phone number'),
  mobile: personPhone('mobile number'),
  email: { label: 'e-mail', kind: 'email', relevant: true },
  deputy: {
    label: 'deputy',
    kind: 'ref',
    refersTo: 'people',
    relevant: true,
    outage: (name) => `${name}'s work now falls to a different deputy`,
  },
  know_how: { label: 'know-how', kind: 'strings' },
  call_tree: {
    label: 'call tree',
    kind: 'text',
    relevant: true,
    describe: (_, after) => ({ summary: after === true ? 'now on the call tree' : 'no longer on the call tree' }),
    outage: (name) => `the call tree changed around ${name}`,
  },
  calls: {
    label: 'calls next',
    kind: 'refs',
    refersTo: 'people',
    relevant: true,
    outage: (name) => `the call tree changed around ${name}`,
  },
  status: {
    label: 'status',
    kind: 'text',
    relevant: true,
    describe: (_, after) =>
      after === 'left'
        ? { summary: 'has left (status `left`)', risk: 'person-removed' }
        : { summary: 'works with us again (status no longer `left`)' },
    outage: (name) => `${name} is no longer someone to call`,
  },
  left_on: { label: 'left on', kind: 'text' },
};

export const vendorFields: Record<string, FieldSpec> = {
  name: { label: 'name', kind: 'text', relevant: true },
  service: { label: 'service', kind: 'text' },
  account: {
    label: 'account number',
    kind: 'account',
    relevant: true,
    outage: (name) => `callers quoting the account to ${name} now read a different number`,
  },
  contract: { label: 'contract', kind: 'text' },
  support: {
    label: 'support',
    kind: 'object',
    relevant: true,
    fields: {
      phone: {
        label: 'support number',
        kind: 'phone',
        relevant: true,
        risk: 'number-changed',
        outage: (name) => `the quick reference and vendor pages now give a new support number for ${name}`,
      },
      email: { label: 'support e-mail', kind: 'email', relevant: true },
      url: { label: 'support site', kind: 'text', relevant: true },
      status_page: { label: 'status page', kind: 'text', relevant: true },
      hours: { label: 'support hours', kind: 'text', relevant: true },
    },
  },
  contacts: {
    label: 'contacts',
    kind: 'records',
    key: 'name',
    noun: 'contact',
    relevant: true,
    risk: 'number-changed',
    fields: {
      phone: { label: 'phone number', kind: 'phone', relevant: true, risk: 'number-changed' },
      mobile: { label: 'mobile number', kind: 'phone', relevant: true, risk: 'number-changed' },
      email: { label: 'e-mail', kind: 'email', relevant: true },
    },
    outage: (name) => `the vendor pages now list different details for the people to call at ${name}`,
  },
  backup_vendor: {
    label: 'backup vendor',
    kind: 'ref',
    refersTo: 'vendors',
    relevant: true,
    outage: (name) => `when ${name} fails, the plan now turns to a different backup vendor`,
  },
};

export const systemFields: Record<string, FieldSpec> = {
  name: { label: 'name', kind: 'text', relevant: true },
  aliases: { label: 'aliases', kind: 'strings' },
  vendor: { label: 'vendor', kind: 'ref', refersTo: 'vendors', relevant: true },
  owner: { label: 'owner', kind: 'ref', refersTo: 'people' },
  status: {
    label: 'status',
    kind: 'text',
    relevant: true,
    describe: (_, after) => ({ summary: after === 'retired' ? 'retired' : 'in use again (no longer retired)' }),
    outage: (name) => `the binder now shows ${name} with a different status`,
  },
  replaced_by: { label: 'replaced by', kind: 'ref', refersTo: 'systems', relevant: true },
  fallback_system: { label: 'fallback system', kind: 'ref', refersTo: 'systems', relevant: true },
  backups: {
    label: 'backups',
    kind: 'records',
    key: 'id',
    noun: 'backup',
    relevant: true,
    fields: {
      interval: { label: 'interval', kind: 'duration' },
      location: { label: 'location', kind: 'text', relevant: true },
      owner: { label: 'owner', kind: 'ref', refersTo: 'people' },
      verify_every: { label: 'verified every', kind: 'duration' },
      restore_tests: {
        label: 'restore tests',
        kind: 'text',
        describe: (before, after) => {
          const count = (v: unknown): number => (Array.isArray(v) ? v.length : 0);
          const added = count(after) - count(before);
          return { summary: added > 0 ? `${added} restore test${added === 1 ? '' : 's'} recorded` : 'changed' };
        },
      },
    },
    outage: (name) => `restoring ${name}'s data now starts from different backups`,
  },
};

const reroutingSteps = (label: string): FieldSpec => ({
  label,
  kind: 'steps',
  relevant: true,
  risk: 'rerouting-changed',
  outage: (name) => `whoever diverts the phones for ${name} now follows different steps`,
});

export const premisesFields: Record<string, FieldSpec> = {
  name: { label: 'name', kind: 'text', relevant: true },
  address: { label: 'address', kind: 'text', relevant: true },
  phone: {
    label: 'phone number',
    kind: 'phone',
    relevant: true,
    risk: 'number-changed',
    outage: (name) => `the binder now gives a new number for ${name}`,
  },
  alternate: {
    label: 'alternate site',
    kind: 'ref',
    refersTo: 'premises',
    relevant: true,
    outage: (name) => `people now go to a different site when ${name} is lost`,
  },
  access: { label: 'access', kind: 'text', relevant: true },
  call_rerouting: {
    label: 'call rerouting',
    kind: 'object',
    relevant: true,
    fields: {
      provider: { label: 'call rerouting provider', kind: 'ref', refersTo: 'vendors', relevant: true },
      numbers: {
        label: 'numbers to reroute',
        kind: 'phones',
        relevant: true,
        risk: 'rerouting-changed',
        outage: (name) => `different numbers are now diverted for ${name}`,
      },
      divert_to: {
        label: 'divert-to number',
        kind: 'phone',
        relevant: true,
        risk: 'rerouting-changed',
        outage: (name) => `calls for ${name} now go to a different number`,
      },
      steps: reroutingSteps('call rerouting steps'),
      undo: reroutingSteps('steps to undo the rerouting'),
    },
  },
  local_data: { label: 'data on local machines', kind: 'records', key: 'what', noun: 'data', relevant: true },
};

export const communicationFields: Record<string, FieldSpec> = {
  lead: {
    label: 'communication lead',
    kind: 'ref',
    refersTo: 'people',
    relevant: true,
    outage: () => 'someone else now keeps everyone informed',
  },
  deputy: { label: 'communication deputy', kind: 'ref', refersTo: 'people', relevant: true },
  update_every: {
    label: 'update interval',
    kind: 'duration',
    relevant: true,
    outage: () => 'updates now go out at a different interval',
  },
  channels: { label: 'channels', kind: 'records', key: 'name', noun: 'channel', relevant: true },
  templates: {
    label: 'message templates',
    kind: 'records',
    key: 'id',
    noun: 'template',
    relevant: true,
    fields: { text: { label: 'text', kind: 'text', relevant: true } },
    outage: () => 'a ready-written message now reads differently',
  },
};

export const documentFields: Record<string, FieldSpec> = {
  copies: { label: 'copies', kind: 'records', key: 'location', noun: 'copy', relevant: true },
  file: { label: 'file', kind: 'markdown', relevant: true },
};

export const planFields: Record<string, FieldSpec> = {
  version: { label: 'version', kind: 'text' },
  owner: { label: 'plan owner', kind: 'ref', refersTo: 'people', relevant: true },
  reviewed: { label: 'last review', kind: 'text' },
  review_interval: { label: 'review interval', kind: 'duration' },
  copies: { label: 'copies', kind: 'records', key: 'location', noun: 'copy' },
  tech_paths: { label: 'tech paths', kind: 'strings' },
};

export const contactsFields: Record<string, FieldSpec> = {
  entries: {
    label: 'critical contacts',
    kind: 'records',
    key: 'name',
    noun: 'contact',
    relevant: true,
    fields: { phone: { label: 'phone number', kind: 'phone', relevant: true, risk: 'number-changed' } },
    outage: () => 'the critical contacts list now reads differently',
  },
};
