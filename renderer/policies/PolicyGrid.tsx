import type { ColDef } from 'ag-grid-community';
import type { PolicyRow } from '../../shared/contract';
import { POLICY_CATEGORY_LABELS, POLICY_STAGE_LABELS, REVIEW_STATE_LABELS, type ReviewState } from '../../shared/domain/policies';
import { RegisterGrid } from '../components/RegisterGrid';
import { WRAPPED, dateColumn } from '../components/gridColumns';

const REVIEW_CLASS: Record<ReviewState, string> = {
  overdue: 'rag-red',
  due_3: 'rag-amber',
  due_6: 'rag-amber',
  due_12: 'rag-green',
  later: 'rag-green',
  none: 'status-not_started',
};

export function ReviewBadge({ state }: { state: ReviewState }) {
  return <span className={`badge ${REVIEW_CLASS[state]}`}>{REVIEW_STATE_LABELS[state]}</span>;
}

const COLUMNS: ColDef<PolicyRow>[] = [
  { field: 'title', headerName: 'Policy', flex: 2, minWidth: 240, pinned: 'left', ...WRAPPED },
  {
    field: 'reviewState',
    headerName: 'Review',
    // wide enough for the longest badge, “Not due for 12 months or more”
    width: 250,
    valueFormatter: (p) => REVIEW_STATE_LABELS[p.value as ReviewState] ?? '',
    filterValueGetter: (p) => (p.data ? REVIEW_STATE_LABELS[p.data.reviewState] : ''),
    cellRenderer: (p: { value: ReviewState }) => <ReviewBadge state={p.value} />,
  },
  {
    field: 'stage',
    headerName: 'Stage',
    width: 190,
    valueFormatter: (p) => POLICY_STAGE_LABELS[p.value as keyof typeof POLICY_STAGE_LABELS] ?? '',
    filterValueGetter: (p) => (p.data ? POLICY_STAGE_LABELS[p.data.stage] : ''),
  },
  dateColumn<PolicyRow>('stageEnteredOn', 'Stage since'),
  dateColumn<PolicyRow>('nextReviewDate', 'Next review'),
  { field: 'ownerName', headerName: 'Owner', width: 160 },
  {
    field: 'category',
    headerName: 'Category',
    width: 150,
    valueFormatter: (p) => POLICY_CATEGORY_LABELS[p.value as keyof typeof POLICY_CATEGORY_LABELS] ?? '',
  },
  { field: 'policyVersion', headerName: 'Version', width: 100 },
  dateColumn<PolicyRow>('approvalDate', 'Approved'),
  { field: 'approvingMeeting', headerName: 'Approved at', width: 260 },
  { field: 'recommendationRefs', headerName: 'Recommendations', width: 160, valueFormatter: (p) => ((p.value as string[]) ?? []).join(', ') },
];

/** The policy schedule: read here, changed in the policy's panel. */
export function PolicyGrid({ rows, selectedId, onSelect }: { rows: PolicyRow[]; selectedId: number | null; onSelect(id: number): void }) {
  return <RegisterGrid<PolicyRow> columns={COLUMNS} rows={rows} selectedId={selectedId} onSelect={onSelect} />;
}
