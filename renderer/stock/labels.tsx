import { CHECK_STATUS_LABELS, type CheckStatus, type Tenure } from '../../shared/domain/compliance';
import { formatDateShort } from '../../shared/domain/dates';

// Words for the stock screens: a status or outcome always carries a word as well as a colour.

export const TENURE_LABELS: Record<Tenure, string> = { tenant: 'Tenant', shared_ownership: 'Shared ownership', leaseholder: 'Leaseholder' };
export const TIER_LABELS = { high: 'High', medium: 'Medium', low: 'Low' } as const;
export const OUTCOMES = ['satisfactory', 'unsatisfactory', 'advisory'] as const;
export type Outcome = (typeof OUTCOMES)[number];
export const OUTCOME_LABELS: Record<Outcome, string> = { satisfactory: 'Satisfactory', unsatisfactory: 'Unsatisfactory', advisory: 'Advisory' };

const STATUS_CLASS: Record<CheckStatus, string> = {
  in_date: 'rag-green',
  due_soon: 'rag-amber',
  overdue: 'rag-red',
  no_access: 'rag-red',
  missing: 'rag-red',
  not_required: 'status-not_started',
};
const OUTCOME_CLASS: Record<Outcome, string> = { satisfactory: 'rag-green', advisory: 'rag-amber', unsatisfactory: 'rag-red' };

export function CheckStatusBadge({ status }: { status: CheckStatus }) {
  return <span className={`badge ${STATUS_CLASS[status]}`}>{CHECK_STATUS_LABELS[status]}</span>;
}

export function OutcomeBadge({ outcome }: { outcome: Outcome }) {
  return <span className={`badge ${OUTCOME_CLASS[outcome]}`}>{OUTCOME_LABELS[outcome]}</span>;
}

/** A certificate's expiry in words: in date, or expired, as at today. */
export function ExpiryBadge({ expiry, today }: { expiry: string; today: string }) {
  const expired = expiry < today;
  return (
    <span className={`badge ${expired ? 'rag-red' : 'rag-green'}`}>{expired ? `Expired ${formatDateShort(expiry)}` : `Until ${formatDateShort(expiry)}`}</span>
  );
}

export const yesNo = (v: boolean) => (v ? 'Yes' : 'No');
