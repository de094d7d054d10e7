import { useState } from 'react';
import type { BlockRow, CertificateRow } from '../../shared/contract';
import { CHECK_TYPE_LABELS } from '../../shared/domain/compliance';
import { formatDateShort } from '../../shared/domain/dates';
import { call } from '../api';
import { useAppData } from '../AppData';
import { useToast } from '../components/Toast';
import { CertificateForm } from './CertificateForm';
import { ExpiryBadge, OutcomeBadge } from './labels';
import { RemedialForm } from './RemedialForms';
import { RemedialTable } from './RemedialTable';

/** Certificates, newest first, each with its remedial actions and what can be done to them. */
export function CertificateList({ certificates, blocks, onChanged }: { certificates: CertificateRow[]; blocks: BlockRow[]; onChanged(): void }) {
  if (certificates.length === 0) return <p className="muted">No certificates recorded yet.</p>;
  return (
    <ul className="cert-list">
      {certificates.map((c, i) => (
        <CertificateItem key={c.id} c={c} blocks={blocks} superseded={isSuperseded(certificates, i)} onChanged={onChanged} />
      ))}
    </ul>
  );
}

/** A later check of the same kind on the same thing replaces this one (the list is newest first). */
function isSuperseded(list: CertificateRow[], i: number): boolean {
  const c = list[i]!;
  return list.slice(0, i).some((x) => x.checkType === c.checkType && x.homeId === c.homeId && x.blockId === c.blockId && x.liftId === c.liftId);
}

function CertificateItem({ c, blocks, superseded, onChanged }: { c: CertificateRow; blocks: BlockRow[]; superseded: boolean; onChanged(): void }) {
  const { info } = useAppData();
  const toast = useToast();
  const [open, setOpen] = useState<'edit' | 'remedial' | null>(null);
  const title = `${CHECK_TYPE_LABELS[c.checkType]}${c.liftName ? `, ${c.liftName}` : ''} done ${formatDateShort(c.dateDone)}`;
  const saved = () => {
    setOpen(null);
    onChanged();
  };
  async function remove() {
    if (!window.confirm(`Delete the ${title}? This cannot be undone.`)) return;
    try {
      await call('certificates.delete', { id: c.id });
      toast('info', 'Certificate deleted.');
      onChanged();
    } catch (err) {
      toast('error', (err as Error).message);
    }
  }
  return (
    <li className="cert" aria-label={title}>
      <div className="cert-head">
        <strong>{title}</strong> <OutcomeBadge outcome={c.outcome} />{' '}
        {superseded ? <span className="badge status-not_started">Replaced by a later check</span> : <ExpiryBadge expiry={c.expiryDate} today={info.today} />}
      </div>
      <p className="small">
        Expires {formatDateShort(c.expiryDate)} ({c.expiryGiven ? 'as entered' : 'from the interval'}){c.eicrCodes && ` · Codes ${c.eicrCodes}`}
        {c.contractor && ` · ${c.contractor}`}
        {c.reference && ` · Ref ${c.reference}`}
        {c.evidencePath && ` · Evidence: ${c.evidencePath}`}
      </p>
      {c.remedials.length > 0 && <RemedialTable c={c} title={title} onChanged={onChanged} />}
      {open === 'edit' && <CertificateForm blocks={blocks} certificate={c} onCancel={() => setOpen(null)} onSaved={saved} />}
      {open === 'remedial' && <RemedialForm certificateId={c.id} onCancel={() => setOpen(null)} onSaved={saved} />}
      {open === null && (
        <div className="form-actions">
          <button type="button" onClick={() => setOpen('edit')}>
            Edit certificate
          </button>
          <button type="button" onClick={() => setOpen('remedial')}>
            Add remedial action
          </button>
          <button type="button" className="danger" onClick={remove}>
            Delete certificate
          </button>
        </div>
      )}
    </li>
  );
}
