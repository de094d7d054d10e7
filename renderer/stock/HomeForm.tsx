import { useState, type FormEvent } from 'react';
import type { BlockRow, HomeDetail } from '../../shared/contract';
import { TENURES, type Tenure } from '../../shared/domain/compliance';
import { call } from '../api';
import { Field } from '../components/Field';
import { useToast } from '../components/Toast';
import { useFormErrors } from '../useFormErrors';
import { TENURE_LABELS } from './labels';
import { FormActions } from '../components/FormActions';

/** A home's attributes: edits the home given, or adds a new one. */
export function HomeForm({ home, blocks, onSaved, onCancel }: { home?: HomeDetail; blocks: BlockRow[]; onSaved(id: number): void; onCancel?(): void }) {
  const toast = useToast();
  const [v, setV] = useState({
    uprn: home?.uprn ?? '',
    address: home?.address ?? '',
    blockId: home?.blockId ? String(home.blockId) : '',
    tenure: home?.tenure ?? 'tenant',
    hasGas: home?.hasGas ?? false,
    active: home?.active ?? true,
  });
  const errors = useFormErrors(['uprn', 'address', 'blockId', 'tenure', 'hasGas', 'active']);
  async function submit(e: FormEvent) {
    e.preventDefault();
    errors.clear();
    const next = { ...v, blockId: v.blockId ? Number(v.blockId) : null };
    try {
      if (!home) {
        onSaved((await call('homes.create', next)).id);
        toast('info', 'Home added.');
        return;
      }
      const before: Record<string, unknown> = { ...home };
      const patch = Object.fromEntries(Object.entries(next).filter(([k, x]) => x !== before[k]));
      if (!Object.keys(patch).length) return;
      await call('homes.update', { id: home.id, patch });
      toast('info', home.hasGas && !next.hasGas ? 'Home saved. Its gas certificates are kept as history.' : 'Home saved.');
      onSaved(home.id);
    } catch (err) {
      errors.show(err);
    }
  }
  const fe = errors.fieldErrors;
  return (
    <form onSubmit={submit} noValidate aria-label={home ? 'Home details' : 'New home'}>
      {errors.formError && (
        <div className="error-banner" role="alert">
          {errors.formError}
        </div>
      )}
      <div className="row2">
        <Field label="UPRN" error={fe.uprn}>
          {(p) => <input {...p} value={v.uprn} onChange={(e) => setV({ ...v, uprn: e.target.value })} />}
        </Field>
        <Field label="Tenure" error={fe.tenure}>
          {(p) => (
            <select {...p} value={v.tenure} onChange={(e) => setV({ ...v, tenure: e.target.value as Tenure })}>
              {TENURES.map((t) => (
                <option key={t} value={t}>
                  {TENURE_LABELS[t]}
                </option>
              ))}
            </select>
          )}
        </Field>
      </div>
      <Field label="Address" error={fe.address}>
        {(p) => <input {...p} value={v.address} onChange={(e) => setV({ ...v, address: e.target.value })} />}
      </Field>
      <Field label="Block" error={fe.blockId}>
        {(p) => (
          <select {...p} value={v.blockId} onChange={(e) => setV({ ...v, blockId: e.target.value })}>
            <option value="">Not in a block (street property)</option>
            {blocks.map((b) => (
              <option key={b.id} value={b.id}>
                {b.name} ({b.estateName})
              </option>
            ))}
          </select>
        )}
      </Field>
      <label className="check">
        <input type="checkbox" checked={v.hasGas} onChange={(e) => setV({ ...v, hasGas: e.target.checked })} /> Gas supply (needs a yearly gas safety record)
      </label>
      {fe.hasGas && (
        <div className="error-text" role="alert">
          {fe.hasGas}
        </div>
      )}
      <label className="check">
        <input type="checkbox" checked={v.active} onChange={(e) => setV({ ...v, active: e.target.checked })} /> In our stock (untick for a home sold or
        demolished)
      </label>
      <FormActions submit={home ? 'Save home' : 'Add home'} onCancel={onCancel} />
    </form>
  );
}
