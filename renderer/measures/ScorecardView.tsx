import { useEffect, useState } from 'react';
import type { Scorecard } from '../../shared/contract';
import { formatMonth } from '../../shared/domain/dates';
import { DIRECTION_LABELS, formatMeasureValue, QUARTER_NOTE, STATUS_LABELS, type FinancialYear } from '../../shared/domain/measures';
import { call } from '../api';
import { useAppData } from '../AppData';
import { ExportButtons } from '../monthly/ExportButtons';
import { navigate } from '../useRoute';
import { monthsBegun, STATUS_CLASS } from './measureWords';
import { Sparkline } from './Sparkline';

const ARROW = { improving: '▲', worse: '▼', no_change: '▶' } as const;

/** One row per measure for a year to a month: last year to the same month, this year to date, the target, status and direction. */
export function ScorecardView({ year, generation }: { year: FinancialYear; generation: number }) {
  const { info } = useAppData();
  const [period, setPeriod] = useState('');
  const [card, setCard] = useState<Scorecard | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => setPeriod(''), [year]);
  useEffect(() => {
    call('measures.scorecard', period ? { year, period } : { year }).then(
      (c) => {
        setCard(c);
        setError(null);
      },
      (e) => setError((e as Error).message),
    );
  }, [year, period, generation]);

  return (
    <div className="card">
      <div className="toolbar">
        <h2>
          Scorecard {year}
          {card ? `, to the end of ${formatMonth(card.upTo)}` : ''}
        </h2>
        <span className="spacer" />
        <label>
          To the end of{' '}
          <select value={period} onChange={(e) => setPeriod(e.target.value)} aria-label="To the end of">
            <option value="">the last month ended</option>
            {monthsBegun(year, info.today).map((m) => (
              <option key={m} value={m}>
                {formatMonth(m)}
              </option>
            ))}
          </select>
        </label>
      </div>
      <p className="muted">The financial year runs from 1 April to 31 March; this year and last year are counted to the same month. {QUARTER_NOTE}</p>
      <ExportButtons
        jobs={[
          { label: 'Export scorecard (.xlsx)', request: () => ({ call: 'exports.scorecard', input: period ? { year, period } : { year } }) },
          { label: 'Export scorecard (.csv)', request: () => ({ call: 'exports.scorecard', input: { year, ...(period ? { period } : {}), format: 'csv' } }) },
          { label: 'Export scorecard (Word)', request: () => ({ call: 'exports.scorecard', input: { year, ...(period ? { period } : {}), format: 'docx' } }) },
        ]}
      />
      {error && (
        <div className="error-banner" role="alert">
          {error}
        </div>
      )}
      {card && (
        <table className="simple-table scorecard" aria-label="Scorecard">
          <thead>
            <tr>
              <th scope="col">Code</th>
              <th scope="col">Measure</th>
              <th scope="col">Last year</th>
              <th scope="col">This year to date</th>
              <th scope="col">Target</th>
              <th scope="col">Status</th>
              <th scope="col">Direction</th>
              <th scope="col">Months</th>
            </tr>
          </thead>
          <tbody>
            {card.rows.map((r) => (
              <tr key={r.measureId} data-code={r.code}>
                <td>{r.code}</td>
                <td>
                  <a
                    href={`#/performance?measure=${r.measureId}`}
                    onClick={(e) => {
                      e.preventDefault();
                      navigate('performance', { measure: r.measureId, year });
                    }}
                  >
                    {r.name}
                  </a>
                </td>
                <td title={r.lastYearFull === null ? undefined : `Whole year: ${formatMeasureValue(r.lastYearFull, r.unit)}`}>
                  {formatMeasureValue(r.lastYear, r.unit)}
                </td>
                <td className="this-year">{formatMeasureValue(r.thisYear, r.unit)}</td>
                <td>{r.target === null ? '–' : `${r.polarity === 'higher' ? '≥' : '≤'} ${formatMeasureValue(r.target, r.unit)}`}</td>
                <td className="status">{r.status ? <span className={`badge ${STATUS_CLASS[r.status]}`}>{STATUS_LABELS[r.status]}</span> : '–'}</td>
                <td className="direction">
                  {r.direction ? (
                    <>
                      <span aria-hidden="true">{ARROW[r.direction]}</span> {DIRECTION_LABELS[r.direction]}
                    </>
                  ) : (
                    '–'
                  )}
                </td>
                <td>
                  <Sparkline values={r.months.map((m) => m.value)} target={r.target} label={`${r.name}, month by month`} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
