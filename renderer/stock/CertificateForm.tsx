import { useState, type FormEvent } from 'react';
import type { BlockRow, CertificateRow } from '../../shared/contract';
import { CHECK_TYPES, CHECK_TYPE_LABELS, type CheckType } from '../../shared/domain/compliance';
import { formatDateLong, formatDateShort } from '../../shared/domain/dates';
import { ApiError, call } from '../api';
import { Field, fromDateText } from '../components/Field';
import { useToast } from '../components/Toast';
import { useFormErrors } from '../useFormErrors';
import { certificatePatch, certificateValues, type CertificateTarget } from './certificatePatch';
import { OUTCOMES, OUTCOME_LABELS } from './labels';

const FIELDS = [
  'checkType',
  'uprn',
  'homeId',
  'blockId',
  'liftId',
  'dateDone',
  'expiryDate',
  'outcome',
  'eicrCodes',
  'contractor',
  'reference',
  'evidencePath',
];

/** The home a UPRN names, or an error next to the UPRN field. */
async function homeIdByUprn(uprn: string): Promise<number> {
  const text = uprn.trim();
  if (!/^\d{1,12}$/.test(text)) throw new ApiError({ code: 'validation', field: 'uprn', message: 'The UPRN is a number of up to 12 digits.' });
  const found = (await call('homes.list', { search: text, limit: 20 })).rows.find((h) => h.uprn === text);
  if (!found) throw new ApiError({ code: 'validation', field: 'uprn', message: `UPRN ${text} is not in the stock. Add the home first.` });
  return found.id;
}

/** A button that opens the certificate form (kept open for the next one until closed). */
export function AddCertificate(props: { blocks: BlockRow[]; uprn?: string; blockId?: number | null; onSaved(): void }) {
  const [open, setOpen] = useState(false);
  if (!open)
    return (
      <p>
        <button type="button" className="primary" onClick={() => setOpen(true)}>
          Add a certificate
        </button>
      </p>
    );
  return <CertificateForm {...props} onCancel={() => setOpen(false)} />;
}

/**
 * Enters one certificate: for a home (by UPRN), a block, or one of a block's lifts. Given a
 * `certificate`, corrects it instead, sending only the fields changed.
 */
export function CertificateForm(props: {
  blocks: BlockRow[];
  uprn?: string;
  blockId?: number | null;
  certificate?: CertificateRow;
  onSaved(): void;
  onCancel?(): void;
}) {
  const toast = useToast();
  const c = props.certificate;
  const [checkType, setCheckType] = useState<CheckType>(c?.checkType ?? (props.uprn ? 'GAS' : 'FRA'));
  const [eicrFor, setEicrFor] = useState<'home' | 'block'>((c ? c.homeId !== null : props.uprn) ? 'home' : 'block');
  const [uprn, setUprn] = useState(c?.uprn ?? props.uprn ?? '');
  const [blockId, setBlockId] = useState(String(c?.blockId ?? props.blockId ?? ''));
  const [liftId, setLiftId] = useState(String(c?.liftId ?? ''));
  const [v, setV] = useState(() => certificateValues(c));
  const errors = useFormErrors(FIELDS);
  const forHome = checkType === 'GAS' || (checkType === 'EICR' && eicrFor === 'home');
  const block = props.blocks.find((b) => String(b.id) === blockId);
  const what = c ? 'Edit certificate' : 'Add a certificate';

  async function target(): Promise<CertificateTarget> {
    if (forHome) return { homeId: c && uprn.trim() === c.uprn ? c.homeId : await homeIdByUprn(uprn), blockId: null, liftId: null };
    return { homeId: null, blockId: blockId ? Number(blockId) : null, liftId: checkType === 'LIFT' && liftId ? Number(liftId) : null };
  }

  async function correct(cert: CertificateRow) {
    const patch = certificatePatch(cert, checkType, await target(), v);
    if (Object.keys(patch).length === 0) {
      toast('info', 'Nothing has changed.');
      return props.onCancel?.();
    }
    const saved = await call('certificates.update', { id: cert.id, patch });
    const how = saved.expiryGiven ? 'as entered' : 'worked out from the interval';
    toast(
      'info',
      `${CHECK_TYPE_LABELS[saved.checkType]} saved: in date until ${formatDateLong(saved.expiryDate)} (${how}), outcome ${OUTCOME_LABELS[saved.outcome].toLowerCase()}.`,
    );
    props.onSaved();
  }

  async function add() {
    const t = await target();
    const saved = await call('certificates.create', {
      checkType,
      ...(forHome ? { homeId: t.homeId } : checkType === 'LIFT' ? { liftId: t.liftId } : { blockId: t.blockId }),
      dateDone: fromDateText(v.dateDone) as string,
      expiryDate: fromDateText(v.expiryDate),
      outcome: v.outcome || null,
      eicrCodes: checkType === 'EICR' ? v.eicrCodes : '',
      contractor: v.contractor,
      reference: v.reference.trim() || null,
      evidencePath: v.evidencePath,
    });
    toast(
      'info',
      `${CHECK_TYPE_LABELS[checkType]} added: in date until ${formatDateLong(saved.expiryDate)}.${saved.remedials ? ` ${saved.remedials} remedial action${saved.remedials === 1 ? '' : 's'} raised for its codes.` : ''}`,
    );
    setV({ ...v, dateDone: '', expiryDate: '', reference: '', evidencePath: '', eicrCodes: '' });
    props.onSaved();
  }

  async function submit(e: FormEvent) {
    e.preventDefault();
    errors.clear();
    try {
      await (c ? correct(c) : add());
    } catch (err) {
      errors.show(err);
    }
  }
  const set = (k: keyof typeof v) => (e: { target: { value: string } }) => setV({ ...v, [k]: e.target.value });
  // correcting the codes shows the outcome as "from the codes", which is what main will do unless another is chosen
  const changeCodes = (e: { target: { value: string } }) => setV({ ...v, eicrCodes: e.target.value, outcome: c ? '' : v.outcome });
  const fe = errors.fieldErrors;
  return (
    <form onSubmit={submit} noValidate aria-label={what} className="inline-form">
      <h3>{what}</h3>
      {errors.formError && (
        <div className="error-banner" role="alert">
          {errors.formError}
        </div>
      )}
      <Field label="Check" error={fe.checkType}>
        {(p) => (
          <select {...p} value={checkType} onChange={(e) => setCheckType(e.target.value as CheckType)}>
            {CHECK_TYPES.map((c) => (
              <option key={c} value={c}>
                {CHECK_TYPE_LABELS[c]}
              </option>
            ))}
          </select>
        )}
      </Field>
      {checkType === 'EICR' && (
        <fieldset className="choice">
          <legend>Electrical report for</legend>
          <label>
            <input type="radio" name="eicr-for" checked={eicrFor === 'home'} onChange={() => setEicrFor('home')} /> A home
          </label>
          <label>
            <input type="radio" name="eicr-for" checked={eicrFor === 'block'} onChange={() => setEicrFor('block')} /> A block’s communal supply
          </label>
        </fieldset>
      )}
      {forHome ? (
        <Field label="Home (UPRN)" error={fe.uprn ?? fe.homeId}>
          {(p) => <input {...p} className="narrow" value={uprn} onChange={(e) => setUprn(e.target.value)} />}
        </Field>
      ) : (
        <div className="row2">
          <Field label="Block" error={fe.blockId}>
            {(p) => (
              <select
                {...p}
                value={blockId}
                onChange={(e) => {
                  setBlockId(e.target.value);
                  setLiftId('');
                }}
              >
                <option value="">Choose a block</option>
                {props.blocks.map((b) => (
                  <option key={b.id} value={b.id}>
                    {b.name} ({b.estateName})
                  </option>
                ))}
              </select>
            )}
          </Field>
          {checkType === 'LIFT' && (
            <Field label="Lift" error={fe.liftId}>
              {(p) => (
                <select {...p} value={liftId} onChange={(e) => setLiftId(e.target.value)}>
                  <option value="">{block && block.lifts.length === 0 ? 'This block has no lifts' : 'Choose a lift'}</option>
                  {block?.lifts.map((l) => (
                    <option key={l.id} value={l.id}>
                      {l.name}
                    </option>
                  ))}
                </select>
              )}
            </Field>
          )}
        </div>
      )}
      <div className="row2">
        <Field label="Date done" hint="dd/mm/yyyy" error={fe.dateDone}>
          {(p) => <input {...p} value={v.dateDone} onChange={set('dateDone')} />}
        </Field>
        <Field label="Expiry date" hint={expiryHint(c)} error={fe.expiryDate}>
          {(p) => <input {...p} value={v.expiryDate} onChange={set('expiryDate')} />}
        </Field>
      </div>
      <div className="row2">
        <Field label="Outcome" error={fe.outcome}>
          {(p) => (
            <select {...p} value={v.outcome} onChange={set('outcome')}>
              <option value="">{checkType === 'EICR' ? 'From the codes (satisfactory without C1, C2 or FI)' : OUTCOME_LABELS.satisfactory}</option>
              {OUTCOMES.filter((o) => checkType === 'EICR' || o !== 'satisfactory').map((o) => (
                <option key={o} value={o}>
                  {OUTCOME_LABELS[o]}
                </option>
              ))}
            </select>
          )}
        </Field>
        {checkType === 'EICR' && (
          <Field label="EICR codes" hint="For example C2, FI" error={fe.eicrCodes}>
            {(p) => <input {...p} value={v.eicrCodes} onChange={changeCodes} />}
          </Field>
        )}
      </div>
      <div className="row2">
        <Field label="Contractor" error={fe.contractor}>
          {(p) => <input {...p} value={v.contractor} onChange={set('contractor')} />}
        </Field>
        <Field label="Reference" error={fe.reference}>
          {(p) => <input {...p} value={v.reference} onChange={set('reference')} />}
        </Field>
      </div>
      <Field label="Evidence file" hint="Where the certificate is filed, for example a path or document number" error={fe.evidencePath}>
        {(p) => <input {...p} value={v.evidencePath} onChange={set('evidencePath')} />}
      </Field>
      <div className="form-actions">
        <button type="submit" className="primary">
          {c ? 'Save certificate' : 'Add certificate'}
        </button>
        {props.onCancel && (
          <button type="button" onClick={props.onCancel}>
            {c ? 'Cancel' : 'Close'}
          </button>
        )}
      </div>
    </form>
  );
}

/** A derived expiry shows blank: it is worked out again when the date done changes. */
function expiryHint(c: CertificateRow | undefined): string {
  if (!c) return 'Leave blank to work it out from the interval';
  if (c.expiryGiven) return 'Clear it to work it out from the interval again';
  return `Blank: from the interval (now ${formatDateShort(c.expiryDate)})`;
}
