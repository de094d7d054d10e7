import type { MatrixCell } from '../../shared/contract';
import { cellText } from './MatrixGrid';

/** A cell's status as the matrix shows it: the word and its date, tinted by status. */
export function CellChip({ cell }: { cell: MatrixCell }) {
  return <span className={`status-chip status-${cell.status}`}>{cellText(cell)}</span>;
}
