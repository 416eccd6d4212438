/**
 * The benchmark's one table, as Markdown so that it can be pasted into bench/RESULTS.md as printed: one row per
 * measurement, one column per plan size (median time and peak memory), the ratio to the reference, and how the
 * time grows with the plan.
 */

/** Time per scenario may grow this much from medium to large before the row is flagged. */
const WORSE_THAN_LINEAR = 1.5;

export function formatTime(ms) {
  if (ms === undefined) return '–';
  return ms < 1000 ? `${Math.round(ms)} ms` : `${(ms / 1000).toFixed(ms < 10_000 ? 2 : 1)} s`;
}

export function formatBytes(bytes) {
  if (!bytes) return '–';
  const mb = bytes / 1024 / 1024;
  return mb < 1024 ? `${Math.round(mb)} MB` : `${(mb / 1024).toFixed(1)} GB`;
}

function cell(result) {
  if (!result) return '–';
  if (result.error) return 'n/m¹';
  return `${formatTime(result.ms)} · ${formatBytes(result.peak)}`;
}

/** `bcp ÷ reference` at each size, for the rows that have a reference. */
function ratios(row, results, sizes) {
  if (!row.reference) return '';
  const values = sizes.map((size) => {
    const ours = results[row.key]?.[size];
    const theirs = results[row.reference]?.[size];
    return ours?.ms && theirs?.ms ? `${(ours.ms / theirs.ms).toFixed(1)}×` : '–';
  });
  return `${values.join(' / ')} ${row.referenceLabel}`;
}

/**
 * Small → large as a factor, and the factor by which the time per scenario grew from medium to large: 1.0 is
 * linear; above 1.5 the row is flagged, because a plan ten times larger then costs more than fifteen times more.
 */
function growth(row, results, counts) {
  if (row.sizeIndependent) return 'size-independent';
  const time = (size) => results[row.key]?.[size]?.ms;
  const factor = (from, to) => `×${(time(to) / time(from)).toFixed(1)}`;
  const parts = [];
  if (time('small') && time('medium')) parts.push(`S→M ${factor('small', 'medium')}`);
  if (time('small') && time('large')) parts.push(`S→L ${factor('small', 'large')}`);
  if (time('medium') && time('large') && counts.medium && counts.large) {
    const perScenario = time('large') / time('medium') / (counts.large / counts.medium);
    const flag = perScenario > WORSE_THAN_LINEAR ? ' **worse than linear**' : '';
    parts.push(`per scenario M→L ×${perScenario.toFixed(1)}${flag}`);
  }
  return parts.join(', ') || '–';
}

export function resultsTable(rows, results, sizes, counts) {
  const header = [
    'measurement',
    ...sizes.map((size) => `${size} (${counts[size] ?? '?'} sc.)`),
    'vs reference',
    'growth',
  ];
  const lines = [header, header.map(() => '---')];
  for (const row of rows) {
    const cells = sizes.map((size) => (row.sizeIndependent && size !== sizes[0] ? '' : cell(results[row.key]?.[size])));
    lines.push([row.label, ...cells, ratios(row, results, sizes), growth(row, results, counts)]);
  }
  return lines.map((line) => `| ${line.join(' | ')} |`).join('\n');
}

/** ¹ The rows that could not be measured, and why. */
export function notMeasured(rows, results, sizes) {
  const notes = [];
  for (const row of rows) {
    for (const size of sizes) {
      const error = results[row.key]?.[size]?.error;
      if (error) notes.push(`- ${row.label}, ${size}: ${error}`);
    }
  }
  return notes.length > 0 ? `¹ not measured:\n${[...new Set(notes)].join('\n')}` : '';
}

/** Each target of the issue, met or missed, from the measured numbers. */
export function targets(results, sizes) {
  const ms = (key, size) => results[key]?.[size]?.ms;
  const lines = [];
  const check = (name, value, limit, shown) => {
    if (value === undefined) lines.push(`- [ ] ${name}: not measured`);
    else lines.push(`- [${value <= limit ? 'x' : ' '}] ${name}: ${shown} (${value <= limit ? 'met' : 'MISSED'})`);
  };
  const checkLarge = ms('validate', 'large') !== undefined && ms('lint', 'large') !== undefined;
  const both = checkLarge ? ms('validate', 'large') + ms('lint', 'large') : undefined;
  check('validate + lint of the large plan under 1 s', both, 1000, formatTime(both));
  for (const size of sizes) {
    const site = ms('site', size) / ms('hugo', size);
    check(`site build ≤ 2× Hugo (${size})`, ratioOrUndefined(site), 2, `${site.toFixed(2)}×`);
  }
  for (const size of sizes) {
    const pdf = ms('pdf', size) / ms('chromium', size);
    check(`PDF ≤ 1.3× bare Chromium print (${size})`, ratioOrUndefined(pdf), 1.3, `${pdf.toFixed(2)}×`);
  }
  check(
    'watch rebuild of the site under 300 ms (medium)',
    ms('watch', 'medium'),
    300,
    formatTime(ms('watch', 'medium')),
  );
  check('bcp --help under 300 ms', ms('help', sizes[0]), 300, formatTime(ms('help', sizes[0])));
  return lines.join('\n');
}

function ratioOrUndefined(value) {
  return Number.isFinite(value) ? value : undefined;
}
