import { instruction, prose } from './words.mjs';

/**
 * A written procedure of about `lines` lines, with what real ones hold: headings, numbered steps with sub-steps,
 * a contacts table, links, emphasis and inline code. The text names the scenario's systems, so that the
 * stale-tool-reference rule reads the whole file.
 */
export function procedureMarkdown(random, { title, systems, people, rto }, lines) {
  const out = [`# ${title}`, '', prose(random, 3, systems[0]), ''];
  out.push('## Before you start', '');
  for (const system of systems) out.push(`- Check the status page of **${system}** and note the time.`);
  out.push('- Open the work log (`work-log.xlsx` on the shared drive, or the paper pad).', '');
  let section = 1;
  while (out.length < lines) {
    out.push(...stepsSection(random, section, systems), ...contactsTable(people));
    section += 1;
  }
  out.push(`## If it takes longer than ${rto}`, '', prose(random, 2), '');
  out.push('See the [status page](https://status.example.com) and [the help centre](https://help.example.com).', '');
  return out.join('\n');
}

function stepsSection(random, section, systems) {
  const out = [`## Part ${section}: ${random.pick(['Keep trading', 'Take orders by hand', 'Catch up'])}`, ''];
  const steps = random.int(4, 8);
  for (let step = 1; step <= steps; step++) {
    out.push(`${step}. ${instruction(random, random.pick(systems))}`);
    if (random.chance(0.4)) out.push(`   - ${instruction(random)}`, `   - _${instruction(random)}_`);
  }
  out.push('', `> ${prose(random, 1)}`, '');
  return out;
}

function contactsTable(people) {
  return [
    '| Who | Role | Phone |',
    '| --- | --- | --- |',
    ...people.map((person) => `| ${person.name} | ${person.role} | ${person.phone} |`),
    '',
  ];
}

/** The text of a fallback document printed in the binder: a form layout with blanks to fill in. */
export function documentMarkdown(random, title) {
  const rows = Array.from({ length: 12 }, (_, index) => `| ${index + 1} | | | |`);
  return [
    `# ${title}`,
    '',
    prose(random, 2),
    '',
    '| Line | Item | Quantity | Price |',
    '| --- | --- | --- | --- |',
    ...rows,
    '',
    `**Checked by:** ______________ **Date:** ______________`,
    '',
  ].join('\n');
}
