import { useMemo } from 'react';
import type { ColDef } from 'ag-grid-community';
import type { MatrixCell, MatrixPerson, TrainingFigure, TrainingMatrix } from '../../shared/contract';
import { formatDateShort } from '../../shared/domain/dates';
import { countsAsCompliant, trainingFigure, TRAINING_STATUS_LABELS } from '../../shared/domain/training';
import { RegisterGrid } from '../components/RegisterGrid';
import { count } from '../../shared/domain/plural';

/** A row of the grid: a person, or the totals row at its foot (id 0). */
export type MatrixRow = Pick<MatrixPerson, 'id' | 'name' | 'teamName' | 'jobRoleName' | 'cells' | 'required' | 'compliant' | 'percent'> & {
  /** the totals row: each course's figure over the people shown */
  totals?: TrainingFigure[];
};

export const courseColumn = (courseId: number) => `course:${courseId}`;

/** "In date 10/01/2027", "Due 30/12/2026", "Missing": the word always, the date where there is one. */
export function cellText(cell: MatrixCell): string {
  const word = TRAINING_STATUS_LABELS[cell.status];
  return cell.date ? `${word} ${formatDateShort(cell.date)}` : word;
}

const figureText = (f: { required: number; compliant: number; percent: number | null }) =>
  f.percent === null ? 'None required' : `${f.percent}% (${count(f.compliant)} of ${count(f.required)})`;

/**
 * The training matrix: people down, the courses shown across (only the columns in view are
 * drawn), each cell its status in words with its date, coloured by status; each person's
 * compliance on the right and each course's at the foot. A click or Enter on a cell opens it.
 */
export function MatrixGrid({
  matrix,
  people,
  shown,
  onOpen,
  onOpenPerson,
}: {
  matrix: TrainingMatrix;
  people: MatrixPerson[];
  /** the indexes of the courses shown (a category filter leaves some out) */
  shown: number[];
  onOpen(personId: number, courseIndex: number): void;
  /** a click or Enter on a name opens the person's record */
  onOpenPerson(personId: number): void;
}) {
  const columns = useMemo<ColDef<MatrixRow>[]>(
    () => [
      {
        field: 'name',
        colId: 'name',
        headerName: 'Name',
        pinned: 'left',
        width: 190,
        cellClass: 'matrix-name',
        headerTooltip: 'Open a name for the person’s record',
      },
      { field: 'teamName', headerName: 'Team', width: 140, valueFormatter: (p) => (p.node?.rowPinned ? '' : ((p.value as string | null) ?? '–')) },
      {
        field: 'jobRoleName',
        headerName: 'Job role',
        width: 160,
        valueFormatter: (p) => (p.node?.rowPinned ? '' : ((p.value as string | null) ?? 'No job role')),
      },
      ...shown.map((i): ColDef<MatrixRow> => {
        const course = matrix.courses[i]!;
        return {
          colId: courseColumn(course.id),
          headerName: `${course.name}${course.mandatory ? ' (mandatory)' : ''}`,
          headerTooltip: `${course.category || 'No category'}${course.mandatory ? ', mandatory' : ''}`,
          width: 172,
          valueGetter: (p) => (p.data?.totals ? figureText(p.data.totals[i]!) : cellText(p.data!.cells[i]!)),
          // sorted by status, then date: what needs doing first
          comparator: (_a, _b, na, nb) => {
            const [ca, cb] = [na.data?.cells[i], nb.data?.cells[i]];
            if (!ca || !cb) return 0;
            return STATUS_ORDER.indexOf(ca.status) - STATUS_ORDER.indexOf(cb.status) || (ca.date ?? '').localeCompare(cb.date ?? '');
          },
          cellClass: (p) => (p.data?.totals ? 'matrix-total' : `matrix-cell status-${p.data!.cells[i]!.status}`),
        };
      }),
      {
        colId: 'compliance',
        headerName: 'Compliance',
        pinned: 'right',
        width: 160,
        valueGetter: (p) => (p.data ? figureText(p.data) : ''),
        comparator: (_a, _b, na, nb) => (na.data?.percent ?? 101) - (nb.data?.percent ?? 101),
      },
    ],
    [matrix, shown],
  );
  const rows: MatrixRow[] = people;
  const totals: MatrixRow[] = [
    {
      id: 0,
      name: 'All shown',
      teamName: null,
      jobRoleName: null,
      cells: [],
      totals: matrix.courses.map((_c, i) => totalOf(people.map((p) => p.cells[i]!))),
      ...trainingFigure(
        people.reduce((n, p) => n + p.required, 0),
        people.reduce((n, p) => n + p.compliant, 0),
      ),
    },
  ];
  return (
    <RegisterGrid<MatrixRow>
      columns={columns}
      rows={rows}
      selectedId={null}
      pinnedBottom={totals}
      virtualColumns
      onSelect={() => {}}
      onCellOpen={(row, colId) => {
        if (colId === 'name') return onOpenPerson(row.id);
        const course = matrix.courses.findIndex((c) => courseColumn(c.id) === colId);
        if (course >= 0) onOpen(row.id, course);
      }}
      noRowsText="Nobody matches these filters on this date."
    />
  );
}

const STATUS_ORDER = ['missing', 'expired', 'due', 'due_soon', 'waived', 'in_date', 'not_required'];

/** A course's figure over the people shown (the filters are the page's, so the foot follows them). */
function totalOf(cells: MatrixCell[]): TrainingFigure {
  const required = cells.filter((c) => c.status !== 'not_required');
  return trainingFigure(required.length, required.filter((c) => countsAsCompliant(c.status)).length);
}
