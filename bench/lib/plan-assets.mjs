import {
  BRANDS,
  DOCUMENT_KINDS,
  DOCUMENT_TITLES,
  HOLDS,
  SUBURBS,
  SYSTEM_CATEGORIES,
  SYSTEM_WORDS,
  VENDOR_KINDS,
  VENDOR_WORDS,
  daysBefore,
  idOf,
  phone,
  prose,
} from './words.mjs';

/** How critical things are, in roughly the proportions of a real inventory. */
function criticality(random) {
  const roll = random.int(1, 100);
  return roll <= 10 ? 'critical' : roll <= 35 ? 'high' : roll <= 75 ? 'medium' : 'low';
}

/** Vendors cycle through the kinds, so that every kind (telecom for call rerouting, ...) exists at every size. */
export function makeVendors(random, count) {
  const names = Array.from(
    { length: count },
    (_, index) => `${BRANDS[index % BRANDS.length]} ${VENDOR_WORDS[index % VENDOR_WORDS.length]} ${index + 1}`,
  );
  return names.map((name, index) => {
    const id = idOf(name);
    const level = criticality(random);
    // A vendor of the same kind a whole cycle away: "a backup for the backup" for every critical vendor.
    const backup = (index + VENDOR_KINDS.length) % count;
    const hasBackup = (level === 'critical' || random.chance(0.3)) && backup !== index;
    return {
      id,
      name,
      kind: VENDOR_KINDS[index % VENDOR_KINDS.length],
      service: prose(random, 1),
      criticality: level,
      account: `ACC-${10000 + index}`,
      contract: `Annual agreement, renews ${daysBefore('2027-12-31', random.int(0, 300))}`,
      support: {
        phone: phone(index, '+61 2 56'),
        email: `support@${id}.example.com`,
        url: `https://help.${id}.example.com`,
        status_page: `https://status.${id}.example.com`,
        hours: random.pick(['24/7', 'Mon-Fri 08:00-18:00', 'Business hours, urgent cases by phone']),
      },
      contacts: [{ name: `Account manager ${index + 1}`, role: 'Account manager', phone: phone(index, '+61 2 57') }],
      ...(hasBackup ? { backup_vendor: idOf(names[backup]) } : {}),
    };
  });
}

/** One system in twenty is retired and replaced by the next one: old names the stale-tool rule must recognise. */
const isRetired = (index) => index % 20 === 19;

/**
 * The tech-stack inventory. Critical and high systems have backups restored within the last 90 days, so that
 * restore-untested and backup-cannot-meet-rpo check every one; a few are late or partial, as in real plans.
 */
export function makeSystems(random, count, { vendors, active, today, reviewed }) {
  const names = Array.from({ length: count }, (_, index) => systemName(index));
  return names.map((name, index) => {
    const category = SYSTEM_CATEGORIES[index % SYSTEM_CATEGORIES.length];
    const id = idOf(name);
    const retired = isRetired(index);
    const level = retired ? 'low' : criticality(random);
    return {
      id,
      name,
      ...(random.chance(0.3) ? { aliases: [`the ${SYSTEM_WORDS[category].toLowerCase()} system ${index + 1}`] } : {}),
      category,
      vendor: vendors[index % vendors.length].id,
      owner: random.pick(active).id,
      criticality: level,
      status: retired ? 'retired' : 'active',
      ...(retired ? { replaced_by: idOf(names[(index + 1) % count]) } : {}),
      // Changed before the plan's last review: a later change is a lint error (tech-change-not-reflected).
      last_changed: daysBefore(reviewed, random.int(1, 400)),
      hosting: random.pick(['cloud', 'cloud', 'on-premises', 'hybrid']),
      url: `https://app.${id}.example.com`,
      holds: random.sample(HOLDS, random.int(1, 4)),
      ...fallbackOf(index, count, level),
      ...backupsOf(random, id, level, active, today),
    };
  });
}

function systemName(index) {
  const category = SYSTEM_CATEGORIES[index % SYSTEM_CATEGORIES.length];
  return `${BRANDS[Math.floor(index / SYSTEM_CATEGORIES.length) % BRANDS.length]} ${SYSTEM_WORDS[category]} ${index + 1}`;
}

/** A critical system falls back to the next active system of the same category. */
function fallbackOf(index, count, level) {
  if (level !== 'critical') return {};
  let other = (index + SYSTEM_CATEGORIES.length) % count;
  if (isRetired(other)) other = (other + SYSTEM_CATEGORIES.length) % count;
  return other === index || isRetired(other) ? {} : { fallback_system: idOf(systemName(other)) };
}

function backupsOf(random, systemId, level, active, today) {
  const count = level === 'critical' ? 2 : level === 'high' ? 1 : level === 'medium' && random.chance(0.5) ? 1 : 0;
  if (count === 0) return {};
  const backups = Array.from({ length: count }, (_, index) => ({
    id: `${systemId}-${index === 0 ? 'nightly' : 'hourly'}`,
    what: `Full export of ${random.sample(HOLDS, 2).join(' and ').toLowerCase()}`,
    // Never longer than a day: every scenario's RPO is a day or more (see plan-scenarios.mjs).
    interval: index === 0 ? '1d' : '4h',
    location: 'Shared drive, folder Backups, 13 copies kept',
    method: random.pick(['Scheduled export', 'Snapshot by the backup service', 'Export script through the API']),
    owner: random.pick(active).id,
    verify_every: '30d',
    restore_tests: restoreTests(random, active, today),
  }));
  return { backups };
}

/** Quarterly restore tests, newest within the 90 days restore-untested allows; one in twenty late or partial. */
function restoreTests(random, active, today) {
  const late = random.chance(0.05) ? 60 : 0;
  return Array.from({ length: random.int(1, 4) }, (_, index) => {
    const records = 10000 + random.int(0, 9000);
    const partial = index === 0 && random.chance(0.05);
    return {
      date: daysBefore(today, 10 + late + index * 91 + random.int(0, 60)),
      by: random.pick(active).id,
      result: partial ? 'partial' : 'passed',
      records_expected: records,
      records_restored: records,
      notes: prose(random, 1),
    };
  }).reverse();
}

/** Sites, each falling back to the next; call rerouting through a telecom vendor. */
export function makePremises(random, count, { vendors, active }) {
  const telecoms = vendors.filter((vendor) => vendor.kind === 'telecom');
  const ids = Array.from({ length: count }, (_, index) => `site-${index + 1}`);
  return ids.map((id, index) => {
    const suburb = SUBURBS[index % SUBURBS.length];
    const steps = (n) => Array.from({ length: n }, () => ({ action: prose(random, 1), owner: random.pick(active).id }));
    return {
      id,
      name: `${suburb} site ${index + 1}`,
      address: `Unit ${index + 1}, ${10 + index} Harbour Road, ${suburb} NSW 2019`,
      phone: phone(index, '+61 2 58'),
      ...(count > 1 ? { alternate: ids[(index + 1) % count] } : {}),
      access: prose(random, 2),
      call_rerouting: {
        provider: random.pick(telecoms).id,
        numbers: [phone(index, '+61 2 58'), phone(index + 500, '+61 2 58')],
        divert_to: phone(index, '+61 2 59'),
        steps: steps(random.int(3, 5)),
        undo: steps(2),
      },
      local_data: [{ what: 'Scanned dockets and label templates', where: 'Site NAS', access: prose(random, 1) }],
    };
  });
}

/** Fallback documents; one in five has its text in a Markdown file, printed in the binder. */
export function makeDocuments(random, count, { active, today }) {
  return Array.from({ length: count }, (_, index) => {
    const title = `${DOCUMENT_TITLES[index % DOCUMENT_TITLES.length]} ${index + 1}`;
    const id = idOf(title);
    const interval = random.pick([30, 91, 182]);
    // One in twenty is a little overdue: the overdue-review rule has something to say, as in real plans.
    const age = random.chance(0.05) ? interval + random.int(1, 20) : random.int(0, interval - 1);
    return {
      id,
      title,
      kind: DOCUMENT_KINDS[index % DOCUMENT_KINDS.length],
      description: prose(random, 2),
      owner: random.pick(active).id,
      copies: [
        { location: 'Office binder', format: 'paper' },
        { location: 'Shared drive, Continuity/Fallback', format: 'cloud' },
      ],
      refresh: random.pick(['Monthly, on the first Monday', 'At every price change', 'Every quarter']),
      review_interval: `${interval}d`,
      reviewed: daysBefore(today, age),
      ...(index % 5 === 0 ? { file: `documents/${id}.md` } : {}),
    };
  });
}
