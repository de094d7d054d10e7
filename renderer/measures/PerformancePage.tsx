import { useState } from 'react';
import { financialYearOf } from '../../shared/domain/measures';
import { call } from '../api';
import { useAppData } from '../AppData';
import { useToast } from '../components/Toast';
import { navigate } from '../useRoute';
import { MeasureForm } from './MeasureForm';
import { MeasurePage } from './MeasurePage';
import { yearChoices } from './measureWords';
import { ScorecardView } from './ScorecardView';
import { ValuesGrid } from './ValuesGrid';

/**
 * Performance: the scorecard for a financial year, the grid of values, and one measure's page
 * (#/performance?measure=3, and &edit=1 to edit it; #/performance?new=measure adds one). The year
 * is kept in the address so a measure's page opens on it.
 */
export function PerformancePage({ params }: { params: URLSearchParams }) {
  const { info } = useAppData();
  const toast = useToast();
  const years = yearChoices(info.today);
  const year = years.includes(params.get('year') ?? '') ? params.get('year')! : financialYearOf(info.today);
  const view = params.get('view') === 'values' ? 'values' : 'scorecard';
  const measure = Number(params.get('measure')) || null;
  const adding = !measure && params.get('new') === 'measure';
  const [generation, setGeneration] = useState(0);
  const [busy, setBusy] = useState(false);

  async function recompute() {
    setBusy(true);
    try {
      const r = await call('measures.recompute', { year });
      toast('info', `${r.written} values worked out again for ${r.year}.`);
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
        <button type="button" className="primary" onClick={() => navigate('performance', { new: 'measure', year })}>
          Add a measure
        </button>
      </div>
      <div className="tabs" role="tablist">
        <button type="button" role="tab" aria-selected={!measure && !adding && view === 'scorecard'} onClick={() => navigate('performance', { year })}>
          Scorecard
        </button>
        <button
          type="button"
          role="tab"
          aria-selected={!measure && !adding && view === 'values'}
          onClick={() => navigate('performance', { view: 'values', year })}
        >
          Values
        </button>
        {(measure || adding) && (
          <button type="button" role="tab" aria-selected>
            {adding ? 'New measure' : 'Measure'}
          </button>
        )}
      </div>
      {measure ? (
        <MeasurePage key={measure} id={measure} year={year} editing={params.get('edit') === '1'} onChanged={() => setGeneration((g) => g + 1)} />
      ) : adding ? (
        <MeasureForm
          measure={null}
          onSaved={(m) => {
            toast('info', `${m.code} ${m.name} added. Set its targets below.`);
            setGeneration((g) => g + 1);
            navigate('performance', { measure: m.id, year });
          }}
          onCancel={() => navigate('performance', { year })}
        />
      ) : view === 'values' ? (
        <ValuesGrid key={`${year} ${generation}`} year={year} />
      ) : (
        <ScorecardView year={year} generation={generation} />
      )}
    </section>
  );
}
