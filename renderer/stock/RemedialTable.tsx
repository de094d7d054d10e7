import { useState } from 'react';
import type { CertificateRow, RemedialRow } from '../../shared/contract';
import { REMEDIAL_PRIORITY_LABELS } from '../../shared/domain/compliance';
import { formatDateShort } from '../../shared/domain/dates';
import { call } from '../api';
import { useAppData } from '../AppData';
import { useToast } from '../components/Toast';
import { CompleteRemedial, RemedialForm, RemedialState } from './RemedialForms';

/** A certificate's remedial actions: each can be marked complete, edited or deleted (after asking). */
export function RemedialTable({ c, title, onChanged }: { c: CertificateRow; title: string; onChanged(): void }) {
  const { info } = useAppData();
  const toast = useToast();
  const [open, setOpen] = useState<{ id: number; form: 'complete' | 'edit' } | null>(null);
  const close = () => setOpen(null);
  const saved = () => {
    setOpen(null);
    onChanged();
  };
  async function remove(r: RemedialRow) {
    if (!window.confirm(`Delete the remedial action “${r.description}”? This cannot be undone.`)) return;
    try {
      await call('remedials.delete', { id: r.id });
      toast('info', 'Remedial action deleted.');
      onChanged();
    } catch (err) {
      toast('error', (err as Error).message);
    }
  }
  return (
    <table className="simple-table" aria-label={`Remedial actions for ${title}`}>
      <thead>
        <tr>
          <th scope="col">Remedial action</th>
          <th scope="col">Priority</th>
          <th scope="col">Due</th>
          <th scope="col">State</th>
          <th scope="col">
            <span className="visually-hidden">Changes</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {c.remedials.map((r) =>
          open?.id === r.id ? (
            <tr key={r.id}>
              <td colSpan={5}>
                {open.form === 'complete' ? (
                  <CompleteRemedial r={r} today={info.today} onCancel={close} onSaved={saved} />
                ) : (
                  <RemedialForm certificateId={c.id} remedial={r} onCancel={close} onSaved={saved} />
                )}
              </td>
            </tr>
          ) : (
            <tr key={r.id}>
              <td>
                {r.description}
                {r.ownerName && <div className="small muted">Owner: {r.ownerName}</div>}
              </td>
              <td>{REMEDIAL_PRIORITY_LABELS[r.priority]}</td>
              <td className="nowrap">{formatDateShort(r.dueDate)}</td>
              <td>
                <RemedialState r={r} today={info.today} />
                {!r.completedDate && (
                  <button
                    type="button"
                    className="link"
                    onClick={() => setOpen({ id: r.id, form: 'complete' })}
                    aria-label={`Mark “${r.description}” complete`}
                  >
                    Mark complete
                  </button>
                )}
              </td>
              <td className="nowrap">
                <button type="button" className="link" onClick={() => setOpen({ id: r.id, form: 'edit' })} aria-label={`Edit “${r.description}”`}>
                  Edit
                </button>
                <button type="button" className="link danger" onClick={() => void remove(r)} aria-label={`Delete “${r.description}”`}>
                  Delete
                </button>
              </td>
            </tr>
          ),
        )}
      </tbody>
    </table>
  );
}
