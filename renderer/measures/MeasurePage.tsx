import { useEffect, useMemo, useState, type FormEvent } from 'react';
import type { MeasureDetail } from '../../shared/contract';
import { measureMonthlyOption } from '../../shared/charts/measureCharts';
import { formatMonth } from '../../shared/domain/dates';
import {
  AGGREGATION_LABELS,
  COMPUTED_SOURCE_LABELS,
  FREQUENCY_LABELS,
  formatMeasureValue,
  monthsOfYear,
  POLARITY_LABELS,
  previousYear,
  sameMonthLastYear,
  UNIT_LABELS,
  type FinancialYear,
} from '../../shared/domain/measures';
import { call } from '../api';
import { Chart } from '../components/Chart';

/** One measure: its definition, its monthly chart against target for a year, its target and its values. */
export function MeasurePage({ id, year, onChanged }: { id: number; year: FinancialYear; onChanged: () => void }) {
  const [m, setM] = useState<MeasureDetail | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [generation, setGeneration] = useState(0);
  const [target, setTarget] = useState('');
  const [tolerance, setTolerance] = useState('');
  const [targetError, setTargetError] = useState<{ field?: string; message: string } | null>(null);
  useEffect(() => {
    call('measures.get', { id }).then(
      (d) => {
        setM(d);
        const t = d.targets.find((x) => x.year === year);
        setTarget(t ? String(t.target) : '');
        setTolerance(t ? String(t.tolerance) : '');
      },
      (e) => setError((e as Error).message),
    );
  }, [id, year, generation]);

  const yearTarget = m?.targets.find((t) => t.year === year) ?? null;
  const option = useMemo(() => {
    if (!m) return null;
    const at = (period: string) => m.values.find((v) => v.period === period)?.value ?? null;
    return measureMonthlyOption(
      monthsOfYear(year).map((month) => ({ month, value: at(month), lastYear: at(sameMonthLastYear(month)) })),
      yearTarget?.target ?? null,
      m.unit,
    );
  }, [m, year, yearTarget]);

  async function saveTarget(e: FormEvent) {
    e.preventDefault();
    const number = (s: string) => (s.trim() === '' ? NaN : Number(s));
    try {
      await call('targets.set', { measureId: id, year, target: number(target), tolerance: tolerance.trim() === '' ? 0 : number(tolerance) });
      setTargetError(null);
      setGeneration((g) => g + 1);
      onChanged();
    } catch (err) {
      setTargetError({ field: (err as { field?: string }).field, message: (err as Error).message });
    }
  }

  if (error)
    return (
      <div className="error-banner" role="alert">
        {error}
      </div>
    );
  if (!m) return <p>Loading…</p>;
  const inYear = m.values.filter((v) => v.year === year || v.year === previousYear(year));
  return (
    <div>
      <div className="card">
        <h2>
          {m.code} {m.name}
        </h2>
        <p>{m.definition}</p>
        <dl className="facts">
          <dt>Unit</dt>
          <dd>{UNIT_LABELS[m.unit]}</dd>
          <dt>Which is better</dt>
          <dd>{POLARITY_LABELS[m.polarity]}</dd>
          <dt>Frequency</dt>
          <dd>{FREQUENCY_LABELS[m.frequency]}</dd>
          <dt>The year is worked out as</dt>
          <dd>{AGGREGATION_LABELS[m.aggregation]}</dd>
          <dt>Source</dt>
          <dd>{m.computedFrom ? `Worked out from ${COMPUTED_SOURCE_LABELS[m.computedFrom]}` : m.source || '–'}</dd>
          <dt>Owner</dt>
          <dd>{m.ownerName ?? '–'}</dd>
          <dt>Public</dt>
          <dd>{m.public ? 'Yes' : 'No'}</dd>
        </dl>
      </div>
      <div className="card">
        <h2>
          Month by month, {year}, against {previousYear(year)}
        </h2>
        {option && <Chart option={option} description={`${m.name} each month of ${year}, with last year and the target`} height={280} />}
      </div>
      <div className="two-col">
        <form className="card" onSubmit={(e) => void saveTarget(e)} aria-label={`Target for ${year}`}>
          <h2>Target for {year}</h2>
          {targetError && (
            <div className="error-banner" role="alert">
              {targetError.message}
            </div>
          )}
          <label>
            Target ({m.polarity === 'higher' ? 'at least' : 'at most'})
            <input value={target} onChange={(e) => setTarget(e.target.value)} inputMode="decimal" aria-invalid={targetError?.field === 'target' || undefined} />
          </label>
          <label>
            Tolerance (amber within this much of the target)
            <input
              value={tolerance}
              onChange={(e) => setTolerance(e.target.value)}
              inputMode="decimal"
              aria-invalid={targetError?.field === 'tolerance' || undefined}
            />
          </label>
          <div className="form-actions">
            <button type="submit" className="primary">
              Save target
            </button>
          </div>
        </form>
        <div className="card">
          <h2>Values</h2>
          <table className="simple-table" aria-label={`${m.code} values`}>
            <thead>
              <tr>
                <th scope="col">Period</th>
                <th scope="col">Value</th>
                <th scope="col">Note</th>
              </tr>
            </thead>
            <tbody>
              {inYear.map((v) => (
                <tr key={v.period}>
                  <td>{/^\d{4}-\d{2}$/.test(v.period) ? formatMonth(v.period) : v.period}</td>
                  <td>
                    {formatMeasureValue(v.value, m.unit)}
                    {v.numerator !== null && v.denominator !== null
                      ? ` (${v.numerator.toLocaleString('en-GB')} of ${v.denominator.toLocaleString('en-GB')})`
                      : ''}
                  </td>
                  <td>{v.note}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </div>
    </div>
  );
}
