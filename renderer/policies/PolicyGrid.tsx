import { useMemo, useState } from 'react';
import { useSelectRow } from '../components/useSelectRow';
import { AgGridReact } from 'ag-grid-react';
import { themeQuartz, type ColDef, type GridApi } from 'ag-grid-community';
import type { PolicyRow } from '../../shared/contract';
import { POLICY_CATEGORY_LABELS, POLICY_STAGE_LABELS, REVIEW_STATE_LABELS, type ReviewState } from '../../shared/domain/policies';
import { formatDateShort } from '../../shared/domain/dates';

const theme = themeQuartz.withParams({ fontFamily: 'inherit', fontSize: 14, headerFontWeight: 600, accentColor: '#1f4e9c', rowHeight: 40 });

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

const date = (field: keyof PolicyRow, headerName: string): ColDef<PolicyRow> => ({
  field,
  headerName,
  width: 130,
  valueFormatter: (p) => formatDateShort(p.value as string | null),
  comparator: (a: string | null, b: string | null) => (a ?? '9999').localeCompare(b ?? '9999'),
});

export function PolicyGrid({ rows, selectedId, onSelect }: { rows: PolicyRow[]; selectedId: number | null; onSelect(id: number): void }) {
  const [api, setApi] = useState<GridApi<PolicyRow> | null>(null);
  useSelectRow(api, selectedId, rows);
  const columns = useMemo<ColDef<PolicyRow>[]>(
    () => [
      { field: 'title', headerName: 'Policy', flex: 2, minWidth: 240, pinned: 'left', wrapText: true, autoHeight: true, cellClass: 'cell-wrap' },
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
      date('stageEnteredOn', 'Stage since'),
      date('nextReviewDate', 'Next review'),
      { field: 'ownerName', headerName: 'Owner', width: 160 },
      {
        field: 'category',
        headerName: 'Category',
        width: 150,
        valueFormatter: (p) => POLICY_CATEGORY_LABELS[p.value as keyof typeof POLICY_CATEGORY_LABELS] ?? '',
      },
      { field: 'policyVersion', headerName: 'Version', width: 100 },
      date('approvalDate', 'Approved'),
      { field: 'approvingMeeting', headerName: 'Approved at', width: 260 },
      { field: 'recommendationRefs', headerName: 'Recommendations', width: 160, valueFormatter: (p) => ((p.value as string[]) ?? []).join(', ') },
    ],
    [],
  );
  return (
    <div className="grid-wrap">
      <AgGridReact<PolicyRow>
        theme={theme}
        rowData={rows}
        columnDefs={columns}
        defaultColDef={{ sortable: true, filter: true, resizable: true, wrapHeaderText: true, autoHeaderHeight: true }}
        getRowId={(p) => String(p.data.id)}
        onGridReady={(e) => setApi(e.api)}
        rowSelection={{ mode: 'singleRow', checkboxes: false, enableClickSelection: true }}
        onRowClicked={(e) => e.data && onSelect(e.data.id)}
        onCellKeyDown={(e) => {
          if ((e.event as KeyboardEvent | undefined)?.key === 'Enter' && e.data) onSelect(e.data.id);
        }}
        suppressColumnVirtualisation
        animateRows={false}
      />
    </div>
  );
}
