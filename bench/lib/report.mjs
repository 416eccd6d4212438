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

/** `bcp ÷ peer` at each size, round by round (see roundRatio), for the rows that have peers. */
function ratioCell(row, ratios, sizes) {
  if (!row.references) return '';
  return row.references
    .map(({ key, label }) => {
      const values = sizes.map((size) => formatRatio(ratios[row.key]?.[key]?.[size]));
      return `${values.join(' / ')} ${label}`;
    })
    .join('; ');
}

export function formatRatio(value) {
  if (value === undefined) return '–';
  return `${value.toFixed(value < 10 ? 2 : 0)}×`;
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

export function resultsTable(rows, results, ratios, sizes, counts) {
  const header = ['measurement', ...sizes.map((size) => `${size} (${counts[size] ?? '?'} sc.)`), 'vs peer', 'growth'];
  const lines = [header, header.map(() => '---')];
  for (const row of rows) {
    const cells = sizes.map((size) => (row.sizeIndependent && size !== sizes[0] ? '' : cell(results[row.key]?.[size])));
    lines.push([row.label, ...cells, ratioCell(row, ratios, sizes), growth(row, results, counts)]);
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

/** The rows whose growth from medium to large the last target bounds: bcp's own stages and commands. */
const STAGES = ['validate', 'lint', 'check', 'site', 'pdf', 'build', 'watch'];

/**
 * Each target of issue 15, one line each, met or missed with the figures; "not measured" when the run did not
 * measure it (the large plan's targets need `--sizes large` or a full run).
 */
export function targets(results, ratios, sizes, counts) {
  const ms = (key, size) => results[key]?.[size]?.ms;
  const lines = [];
  const line = (name, verdict, shown) => {
    const mark = verdict.startsWith('met') ? 'x' : ' ';
    lines.push(`- [${mark}] ${name}: ${verdict === 'not measured' ? 'not measured' : `${shown} (${verdict})`}`);
  };
  /** A target over several sizes: met when every measured size is within `limit`; missing sizes are named. */
  const ratioTarget = (name, values, limit) => {
    const measured = values.filter(([, value]) => value !== undefined);
    if (measured.length === 0) return line(name, 'not measured');
    const shown = values.map(([size, value]) => `${size} ${formatRatio(value)}`).join(', ');
    const missing = values.length > measured.length ? ', not all sizes measured' : '';
    line(name, measured.every(([, value]) => value <= limit) ? `met${missing}` : 'missed', shown);
  };
  const ratioAt = (key, peer, wanted) =>
    wanted.filter((size) => sizes.includes(size)).map((size) => [size, ratios[key]?.[peer]?.[size]]);
  const smallMedium = ['small', 'medium'];
  ratioTarget('site build ≤ 1.0× Eleventy (small, medium)', ratioAt('site', 'eleventy', smallMedium), 1.0);
  ratioTarget('long-run aim: site build ≤ 2× Hugo', ratioAt('site', 'hugo', sizes), 2);
  ratioTarget('`bcp validate` ≤ 1.1× the bare parse-and-validate script', ratioAt('validate', 'bare', sizes), 1.1);
  const watch = ms('watch', 'medium');
  if (watch === undefined) line('watch rebuild of the site < 300 ms (medium)', 'not measured');
  else line('watch rebuild of the site < 300 ms (medium)', watch < 300 ? 'met' : 'missed', formatTime(watch));
  ratioTarget(
    'PDF ≤ 1.3× bare Chromium (all three sizes)',
    ratioAt('pdf', 'chromium', ['small', 'medium', 'large']),
    1.3,
  );
  const check = ms('check', 'large');
  if (check === undefined) line('`bcp check` of the large plan < 2 s', 'not measured');
  else line('`bcp check` of the large plan < 2 s', check < 2000 ? 'met' : 'missed', formatTime(check));
  line('large build peak memory < 8 GB', ...peakTarget(results.build?.large));
  growthTarget(line, results, counts);
  return lines.join('\n');
}

/**
 * The verdict on the large build's peak memory. A build that failed or was stopped still says how much it had
 * taken by then: past the limit, that is enough to call the target missed ("at least").
 */
function peakTarget(build) {
  if (build?.peak) return [build.peak < 8 * 1024 ** 3 ? 'met' : 'missed', formatBytes(build.peak)];
  const before = build?.peakBeforeError;
  if (before && before >= 8 * 1024 ** 3) return ['missed', `at least ${formatBytes(before)}, then ${build.error}`];
  return ['not measured'];
}

/** Every stage's time per scenario from medium to large at most 1.5× (1.0 is linear). */
function growthTarget(line, results, counts) {
  const name = 'every stage grows ≤ 1.5× linear from medium to large';
  if (!counts.medium || !counts.large) return line(name, 'not measured');
  const growths = STAGES.map((key) => {
    const medium = results[key]?.medium?.ms;
    const large = results[key]?.large?.ms;
    return [key, medium && large ? large / medium / (counts.large / counts.medium) : undefined];
  }).filter(([, value]) => value !== undefined);
  if (growths.length === 0) return line(name, 'not measured');
  const worst = growths.filter(([, value]) => value > WORSE_THAN_LINEAR);
  const shown = growths.map(([key, value]) => `${key} ×${value.toFixed(1)}`).join(', ');
  line(name, worst.length === 0 ? 'met' : 'missed', shown);
}
