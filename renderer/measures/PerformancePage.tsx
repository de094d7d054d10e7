import { useState } from 'react';
import { financialYearOf } from '../../shared/domain/measures';
import { call } from '../api';
import { useAppData } from '../AppData';
import { useToast } from '../components/Toast';
import { navigate } from '../useRoute';
import { MeasurePage } from './MeasurePage';
import { yearChoices } from './measureWords';
import { ScorecardView } from './ScorecardView';
import { ValuesGrid } from './ValuesGrid';

/**
 * Performance: the scorecard for a financial year, the grid of values, and one measure's page
 * (#/performance?measure=3). The year is kept in the address so a measure's page opens on it.
 */
export function PerformancePage({ params }: { params: URLSearchParams }) {
  const { info } = useAppData();
  const toast = useToast();
  const years = yearChoices(info.today);
  const year = years.includes(params.get('year') ?? '') ? params.get('year')! : financialYearOf(info.today);
  const view = params.get('view') === 'values' ? 'values' : 'scorecard';
  const measure = Number(params.get('measure')) || null;
  const [generation, setGeneration] = useState(0);
  const [busy, setBusy] = useState(false);

  async function recompute() {
    setBusy(true);
    try {
      const r = await call('measures.recompute', { year });
      toast('info', `${r.written} values worked out again for ${r.year}.${r.skipped.length ? ` ${r.skipped.join(' ')}` : ''}`);
      setGeneration((g) => g + 1);
    } catch (e) {
      toast('error', (e as Error).message);
    } finally {
      setBusy(false);
    }
  }

  return (
    <section>
      <div className="toolbar">
        <h1>Performance</h1>
        <span className="spacer" />
        <label>
          Financial year{' '}
          <select
            value={year}
            onChange={(e) => navigate('performance', { view: view === 'values' ? 'values' : undefined, measure: measure ?? undefined, year: e.target.value })}
          >
            {years.map((y) => (
              <option key={y}>{y}</option>
            ))}
          </select>
        </label>
        <button type="button" disabled={busy} onClick={() => void recompute()}>
          Work out the computed measures again
        </button>
      </div>
      <div className="tabs" role="tablist">
        <button type="button" role="tab" aria-selected={!measure && view === 'scorecard'} onClick={() => navigate('performance', { year })}>
          Scorecard
        </button>
        <button type="button" role="tab" aria-selected={!measure && view === 'values'} onClick={() => navigate('performance', { view: 'values', year })}>
          Values
        </button>
        {measure && (
          <button type="button" role="tab" aria-selected>
            Measure
          </button>
        )}
      </div>
      {measure ? (
        <MeasurePage key={measure} id={measure} year={year} onChanged={() => setGeneration((g) => g + 1)} />
      ) : view === 'values' ? (
        <ValuesGrid key={`${year} ${generation}`} year={year} />
      ) : (
        <ScorecardView year={year} generation={generation} />
      )}
    </section>
  );
}
