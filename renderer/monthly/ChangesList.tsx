import type { MonthView } from '../../shared/contract';
import { formatDateLong, formatMonth, localToday } from '../../shared/domain/dates';
import { inMonth, lastDay } from '../../shared/domain/months';
import { call } from '../api';
import { useToast } from '../components/Toast';

const KIND_LABELS = { new: 'New recommendation', status: 'Status', target: 'Target date', owner: 'Owner', note: 'Public note' } as const;

/** The local day of a change: an audit time is UTC, a note's date is already a day. */
const dayOf = (at: string) => (at.length === 10 ? at : localToday(new Date(at)));

/** The net change of the month, from the audit log; each can become a bullet with one click. */
export function ChangesList({ view, published, onChanged }: { view: MonthView; published: boolean; onChanged(v: MonthView): void }) {
  const toast = useToast();
  async function use(i: number) {
    const c = view.changes[i]!;
    const day = c.at.length >= 10 ? dayOf(c.at) : lastDay(view.month);
    try {
      onChanged(
        await call('monthly.addItem', {
          programmeId: view.programmeId,
          month: view.month,
          itemDate: inMonth(day, view.month) ? day : lastDay(view.month),
          body: c.suggestedText,
          recommendationId: c.recommendationId,
        }),
      );
      toast('info', `Added a bullet for ${c.ref}.`);
    } catch (e) {
      toast('error', (e as Error).message);
    }
  }
  return (
    <div className="card">
      <h2>What changed in {formatMonth(view.month)}</h2>
      {view.changes.length === 0 ? (
        <p>No new recommendations, no net change of status, target date or owner, and no new public notes this month.</p>
      ) : (
        <ul className="changes" aria-label="Changes this month">
          {view.changes.map((c, i) => (
            <li key={`${c.kind}-${c.recommendationId}-${c.at}-${i}`}>
              <div>
                <span className="badge vis-internal">{KIND_LABELS[c.kind]}</span> <strong>{c.ref}</strong> {c.description}
                <span className="muted"> ({formatDateLong(dayOf(c.at))})</span>
              </div>
              <p className="suggestion">“{c.suggestedText}”</p>
              <button type="button" disabled={published || c.alreadyUsed} onClick={() => use(i)} aria-label={`Add as bullet: ${c.ref} ${KIND_LABELS[c.kind]}`}>
                {c.alreadyUsed ? 'Already a bullet' : 'Add as bullet'}
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
