import type { ColDef, ColDefField, SuppressKeyboardEventParams } from 'ag-grid-community';
import { formatDateShort, notARealDate, parseUkDate } from '../../shared/domain/dates';
import { labelOfField } from '../../shared/domain/fieldLabels';

/** A cell that shows all its text over as many lines as it needs, never cut with an ellipsis. */
export const WRAPPED = { wrapText: true, autoHeight: true, cellClass: 'cell-wrap' } as const;

/** Dates sort in order, an empty date last. */
const byDate = (a: string | null, b: string | null) => (a ?? '9999').localeCompare(b ?? '9999');

/**
 * A date column, shown in UK form. With `refuse` it is editable as text, the way UK users type
 * dates (31/03/2027, 31/3/27): a plain text box, so the arrow keys move between cells rather than
 * step the date as the browser's date box does. Text that is not a real date keeps the cell's
 * value, and `refuse` says why.
 */
export function dateColumn<T>(field: ColDefField<T>, headerName: string, refuse?: (row: T, message: string) => void, width = 130): ColDef<T> {
  const shown: ColDef<T> = {
    field,
    headerName,
    width,
    valueFormatter: (p) => formatDateShort(p.value as string | null),
    comparator: byDate,
  };
  if (!refuse) return shown;
  return {
    ...shown,
    editable: true,
    cellEditor: 'agTextCellEditor',
    cellEditorParams: { useFormatter: true },
    valueParser: (p) => {
      const text = String(p.newValue ?? '').trim();
      if (text === '') return null;
      const iso = parseUkDate(text);
      if (iso) return iso;
      if (p.data) refuse(p.data, `${notARealDate(labelOfField(field))} “${text}” was not saved.`);
      return p.oldValue as string | null;
    },
    suppressKeyboardEvent: arrowsLeaveEditor,
  };
}

/** Up and down in a cell being edited keep what was typed and move to the cell above or below, as in a spreadsheet. */
export function arrowsLeaveEditor<T>(p: SuppressKeyboardEventParams<T>): boolean {
  const key = p.event.key;
  if (!p.editing || p.event.type !== 'keydown' || (key !== 'ArrowUp' && key !== 'ArrowDown')) return false;
  const to = (p.node.rowIndex ?? 0) + (key === 'ArrowDown' ? 1 : -1);
  p.api.stopEditing();
  if (to >= 0 && to < p.api.getDisplayedRowCount()) p.api.setFocusedCell(to, p.column);
  else p.api.setFocusedCell(p.node.rowIndex ?? 0, p.column);
  return true;
}
