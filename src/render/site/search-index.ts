import type { SiteData } from './site-view.js';
import { plainText } from './plain-text.js';

/** One thing the search page can find; `url` is relative to the site root. */
export interface SearchDocument {
  id: string;
  kind: string;
  title: string;
  aliases: string;
  text: string;
  url: string;
}

const join = (...parts: (string | null | undefined)[]): string => parts.filter(Boolean).join(' ');

/** Everything worth finding in an outage, in page order so that the index is the same for the same plan. */
export function searchDocuments(data: SiteData): SearchDocument[] {
  const documents: SearchDocument[] = [];
  const add = (kind: string, key: string, doc: Omit<SearchDocument, 'id' | 'kind'>): void => {
    documents.push({ id: `${kind}:${key}`, kind, ...doc });
  };
  for (const s of data.scenarios) {
    add('Scenario', s.id, {
      title: s.title,
      aliases: s.kind.replace(/-/g, ' '),
      text: join(s.description, s.impact, s.trigger.description, `Lead: ${s.lead?.name ?? s.leadUnknown ?? ''}`),
      url: s.file,
    });
    const lists = [
      ['Workaround', 'workaround', s.workaround],
      ['Recovery', 'recovery', s.recovery],
      ['Back to normal', 'back-to-normal', s.backToNormal],
    ] as const;
    for (const [label, anchor, steps] of lists) {
      for (const step of steps) {
        add('Step', `${s.id}:${anchor}-${step.number}`, {
          title: `${label} step ${step.number}: ${s.title}`,
          aliases: '',
          text: join(step.text, step.note, step.owner?.name),
          url: `${s.file}#${anchor}-${step.number}`,
        });
      }
    }
    if (s.procedureHtml) {
      add('Procedure', s.id, {
        title: `Procedure: ${s.title}`,
        aliases: '',
        text: plainText(s.procedureHtml.toString()),
        url: `${s.file}#procedure`,
      });
    }
  }
  for (const p of data.people) {
    add('Person', p.id, {
      title: p.name,
      aliases: p.role,
      text: join(
        p.phone,
        p.mobile,
        p.email,
        p.knowHow.join(' '),
        p.deputy ? `Deputy: ${p.deputy.name}` : null,
        p.notes,
      ),
      url: `contacts.html#person-${p.id}`,
    });
  }
  for (const [index, entry] of (data.contacts?.entries ?? []).entries()) {
    add('Contact', String(index + 1), {
      title: entry.organization ? `${entry.name}, ${entry.organization}` : entry.name,
      aliases: entry.kind,
      text: join(entry.phone, entry.email, entry.notes),
      url: `contacts.html#contact-${index + 1}`,
    });
  }
  for (const v of data.vendors) {
    add('Vendor', v.id, {
      title: v.name,
      aliases: join(v.kind, v.contacts.map((c) => c.name).join(' ')),
      text: join(v.service, v.account, v.contract, v.support?.phone, v.support?.email, v.notes),
      url: `vendors.html#vendor-${v.id}`,
    });
  }
  for (const s of data.systems) {
    add('System', s.id, {
      title: s.name,
      aliases: s.aliases.join(' '),
      text: join(s.category, s.vendor?.name, s.holds.join(' '), s.backups.map((b) => b.what).join(' '), s.notes),
      url: `systems.html#system-${s.id}`,
    });
  }
  for (const p of data.premises) {
    add('Premises', p.id, {
      title: p.name,
      aliases: '',
      text: join(p.address, p.phone, p.access, p.callRerouting?.steps.map((step) => step.text).join(' '), p.notes),
      url: `premises.html#premises-${p.id}`,
    });
  }
  for (const d of data.documents) {
    add('Document', d.id, {
      title: d.title,
      aliases: d.kind.replace(/-/g, ' '),
      text: join(
        d.description,
        d.copies.map((c) => c.location).join(' '),
        d.html ? plainText(d.html.toString()) : null,
      ),
      url: `documents.html#document-${d.id}`,
    });
  }
  for (const t of data.communication.templates) {
    add('Message', t.id, {
      title: t.title,
      aliases: join(t.audience, t.channel),
      text: plainText(t.html.toString()),
      url: `communication.html#template-${t.id}`,
    });
  }
  for (const e of data.exercises) {
    add('Exercise', e.id, {
      title: e.title,
      aliases: e.type,
      text: join(e.date, e.summary, ...e.worked, ...e.failed, ...e.updates, ...e.actions.map((a) => a.action)),
      url: `exercises.html#exercise-${e.id}`,
    });
  }
  return documents;
}

/**
 * The documents as a script that sets a global: pages opened from file:// cannot fetch a JSON file. `<` is
 * escaped so that no text in the plan can close the script element.
 */
export function searchIndexScript(documents: SearchDocument[]): string {
  const json = JSON.stringify(documents)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
  return `window.bcpSearchDocuments = ${json};\n`;
}
