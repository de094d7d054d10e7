import { useMemo, type Ref } from 'react';
import type { ColDef } from 'ag-grid-community';
import type { Person, RecommendationRow, Team } from '../../shared/contract';
import { PRIORITIES, PRIORITY_LABELS, RAG_LABELS, REC_STATUSES, REC_STATUS_LABELS, type Rag, type RecStatus } from '../../shared/domain/actionPlan';
import { RagBadge, StatusBadge } from '../components/Badges';
import { RegisterGrid, type RegisterGridHandle } from '../components/RegisterGrid';
import { WRAPPED, dateColumn } from '../components/gridColumns';
import { ACTION_PLAN_CSV } from './actionPlanCsv';

interface Props {
  rows: RecommendationRow[];
  people: Person[];
  teams: Team[];
  selectedId: number | null;
  onSelect(id: number): void;
  onEdit(row: RecommendationRow, field: string, value: unknown, oldValue: unknown): void;
  /** a value typed into a cell that cannot be saved: nothing changes, and the user is told why */
  onRefused(row: RecommendationRow, message: string): void;
  ref?: Ref<RegisterGridHandle>;
}

/** The action plan's recommendations: status, owner, priority and dates edited in place. */
export function RecommendationGrid({ rows, people, teams, selectedId, onSelect, onEdit, onRefused, ref }: Props) {
  const activePeople = useMemo(() => people.filter((p) => p.active), [people]);
  const personName = useMemo(() => new Map(people.map((p) => [p.id, p.name])), [people]);
  const teamName = useMemo(() => new Map(teams.map((t) => [t.id, t.name])), [teams]);

  const columns = useMemo<ColDef<RecommendationRow>[]>(
    () => [
      { field: 'ref', headerName: 'Ref', width: 80, pinned: 'left', comparator: (a: string, b: string) => a.length - b.length || a.localeCompare(b) },
      // the whole title, wrapped, never cut with an ellipsis
      { field: 'title', headerName: 'Recommendation', flex: 2, minWidth: 280, ...WRAPPED },
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
      dateColumn<RecommendationRow>('originalTargetDate', 'Original target', onRefused),
      dateColumn<RecommendationRow>('revisedTargetDate', 'Revised target', onRefused),
      dateColumn<RecommendationRow>('completionDate', 'Completed on', onRefused),
      { field: 'theme', headerName: 'Theme', width: 170, ...WRAPPED },
      {
        field: 'leadTeamId',
        headerName: 'Lead team',
        width: 190,
        ...WRAPPED,
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
      dateColumn<RecommendationRow>('latestNoteDate', 'Latest note'),
    ],
    [activePeople, personName, teamName, onRefused],
  );

  return (
    <RegisterGrid<RecommendationRow>
      ref={ref}
      columns={columns}
      rows={rows}
      selectedId={selectedId}
      onSelect={onSelect}
      onEdit={onEdit}
      csv={ACTION_PLAN_CSV}
      noRowsText="No recommendations match. Clear the search or filters, or add a recommendation."
    />
  );
}
