/** A year's monthly values as a small line, with the target as a dotted line; empty months leave a gap. */
export function Sparkline({ values, target, label }: { values: (number | null)[]; target: number | null; label: string }) {
  const w = 96;
  const h = 24;
  const known = values.filter((v): v is number => v !== null);
  if (known.length === 0) return <span className="muted">–</span>;
  const all = target === null ? known : [...known, target];
  const lo = Math.min(...all);
  const hi = Math.max(...all);
  const y = (v: number) => (hi === lo ? h / 2 : h - 2 - ((v - lo) / (hi - lo)) * (h - 4));
  const x = (i: number) => (values.length <= 1 ? w / 2 : 2 + (i / 11) * (w - 4));
  const runs: string[] = [];
  let run = '';
  values.forEach((v, i) => {
    if (v === null) {
      if (run) runs.push(run);
      run = '';
    } else run += `${run ? 'L' : 'M'}${x(i).toFixed(1)},${y(v).toFixed(1)}`;
  });
  if (run) runs.push(run);
  const lastIndex = values.map((v) => v !== null).lastIndexOf(true);
  return (
    <svg width={w} height={h} role="img" aria-label={label} className="sparkline">
      {target !== null && <line x1={0} x2={w} y1={y(target)} y2={y(target)} stroke="#5a5f66" strokeDasharray="2 2" />}
      {runs.map((d, i) => (
        <path key={i} d={d} fill="none" stroke="#1f4e9c" strokeWidth={1.5} />
      ))}
      <circle cx={x(lastIndex)} cy={y(values[lastIndex]!)} r={2} fill="#1f4e9c" />
    </svg>
  );
}
