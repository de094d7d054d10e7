import { useState } from 'react';
import type { MonthView } from '../../shared/contract';
import { formatMonth } from '../../shared/domain/dates';
import { call } from '../api';
import { useToast } from '../components/Toast';

/** Whether the update tells residents how the public measures did, and the sentences it would print. */
export function PublicMeasuresCard({ view, published, onChanged }: { view: MonthView; published: boolean; onChanged(v: MonthView): void }) {
  const toast = useToast();
  const [saving, setSaving] = useState(false);
  async function choose(include: boolean) {
    setSaving(true);
    try {
      onChanged(await call('monthly.setMeasures', { programmeId: view.programmeId, month: view.month, include }));
    } catch (e) {
      toast('error', (e as Error).message);
    } finally {
      setSaving(false);
    }
  }
  const month = formatMonth(view.month);
  return (
    <div className="card">
      <h2>How we are doing</h2>
      <label className="check">
        <input type="checkbox" checked={view.includeMeasures} disabled={published || saving} onChange={(e) => choose(e.target.checked)} /> Include the public
        performance measures in this update
      </label>
      <p className="hint">
        {published
          ? view.includeMeasures
            ? `The ${month} update was published with these sentences:`
            : `The ${month} update was published without the performance measures.`
          : `One sentence for each public measure with a figure for ${month} (or its latest quarter or year), from the Performance page. ${
              view.includeMeasures ? 'The update will print:' : 'If you include them, the update will print:'
            }`}
      </p>
      {(!published || view.includeMeasures) &&
        (view.publicMeasures.length === 0 ? (
          <p>No public measure has a figure for {month} yet: the update will say the figures are not ready.</p>
        ) : (
          <ul aria-label={`Performance sentences for ${month}`}>
            {view.publicMeasures.map((l) => (
              <li key={l.measureId}>{l.sentence}</li>
            ))}
          </ul>
        ))}
    </div>
  );
}
