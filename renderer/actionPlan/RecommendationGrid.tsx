import { forwardRef, useMemo, useState } from 'react';
import { useSelectRow } from '../components/useSelectRow';
import { AgGridReact } from 'ag-grid-react';
import { themeQuartz, type CellValueChangedEvent, type SuppressKeyboardEventParams, type ColDef, type GetRowIdParams, type GridApi } from 'ag-grid-community';
import type { Person, RecommendationRow, Team } from '../../shared/contract';
import { PRIORITIES, PRIORITY_LABELS, RAG_LABELS, REC_STATUSES, REC_STATUS_LABELS, type Rag, type RecStatus } from '../../shared/domain/actionPlan';
import { formatDateShort, notARealDate, parseUkDate } from '../../shared/domain/dates';
import { labelOfField } from '../../shared/domain/fieldLabels';
import { RagBadge, StatusBadge } from '../components/Badges';

const theme = themeQuartz.withParams({
  fontFamily: 'inherit',
  fontSize: 14,
  headerFontWeight: 600,
  accentColor: '#1f4e9c',
  rowHeight: 40,
});

interface Props {
  rows: RecommendationRow[];
  people: Person[];
  teams: Team[];
  selectedId: number | null;
  onSelect(id: number): void;
  onEdit(row: RecommendationRow, field: string, value: unknown, oldValue: unknown): void;
  /** a value typed into a cell that cannot be saved: nothing changes, and the user is told why */
  onRefused(row: RecommendationRow, message: string): void;
}

type Refuse = Props['onRefused'];

/**
 * A date cell edited as text, the way UK users type dates (31/03/2027, 31/3/27): a plain text box,
 * so the arrow keys move between cells rather than step the date as the browser's date box does.
 * Text that is not a real date keeps the cell's value and says why.
 */
const dateCol = (field: keyof RecommendationRow, headerName: string, refuse: Refuse | null, width = 130): ColDef<RecommendationRow> => ({
  field,
  headerName,
  editable: refuse !== null,
  width,
  cellEditor: 'agTextCellEditor',
  cellEditorParams: { useFormatter: true },
  valueFormatter: (p) => formatDateShort(p.value as string | null),
  valueParser: (p) => {
    const text = String(p.newValue ?? '').trim();
    if (text === '') return null;
    const iso = parseUkDate(text);
    if (iso) return iso;
    if (p.data) refuse?.(p.data, `${notARealDate(labelOfField(field))} “${text}” was not saved.`);
    return p.oldValue as string | null;
  },
  suppressKeyboardEvent: arrowsLeaveEditor,
  comparator: (a: string | null, b: string | null) => (a ?? '9999').localeCompare(b ?? '9999'),
});

/** Up and down in a cell being edited keep what was typed and move to the cell above or below, as in a spreadsheet. */
function arrowsLeaveEditor(p: SuppressKeyboardEventParams<RecommendationRow>): boolean {
  const key = p.event.key;
  if (!p.editing || p.event.type !== 'keydown' || (key !== 'ArrowUp' && key !== 'ArrowDown')) return false;
  const to = (p.node.rowIndex ?? 0) + (key === 'ArrowDown' ? 1 : -1);
  p.api.stopEditing();
  if (to >= 0 && to < p.api.getDisplayedRowCount()) p.api.setFocusedCell(to, p.column);
  else p.api.setFocusedCell(p.node.rowIndex ?? 0, p.column);
  return true;
}

export const RecommendationGrid = forwardRef<AgGridReact<RecommendationRow>, Props>(function RecommendationGrid(
  { rows, people, teams, selectedId, onSelect, onEdit, onRefused },
  ref,
) {
  const [api, setApi] = useState<GridApi<RecommendationRow> | null>(null);
  useSelectRow(api, selectedId, rows);

  const activePeople = useMemo(() => people.filter((p) => p.active), [people]);
  const personName = useMemo(() => new Map(people.map((p) => [p.id, p.name])), [people]);
  const teamName = useMemo(() => new Map(teams.map((t) => [t.id, t.name])), [teams]);

  const columns = useMemo<ColDef<RecommendationRow>[]>(
    () => [
      { field: 'ref', headerName: 'Ref', width: 80, pinned: 'left', comparator: (a: string, b: string) => a.length - b.length || a.localeCompare(b) },
      // the whole title, wrapped, never cut with an ellipsis
      { field: 'title', headerName: 'Recommendation', flex: 2, minWidth: 280, wrapText: true, autoHeight: true, cellClass: 'cell-wrap' },
      {
        field: 'status',
        headerName: 'Status',
        width: 140,
        editable: true,
        cellEditor: 'agSelectCellEditor',
        cellEditorParams: { values: [...REC_STATUSES] },
        valueFormatter: (p) => REC_STATUS_LABELS[p.value as RecStatus] ?? '',
        filterValueGetter: (p) => (p.data ? REC_STATUS_LABELS[p.data.status] : ''),
        cellRenderer: (p: { value: RecStatus }) => <StatusBadge status={p.value} />,
      },
      {
        field: 'rag',
        headerName: 'RAG',
        width: 170,
        valueFormatter: (p) => (p.value ? RAG_LABELS[p.value as Rag] : ''),
        filterValueGetter: (p) => (p.data ? RAG_LABELS[p.data.rag] : ''),
        cellRenderer: (p: { data?: RecommendationRow }) => (p.data ? <RagBadge rag={p.data.rag} overridden={p.data.ragOverride !== null} /> : null),
      },
      {
        field: 'ownerId',
        headerName: 'Owner',
        width: 170,
        editable: true,
        cellEditor: 'agSelectCellEditor',
        cellEditorParams: { values: [null, ...activePeople.map((p) => p.id)] },
        valueFormatter: (p) => (p.value == null ? 'No owner' : (personName.get(p.value as number) ?? '')),
        filterValueGetter: (p) => p.data?.ownerName ?? '',
      },
      dateCol('originalTargetDate', 'Original target', onRefused),
      dateCol('revisedTargetDate', 'Revised target', onRefused),
      dateCol('completionDate', 'Completed on', onRefused),
      { field: 'theme', headerName: 'Theme', width: 170, wrapText: true, autoHeight: true, cellClass: 'cell-wrap' },
      {
        field: 'leadTeamId',
        headerName: 'Lead team',
        width: 190,
        wrapText: true,
        autoHeight: true,
        cellClass: 'cell-wrap',
        valueFormatter: (p) => (p.value == null ? '' : (teamName.get(p.value as number) ?? '')),
      },
      {
        field: 'priority',
        headerName: 'Priority',
        width: 105,
        editable: true,
        cellEditor: 'agSelectCellEditor',
        cellEditorParams: { values: [...PRIORITIES] },
        valueFormatter: (p) => PRIORITY_LABELS[p.value as keyof typeof PRIORITY_LABELS] ?? '',
      },
      { field: 'actionsOpen', headerName: 'Open actions', width: 120, type: 'numericColumn' },
      dateCol('latestNoteDate', 'Latest note', null),
    ],
    [activePeople, personName, teamName, onRefused],
  );

  return (
    <div className="grid-wrap">
      <AgGridReact<RecommendationRow>
        ref={ref}
        theme={theme}
        rowData={rows}
        columnDefs={columns}
        defaultColDef={{ sortable: true, filter: true, resizable: true, wrapHeaderText: true, autoHeaderHeight: true }}
        getRowId={(p: GetRowIdParams<RecommendationRow>) => String(p.data.id)}
        onGridReady={(e) => setApi(e.api)}
        rowSelection={{ mode: 'singleRow', checkboxes: false, enableClickSelection: true }}
        onRowClicked={(e) => e.data && onSelect(e.data.id)}
        onCellKeyDown={(e) => {
          const key = (e.event as KeyboardEvent | undefined)?.key;
          if (key === 'Enter' && e.data && 'colDef' in e && !e.colDef.editable) onSelect(e.data.id);
        }}
        onCellValueChanged={(e: CellValueChangedEvent<RecommendationRow>) => {
          if (e.data && e.colDef.field && e.newValue !== e.oldValue) onEdit(e.data, e.colDef.field, e.newValue, e.oldValue);
        }}
        singleClickEdit={false}
        stopEditingWhenCellsLoseFocus
        animateRows={false}
        suppressColumnVirtualisation
        overlayNoRowsTemplate="No recommendations match. Clear the search or filters, or add a recommendation."
      />
    </div>
  );
});
