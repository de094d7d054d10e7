import { useState, type FormEvent } from 'react';
import type { BlockRow, EstateRow, TierExpiryChange } from '../../shared/contract';
import { formatDateLong } from '../../shared/domain/dates';
import { FIRE_RISK_TIERS } from '../../shared/domain/compliance';
import { call } from '../api';
import { Field } from '../components/Field';
import { useToast } from '../components/Toast';
import { useFormErrors } from '../useFormErrors';
import { TIER_LABELS } from './labels';
import { FormActions } from '../components/FormActions';

const FIELDS = ['estateId', 'name', 'storeys', 'yearBuilt', 'fireRiskTier', 'passengerLifts', 'communalWater', 'asbestosPresent', 'communalElectrics'];
const num = (s: string) => (s.trim() === '' ? null : Number(s));

/** A block's attributes: edits the block given, or adds a new one (with its lifts numbered 1..N). */
export function BlockForm({ block, estates, onSaved, onCancel }: { block?: BlockRow; estates: EstateRow[]; onSaved(id: number): void; onCancel?(): void }) {
  const toast = useToast();
  const [v, setV] = useState({
    estateId: String(block?.estateId ?? estates[0]?.id ?? ''),
    name: block?.name ?? '',
    storeys: String(block?.storeys ?? 1),
    yearBuilt: block?.yearBuilt ? String(block.yearBuilt) : '',
    fireRiskTier: block?.fireRiskTier ?? 'medium',
    passengerLifts: String(block?.passengerLifts ?? 0),
    communalWater: block?.communalWater ?? false,
    asbestosPresent: block?.asbestosPresent ?? false,
    communalElectrics: block?.communalElectrics ?? true,
  });
  const errors = useFormErrors(FIELDS);
  async function submit(e: FormEvent) {
    e.preventDefault();
    errors.clear();
    const next = {
      ...v,
      estateId: Number(v.estateId) || 0,
      storeys: num(v.storeys) as number,
      yearBuilt: num(v.yearBuilt),
      passengerLifts: num(v.passengerLifts) as number,
    };
    try {
      if (!block) {
        onSaved((await call('blocks.create', next)).id);
        toast('info', 'Block added.');
        return;
      }
      const before: Record<string, unknown> = { ...block };
      const patch = Object.fromEntries(Object.entries(next).filter(([k, x]) => x !== before[k]));
      if (!Object.keys(patch).length) return;
      const saved = await call('blocks.update', { id: block.id, patch });
      const lifts = saved.removedLifts.length ? ` Removed ${saved.removedLifts.join(', ')} (no certificates).` : '';
      toast('info', `Block saved.${lifts}${tierNote(saved.latestFireRiskAssessment)}`);
      onSaved(block.id);
    } catch (err) {
      errors.show(err);
    }
  }
  const set = (k: 'estateId' | 'name' | 'storeys' | 'yearBuilt' | 'fireRiskTier' | 'passengerLifts') => (e: { target: { value: string } }) =>
    setV({ ...v, [k]: e.target.value });
  const tick = (k: 'communalWater' | 'asbestosPresent' | 'communalElectrics', label: string) => (
    <>
      <label className="check">
        <input type="checkbox" checked={v[k]} onChange={(e) => setV({ ...v, [k]: e.target.checked })} /> {label}
      </label>
      {errors.fieldErrors[k] && (
        <div className="error-text" role="alert">
          {errors.fieldErrors[k]}
        </div>
      )}
    </>
  );
  const fe = errors.fieldErrors;
  return (
    <form onSubmit={submit} noValidate aria-label={block ? 'Block details' : 'New block'}>
      {errors.formError && (
        <div className="error-banner" role="alert">
          {errors.formError}
        </div>
      )}
      <div className="row2">
        <Field label="Block name" error={fe.name}>
          {(p) => <input {...p} value={v.name} onChange={set('name')} />}
        </Field>
        <Field label="Estate" error={fe.estateId}>
          {(p) => (
            <select {...p} value={v.estateId} onChange={set('estateId')}>
              {estates.map((x) => (
                <option key={x.id} value={x.id}>
                  {x.name}
                </option>
              ))}
            </select>
          )}
        </Field>
      </div>
      <div className="row2">
        <Field label="Storeys" error={fe.storeys}>
          {(p) => <input {...p} type="number" min={1} value={v.storeys} onChange={set('storeys')} />}
        </Field>
        <Field label="Year built" error={fe.yearBuilt}>
          {(p) => <input {...p} type="number" value={v.yearBuilt} onChange={set('yearBuilt')} />}
        </Field>
      </div>
      <div className="row2">
        <Field label="Fire risk tier" hint="Sets how often the fire risk assessment is due" error={fe.fireRiskTier}>
          {(p) => (
            <select {...p} value={v.fireRiskTier} onChange={set('fireRiskTier')}>
              {FIRE_RISK_TIERS.map((t) => (
                <option key={t} value={t}>
                  {TIER_LABELS[t]}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field
          label="Passenger lifts"
          hint={block ? 'More adds lifts numbered on; fewer removes lifts without certificates, highest first' : 'Numbered Lift 1, Lift 2…'}
          error={fe.passengerLifts}
        >
          {(p) => <input {...p} type="number" min={0} value={v.passengerLifts} onChange={set('passengerLifts')} />}
        </Field>
      </div>
      {tick('communalWater', 'Communal water system (needs a legionella risk assessment)')}
      {tick('asbestosPresent', 'Asbestos in communal parts (needs a yearly re-inspection)')}
      {tick('communalElectrics', 'Communal electrical supply (needs an electrical report)')}
      <FormActions submit={block ? 'Save block' : 'Add block'} onCancel={onCancel} />
    </form>
  );
}

/** What a new fire risk tier did to the latest fire risk assessment's expiry, in words. */
function tierNote(fra: TierExpiryChange | null): string {
  if (!fra) return '';
  const done = `(done ${formatDateLong(fra.dateDone)})`;
  if (fra.expiryGiven) return ` The latest fire risk assessment ${done} keeps the expiry entered for it, ${formatDateLong(fra.expiryDate)}.`;
  if (fra.expiryDate === fra.expiryBefore) return ` The latest fire risk assessment ${done} is still due on ${formatDateLong(fra.expiryDate)}.`;
  return ` The latest fire risk assessment ${done} is now due on ${formatDateLong(fra.expiryDate)} (was ${formatDateLong(fra.expiryBefore)}).`;
}
