import { procedureMarkdown } from './markdown.mjs';
import { idOf, instruction, pad, prose } from './words.mjs';

/** The eight common disruptions the scenario-coverage rule looks for come first, so every size covers them. */
const FIRST_KINDS = [
  ['system-outage', 'crm'],
  ['system-outage', 'accounting'],
  ['system-outage', 'email'],
  ['internet-outage', 'internet'],
  ['key-person'],
  ['premises-loss'],
  ['cyber-incident'],
  ['vendor-failure'],
];

/** After those, the mix of a real plan: mostly system outages. */
function laterKind(random) {
  const roll = random.int(1, 100);
  if (roll <= 60) return ['system-outage'];
  if (roll <= 75) return ['vendor-failure'];
  if (roll <= 85) return ['key-person'];
  if (roll <= 90) return ['premises-loss'];
  if (roll <= 95) return ['internet-outage', 'internet'];
  return ['cyber-incident'];
}

/**
 * RTO never beyond the MTD (a validation error), RPO never under a day: every backup runs at least daily, so
 * backup-cannot-meet-rpo checks each scenario's systems and finds nothing.
 */
const TIMES = [
  { mtd: '1d', rto: ['4h', '8h', '1d'] },
  { mtd: '2d', rto: ['8h', '1d', '2d'] },
  { mtd: '1w', rto: ['1d', '2d', '3d'] },
];

/**
 * The scenarios, and the Markdown files their procedures live in. `ctx` holds what they point to: active
 * people, active systems, vendors, premises, documents and message templates.
 */
export function makeScenarios(random, count, ctx, procedures) {
  const files = new Map();
  const scenarios = Array.from({ length: count }, (_, index) => {
    const [kind, category] = FIRST_KINDS[index] ?? laterKind(random);
    const subject = subjectOf(random, kind, category, ctx);
    const scenario = scenarioBody(random, index, kind, subject, ctx);
    if (index % procedures.every === 0) {
      const file = `procedures/${scenario.id}.md`;
      const lines = random.int(...procedures.lines);
      files.set(file, procedureMarkdown(random, procedureFacts(scenario, ctx), lines));
      scenario.procedure = file;
    }
    return scenario;
  });
  return { scenarios, files };
}

/** What the scenario is about: the system, vendor, person or site its title names, and the systems involved. */
function subjectOf(random, kind, category, ctx) {
  const system = category ? random.pick(ctx.systemsByCategory.get(category)) : random.pick(ctx.systems);
  if (kind === 'system-outage') return { title: `${system.name} is down`, systems: [system] };
  if (kind === 'internet-outage') {
    const site = random.pick(ctx.premises);
    return { title: `The internet is down at ${site.name}`, systems: [system], premises: [site] };
  }
  if (kind === 'key-person') {
    const person = random.pick(ctx.active);
    return { title: `${person.name} is unavailable`, systems: [system], people: [person] };
  }
  if (kind === 'premises-loss') {
    const site = random.pick(ctx.premises);
    return { title: `${site.name} cannot be used`, systems: [system], premises: [site] };
  }
  if (kind === 'vendor-failure') {
    const vendor = random.pick(ctx.vendors);
    return { title: `${vendor.name} cannot deliver`, systems: [system], vendors: [vendor] };
  }
  return { title: `Ransomware on ${system.name}`, systems: [system] };
}

function scenarioBody(random, index, kind, subject, ctx) {
  const systems = unique([...subject.systems, ...random.sample(ctx.systems, random.int(0, 3))]);
  const vendors = unique([...(subject.vendors ?? []), ...systems.map((system) => ctx.vendorOf(system))]);
  const people = unique([...(subject.people ?? []), ...random.sample(ctx.active, random.int(2, 4))]);
  const main = systems[0].name;
  const times = random.pick(TIMES);
  return {
    id: `${idOf(subject.title).slice(0, 48).replace(/-+$/, '')}-${pad(index + 1)}`,
    title: subject.title,
    kind,
    description: prose(random, 3, main),
    impact: `Work that depends on ${main} stops. ${prose(random, 1)}`,
    financial_impact: `About $${random.int(2, 40)},000 of orders a day are at risk.`,
    trigger: {
      after: random.pick(['30m', '1h', '2h']),
      description: `Unavailable for the trigger time, or confirmed down`,
    },
    mtd: times.mtd,
    rto: random.pick(times.rto),
    rpo: random.pick(['1d', '2d', '1w']),
    lead: random.pick(ctx.active).id,
    systems: systems.map((system) => system.id),
    vendors: vendors.map((vendor) => vendor.id),
    ...(subject.premises ? { premises: subject.premises.map((site) => site.id) } : {}),
    people: people.map((person) => person.id),
    documents: random.sample(ctx.documents, random.int(2, 5)).map((document) => document.id),
    workaround: steps(random, random.int(5, 10), main, ctx),
    recovery: steps(random, random.int(3, 6), main, ctx),
    back_to_normal: steps(random, random.int(3, 6), main, ctx),
    communication: {
      lead: random.pick(ctx.active).id,
      update_every: random.pick(['1h', '2h', '4h']),
      templates: [random.pick(ctx.templates.customers).id, random.pick(ctx.templates.staff).id],
    },
    ...exerciseTypes(random),
  };
}

/** Most steps name who does them and the documents they need, as the example plan's do. */
function steps(random, count, system, ctx) {
  return Array.from({ length: count }, () => {
    const action = instruction(random, random.chance(0.5) ? system : undefined);
    if (random.chance(0.4)) return action;
    const documents = random.sample(ctx.documents, random.int(0, 2)).map((document) => document.id);
    return {
      action,
      owner: random.pick(ctx.active).id,
      ...(documents.length > 0 ? { documents } : {}),
      ...(random.chance(0.2) ? { note: prose(random, 1) } : {}),
    };
  });
}

/** Half keep the default (tabletop only); a third need a functional test too; a few a full-scale one. */
function exerciseTypes(random) {
  const roll = random.int(1, 100);
  if (roll <= 50) return {};
  if (roll <= 62) return { exercise_types: ['tabletop'] };
  if (roll <= 95) return { exercise_types: ['tabletop', 'functional'] };
  return { exercise_types: ['tabletop', 'functional', 'full-scale'] };
}

function procedureFacts(scenario, ctx) {
  return {
    title: scenario.title,
    systems: scenario.systems.map((id) => ctx.systemById.get(id).name),
    people: scenario.people.map((id) => ctx.personById.get(id)),
    rto: scenario.rto,
  };
}

function unique(items) {
  return [...new Set(items)];
}
