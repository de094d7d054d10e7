import { forwardRef, useMemo, useState } from 'react';
import { useSelectRow } from '../components/useSelectRow';
import { AgGridReact } from 'ag-grid-react';
import { themeQuartz, type CellValueChangedEvent, type ColDef, type GetRowIdParams, type GridApi } from 'ag-grid-community';
import type { Person, RecommendationRow, Team } from '../../shared/contract';
import { PRIORITIES, PRIORITY_LABELS, RAG_LABELS, REC_STATUSES, REC_STATUS_LABELS, type Rag, type RecStatus } from '../../shared/domain/actionPlan';
import { formatDateShort } from '../../shared/domain/dates';
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
}

const dateCol = (field: keyof RecommendationRow, headerName: string, editable: boolean, width = 130): ColDef<RecommendationRow> => ({
  field,
  headerName,
  editable,
  width,
  cellEditor: 'agDateStringCellEditor',
  valueFormatter: (p) => formatDateShort(p.value as string | null),
  comparator: (a: string | null, b: string | null) => (a ?? '9999').localeCompare(b ?? '9999'),
});

export const RecommendationGrid = forwardRef<AgGridReact<RecommendationRow>, Props>(function RecommendationGrid(
  { rows, people, teams, selectedId, onSelect, onEdit },
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
      { field: 'title', headerName: 'Recommendation', flex: 2, minWidth: 260, tooltipField: 'title' },
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
      dateCol('originalTargetDate', 'Original target', true),
      dateCol('revisedTargetDate', 'Revised target', true),
      dateCol('completionDate', 'Completed on', true),
      { field: 'theme', headerName: 'Theme', width: 170 },
      {
        field: 'leadTeamId',
        headerName: 'Lead team',
        width: 190,
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
      dateCol('latestNoteDate', 'Latest note', false),
    ],
    [activePeople, personName, teamName],
  );

  return (
    <div className="grid-wrap">
      <AgGridReact<RecommendationRow>
        ref={ref}
        theme={theme}
        rowData={rows}
        columnDefs={columns}
        defaultColDef={{ sortable: true, filter: true, resizable: true }}
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
