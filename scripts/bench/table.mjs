// The benchmark's pure parts: medians, the judgement against a target, and the one table printed
// and written as Markdown. Unit-tested in test/unit/benchTable.test.ts.

/** The median of a list of numbers (the mean of the middle two for an even count); null when empty. */
export function median(values) {
  if (values.length === 0) return null;
  const s = [...values].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

/** "met", "missed" or "–" (no target, or no figure): a target is `{ below: n }` or `{ atLeast: n }`. */
export function judge(value, target) {
  if (value === null || value === undefined || !target) return '–';
  if ('below' in target) return value < target.below ? 'met' : 'missed';
  return value >= target.atLeast ? 'met' : 'missed';
}

const UNITS = {
  ms: (v) => `${v < 10 ? v.toFixed(1) : Math.round(v).toLocaleString('en-GB')} ms`,
  MB: (v) => `${Math.round(v)} MB`,
  'rows/s': (v) => `${Math.round(v).toLocaleString('en-GB')} rows/s`,
};

/** A figure in its unit: "12.3 ms", "1,234 ms", "380 MB", "10,700 rows/s". */
export function formatValue(value, unit) {
  if (value === null || value === undefined) return '–';
  return (UNITS[unit] ?? ((v) => `${v} ${unit}`))(value);
}

export function formatTarget(target, unit) {
  if (!target) return '–';
  return 'below' in target ? `< ${formatValue(target.below, unit)}` : `≥ ${formatValue(target.atLeast, unit)}`;
}

/** The ratio of a figure to its floor, "3.2x"; for a rate the floor's rate over ours (how many times slower). */
export function ratio(value, floor, unit) {
  if (value === null || value === undefined || floor === null || floor === undefined || floor === 0 || value === 0) return '–';
  const r = unit === 'rows/s' ? floor / value : value / floor;
  return `${r < 10 ? r.toFixed(1) : Math.round(r)}x`;
}

/**
 * One row per figure: `{ what, value, unit, runs, target, floor, floorWhat, note }`, `value` the
 * median already taken. Returns the rows as cells, headed.
 */
export function tableCells(rows) {
  const head = ['Operation', 'Median', 'Runs', 'Target', 'Met', 'Floor', 'Ratio', 'Note'];
  const body = rows.map((r) => [
    r.what,
    formatValue(r.value, r.unit),
    r.runs ? String(r.runs) : '–',
    formatTarget(r.target, r.unit),
    judge(r.value, r.target),
    r.floor === undefined || r.floor === null ? (r.floorWhat ?? '–') : `${formatValue(r.floor, r.unit)} (${r.floorWhat})`,
    ratio(r.value, r.floor, r.unit),
    r.note ?? '',
  ]);
  return [head, ...body];
}

/** The table as aligned text for the terminal. */
export function textTable(rows) {
  const cells = tableCells(rows);
  const widths = cells[0].map((_, i) => Math.max(...cells.map((r) => r[i].length)));
  return cells
    .map(
      (r, n) =>
        r
          .map((c, i) => c.padEnd(widths[i]))
          .join('  ')
          .trimEnd() + (n === 0 ? `\n${widths.map((w) => '-'.repeat(w)).join('  ')}` : ''),
    )
    .join('\n');
}

/** The table as Markdown (pipes in cells escaped). */
export function markdownTable(rows) {
  const cells = tableCells(rows).map((r) => r.map((c) => c.replace(/\|/g, '\\|')));
  const line = (r) => `| ${r.join(' | ')} |`;
  return [line(cells[0]), line(cells[0].map(() => '---')), ...cells.slice(1).map(line)].join('\n');
}
