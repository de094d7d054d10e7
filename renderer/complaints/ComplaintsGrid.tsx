import { useMemo } from 'react';
import type { ColDef, IDatasource } from 'ag-grid-community';
import type { ComplaintRow, ComplaintStatus } from '../../shared/contract';
import { COMPLAINT_OUTCOME_LABELS, COMPLAINT_TENURE_LABELS } from '../../shared/domain/complaints';
import { formatDateShort } from '../../shared/domain/dates';
import { call } from '../api';
import { RegisterGrid } from '../components/RegisterGrid';
import { CASE_STATUS_CLASS } from './ComplaintPanel';

const PAGE = 100;

export const STATUS_WORDS: Record<ComplaintStatus, string> = {
  on_time: 'Yes',
  late: 'No, late',
  open_late: 'Open, late',
  due_soon: 'Open, due soon',
  open: 'Open',
};
const date = (p: { value?: string | null }) => formatDateShort(p.value ?? null);

const COLUMNS: ColDef<ComplaintRow>[] = [
  { field: 'reference', headerName: 'Reference', width: 130 },
  { field: 'stage', headerName: 'Stage', width: 80 },
  { field: 'received', headerName: 'Received', width: 115, valueFormatter: date },
  {
    field: 'acknowledged',
    headerName: 'Acknowledged',
    width: 130,
    valueFormatter: (p) => (p.data ? formatDateShort(p.value as string | null) || 'Not recorded' : ''),
  },
  { field: 'acknowledgementDue', headerName: 'Ack due', width: 110, valueFormatter: date },
  { field: 'extensionDays', headerName: 'Extension', headerTooltip: 'Extension, in working days', width: 115 },
  { field: 'responseDue', headerName: 'Response due', width: 145, valueFormatter: date },
  { field: 'responded', headerName: 'Responded', width: 115, valueFormatter: date },
  { field: 'daysLate', headerName: 'Days late', width: 100, cellClass: (p) => (p.value ? 'cell-alert' : undefined) },
  {
    field: 'status',
    headerName: 'On time',
    width: 150,
    // in words, with colour
    cellRenderer: (p: { value?: ComplaintStatus }) => (p.value ? <span className={`badge ${CASE_STATUS_CLASS[p.value]}`}>{STATUS_WORDS[p.value]}</span> : null),
  },
  { field: 'tenure', headerName: 'Tenure', width: 150, valueFormatter: (p) => (p.value ? COMPLAINT_TENURE_LABELS[p.value as ComplaintRow['tenure']] : '') },
  { field: 'serviceArea', headerName: 'Service area', width: 170 },
  {
    field: 'outcome',
    headerName: 'Outcome',
    width: 130,
    valueFormatter: (p) => (p.value ? COMPLAINT_OUTCOME_LABELS[p.value as NonNullable<ComplaintRow['outcome']>] : ''),
  },
];

export interface ComplaintFilter {
  search: string;
  stage: 1 | 2 | null;
  tenure: ComplaintRow['tenure'] | null;
  show: 'all' | 'open' | 'responded';
}

/** The log, a block of rows at a time, late and due-soon open cases first (ordered in SQL); a row opens its case's panel. */
export function ComplaintsGrid(props: {
  filter: ComplaintFilter;
  onPage(p: { total: number; openLate: number; dueSoon: number }): void;
  onError(message: string): void;
  /** a row clicked, or Enter on it: opens its panel */
  onOpen(id: number): void;
}) {
  const { filter, onPage, onError, onOpen } = props;
  const datasource = useMemo<IDatasource>(
    () => ({
      getRows(params) {
        call('complaints.list', { ...filter, offset: params.startRow, limit: Math.min(500, params.endRow - params.startRow) }).then(
          (page) => {
            onPage(page);
            params.successCallback(page.rows, page.total);
          },
          (e) => {
            onError((e as Error).message);
            params.failCallback();
          },
        );
      },
    }),
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [filter.search, filter.stage, filter.tenure, filter.show],
  );
  return <RegisterGrid<ComplaintRow> columns={COLUMNS} datasource={datasource} blockSize={PAGE} onSelect={onOpen} noRowsText="No complaint stages match." />;
}
