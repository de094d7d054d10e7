import { RAG_LABELS, REC_STATUS_LABELS, type Rag, type RecStatus } from '../../shared/domain/actionPlan';

// Status and RAG always carry a word as well as a colour.

export function RagBadge({ rag, overridden }: { rag: Rag; overridden?: boolean }) {
  return (
    <span className={`badge rag-${rag}`} title={overridden ? 'Set by hand (override)' : undefined}>
      {RAG_LABELS[rag]}
      {overridden ? ' *' : ''}
    </span>
  );
}

export function StatusBadge({ status }: { status: RecStatus }) {
  return <span className={`badge status-${status}`}>{REC_STATUS_LABELS[status]}</span>;
}
