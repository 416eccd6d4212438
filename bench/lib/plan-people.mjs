import { FIRST_NAMES, KNOW_HOW, LAST_NAMES, ROLES, daysBefore, idOf, pad, phone, prose } from './words.mjs';

/** One person in fifty has left: kept in the plan (as real plans do) but named nowhere, so no lint error. */
const isLeaver = (index) => index % 50 === 49;

/** The first people form the call tree; in a plan of thousands most staff are called by their manager. */
const CALL_TREE_SIZE = 150;

/**
 * The team. Every active person has a deputy (the next active person), so that the single-point-of-failure rule
 * checks every one of them and finds nothing; the first ones form a call tree three wide.
 */
export function makePeople(random, count, today) {
  const ids = Array.from({ length: count }, (_, index) => idOf(...nameOf(index), index + 1));
  return ids.map((id, index) => {
    const name = nameOf(index).join(' ');
    if (isLeaver(index)) return leaver(random, id, name, today);
    return {
      id,
      name,
      role: random.pick(ROLES),
      phone: phone(index, '+61 491 '),
      mobile: phone(index, '+61 2 55'),
      email: `${id}@example.com`,
      deputy: ids[nextActive(index, count)],
      ...(random.chance(0.6) ? { know_how: random.sample(KNOW_HOW, random.int(1, 3)) } : {}),
      call_tree: index < CALL_TREE_SIZE,
      ...callsOf(index, ids),
    };
  });
}

function nameOf(index) {
  const first = FIRST_NAMES[index % FIRST_NAMES.length];
  const last = LAST_NAMES[Math.floor(index / FIRST_NAMES.length) % LAST_NAMES.length];
  return [first, last];
}

function leaver(random, id, name, today) {
  return {
    id,
    name,
    role: random.pick(ROLES),
    status: 'left',
    left_on: daysBefore(today, random.int(30, 400)),
    notes: 'Left the business; kept so that old exercise records still name someone.',
  };
}

function nextActive(index, count) {
  let next = (index + 1) % count;
  while (isLeaver(next)) next = (next + 1) % count;
  return next;
}

function callsOf(index, ids) {
  const calls = [1, 2, 3]
    .map((offset) => 3 * index + offset)
    .filter((child) => child < Math.min(CALL_TREE_SIZE, ids.length) && !isLeaver(child))
    .map((child) => ids[child]);
  return calls.length > 0 ? { calls } : {};
}

/** The people who can be named as a lead, owner or participant: everyone who has not left. */
export const activePeople = (people) => people.filter((person) => person.status !== 'left');

const AUDIENCES = ['customers', 'staff', 'suppliers', 'public'];

/** The communication section: a lead, channels and one message template per ten scenarios. */
export function makeCommunication(random, active, templateCount) {
  return {
    lead: active[0].id,
    deputy: active[1].id,
    update_every: '2h',
    channels: [
      { name: 'Phone call tree', use: 'Starting the response: each person calls the people under `calls`.' },
      { name: 'SMS group', use: 'The first alert and every 2-hourly update to all staff.' },
      { name: 'Customer phone calls', use: 'Customers with urgent open orders are phoned with the script.' },
      { name: 'Backup mailbox', use: 'E-mail to customers and suppliers when the main e-mail system is down.' },
    ],
    templates: Array.from({ length: templateCount }, (_, index) => template(random, index)),
  };
}

function template(random, index) {
  const audience = AUDIENCES[index % AUDIENCES.length];
  return {
    id: `${audience}-message-${pad(index + 1, 3)}`,
    title: `Message to ${audience} ${index + 1}`,
    audience,
    channel: random.pick(['Phone script', 'E-mail', 'SMS', 'Website banner']),
    text: [
      `Hello [name],`,
      '',
      `Our systems are unavailable at the moment. ${prose(random, 2)}`,
      '',
      '- We are still trading and taking orders by phone.',
      '- Your reference number is [work log number].',
      '- We expect to be back to normal [expected time].',
      '',
      'Thank you for your patience.',
      '',
    ].join('\n'),
  };
}

const CONTACT_KINDS = ['customer', 'buyer', 'seller', 'supplier', 'partner', 'authority', 'other'];

/** The critical contacts list kept outside the CRM: thousands of entries in a large plan. */
export function makeContacts(random, count, active, today) {
  return {
    owner: active[2].id,
    reviewed: daysBefore(today, 3),
    review_interval: '1w',
    copies: [
      { location: 'Shared drive, Continuity/Critical contacts', format: 'cloud', holder: active[2].id },
      { location: 'Office binder (printed every Friday)', format: 'paper' },
    ],
    entries: Array.from({ length: count }, (_, index) => {
      const [first, last] = nameOf(index + 7);
      return {
        name: `${first} ${last}`,
        organization: `${last} Hospitality Group ${index + 1}`,
        kind: CONTACT_KINDS[index % CONTACT_KINDS.length],
        phone: phone(index, '+61 3 55'),
        email: `${idOf(first, last, index + 1)}@customer.example.com`,
        ...(random.chance(0.4) ? { notes: prose(random, 1) } : {}),
      };
    }),
  };
}
