import { useEffect, useMemo, useState } from 'react';
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
import { useToast } from '../components/Toast';
import { navigate } from '../useRoute';
import { MeasureForm } from './MeasureForm';
import { TargetsCard } from './TargetsCard';
import { count } from '../../shared/domain/plural';

/** One measure: its definition (or the form to edit it), its monthly chart against target for a year, its targets and its values. */
export function MeasurePage({ id, year, editing, onChanged }: { id: number; year: FinancialYear; editing: boolean; onChanged: () => void }) {
  const [m, setM] = useState<MeasureDetail | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [generation, setGeneration] = useState(0);
  const toast = useToast();
  useEffect(() => {
    call('measures.get', { id }).then(setM, (e) => setError((e as Error).message));
  }, [id, generation]);
  const changed = () => {
    setGeneration((g) => g + 1);
    onChanged();
  };

  const yearTarget = m?.targets.find((t) => t.year === year) ?? null;
  const option = useMemo(() => {
    if (!m) return null;
    const at = (period: string) => m.values.find((v) => v.period === period)?.value ?? null;
    const months = monthsOfYear(year).map((month) => ({ month, value: at(month), lastYear: at(sameMonthLastYear(month)) }));
    // A chart of nothing is an empty frame: say so instead.
    if (months.every((x) => x.value === null && x.lastYear === null)) return null;
    return measureMonthlyOption(months, yearTarget?.target ?? null, m.unit);
  }, [m, year, yearTarget]);

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
      {editing ? (
        <MeasureForm
          measure={m}
          onSaved={(saved) => {
            toast('info', `${saved.code} saved.`);
            changed();
            navigate('performance', { measure: id, year });
          }}
          onCancel={() => navigate('performance', { measure: id, year })}
        />
      ) : (
        <div className="card">
          <div className="toolbar">
            <h2>
              {m.code} {m.name}
            </h2>
            <span className="spacer" />
            <button type="button" onClick={() => navigate('performance', { measure: id, year, edit: 1 })}>
              Edit
            </button>
          </div>
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
      )}
      <div className="card">
        <h2>
          Month by month, {year}, against {previousYear(year)}
        </h2>
        {option ? (
          <Chart option={option} description={`${m.name} each month of ${year}, with last year and the target`} height={280} />
        ) : (
          <p className="muted">
            No monthly values for {year} or {previousYear(year)} yet
            {m.frequency === 'monthly' ? ': enter them under Values.' : ` (this measure is ${FREQUENCY_LABELS[m.frequency].toLowerCase()}).`}
          </p>
        )}
      </div>
      <div className="two-col">
        <TargetsCard key={`${year} ${m.targets.map((t) => `${t.year}=${t.target}±${t.tolerance}`).join()}`} m={m} year={year} onSaved={changed} />
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
                    {v.numerator !== null && v.denominator !== null ? ` (${count(v.numerator)} of ${count(v.denominator)})` : ''}
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
