import { useImperativeHandle, useMemo, useRef, useState, type Ref } from 'react';
import { AgGridReact } from 'ag-grid-react';
import {
  AllCommunityModule,
  ModuleRegistry,
  themeQuartz,
  type CellClickedEvent,
  type CellKeyDownEvent,
  type CellValueChangedEvent,
  type ColDef,
  type FullWidthCellKeyDownEvent,
  type GridApi,
  type IDatasource,
} from 'ag-grid-community';
import { saveCsv } from '../download';
import { gridCsv, type CsvColumnRules } from './gridCsv';
import { useSelectRow } from './useSelectRow';

// Registered with the grid's own code, in the chunk of the pages that show a grid.
ModuleRegistry.registerModules([AllCommunityModule]);

const look = { fontFamily: 'inherit', fontSize: 14, headerFontWeight: 600, accentColor: '#1f4e9c' } as const;
const theme = themeQuartz.withParams({ ...look, rowHeight: 40 });
// compact rows: a long list read down (a landlord's homes) shows more of them at once
const compactTheme = themeQuartz.withParams({ ...look, rowHeight: 28, headerHeight: 36 });
// Module-level, as every object the grid is given: a new one at each render of the page (its total
// shown, a panel opened) makes the grid take its options again and redraw its rows.
const byBlockColumns = { resizable: true, sortable: false } as const;
const atHandColumns = { sortable: true, filter: true, resizable: true, wrapHeaderText: true, autoHeaderHeight: true } as const;
const rowSelection = { mode: 'singleRow', checkboxes: false, enableClickSelection: true } as const;
const rowId = (p: { data: { id: number } }) => String(p.data.id);

/** What a page can ask of its register's grid. */
export interface RegisterGridHandle {
  /** Saves the rows as the grid shows them (filtered, sorted, as words) as a CSV file. */
  exportCsv(fileName: string): void;
  /** Focuses one cell of a row, scrolled into view: after a dialog about that cell, the focus goes back to it. */
  focusCell(id: number, field: string): void;
}

interface Common<T> {
  columns: ColDef<T>[];
  /** a row clicked, or Enter on a cell that is not edited in place: the page opens its panel */
  onSelect(id: number): void;
  /** what the grid says when no row is left to show */
  noRowsText?: string;
  ref?: Ref<RegisterGridHandle>;
}

/** Every row at hand: the grid sorts and filters them by column, wraps its headers, and may edit cells in place. */
interface RowsAtHand<T> extends Common<T> {
  rows: T[];
  /** the row whose panel is open, selected and scrolled into view */
  selectedId: number | null;
  /** a cell edited in place, with a value other than it had */
  onEdit?(row: T, field: string, value: unknown, oldValue: unknown): void;
  /** the CSV export: how columns whose cells are not plain words are written */
  csv?: CsvColumnRules<T>;
  /** rows kept at the foot of the grid (totals), not sorted or filtered with the rest */
  pinnedBottom?: T[];
  /**
   * A grid of cells each with its own record (the training matrix): a click or Enter on a cell
   * opens that cell, not the row. The page says which columns open (`field` given).
   */
  onCellOpen?(row: T, field: string): void;
  /** draw only the columns scrolled into view (a wide matrix); otherwise every column is drawn */
  virtualColumns?: boolean;
}

/** Rows fetched a block at a time as the grid scrolls (tens of thousands): sorting and searching happen where the rows come from. */
interface RowsByBlock<T> extends Common<T> {
  datasource: IDatasource;
  blockSize: number;
}

export type RegisterGridProps<T> = RowsAtHand<T> | RowsByBlock<T>;

/**
 * The grid of a register page (action plan, policies, homes): one look, row ids from the records'
 * ids, one row selected at a time, Enter or a click to open a row's panel, arrow keys between
 * cells. Put it first in a `RegisterBody`, which places the panel beside it.
 */
export function RegisterGrid<T extends { id: number }>(props: RegisterGridProps<T>) {
  const { columns, onSelect, noRowsText, ref } = props;
  const atHand = 'rows' in props ? props : null;
  const [api, setApi] = useState<GridApi<T> | null>(null);
  useSelectRow(api, atHand?.selectedId ?? null, atHand?.rows);

  useImperativeHandle(
    ref,
    () => ({
      exportCsv(fileName) {
        if (api) saveCsv(fileName, gridCsv(api, atHand?.csv));
      },
      focusCell(id, field) {
        const index = api?.getRowNode(String(id))?.rowIndex;
        if (api && index != null) {
          api.ensureIndexVisible(index);
          api.setFocusedCell(index, field);
        }
      },
    }),
    [api, atHand?.csv],
  );

  // the page's latest callbacks, read when the grid calls: the grid's own handlers stay the same
  const latest = useRef({ onSelect, onCellOpen: atHand?.onCellOpen, onEdit: atHand?.onEdit });
  latest.current = { onSelect, onCellOpen: atHand?.onCellOpen, onEdit: atHand?.onEdit };
  const shared = useMemo(() => {
    const pinned = (node: { rowPinned?: string | null }) => Boolean(node.rowPinned);
    return {
      getRowId: rowId,
      onGridReady: (e: { api: GridApi<T> }) => setApi(e.api),
      rowSelection,
      onRowClicked: (e: { data?: T; node: { rowPinned?: string | null } }) =>
        !latest.current.onCellOpen && e.data && !pinned(e.node) && latest.current.onSelect(e.data.id),
      onCellClicked: (e: CellClickedEvent<T>) => {
        const open = latest.current.onCellOpen;
        if (open && e.data && e.colDef.colId && !pinned(e.node)) open(e.data, e.colDef.colId);
      },
      onCellKeyDown(e: CellKeyDownEvent<T> | FullWidthCellKeyDownEvent<T>) {
        const key = (e.event as KeyboardEvent | undefined)?.key;
        if (key !== 'Enter' || !e.data || !('colDef' in e) || e.colDef.editable || pinned(e.node)) return;
        const open = latest.current.onCellOpen;
        if (open) {
          if (e.colDef.colId) open(e.data, e.colDef.colId);
        } else latest.current.onSelect(e.data.id);
      },
      onCellValueChanged(e: CellValueChangedEvent<T>) {
        const edit = latest.current.onEdit;
        if (edit && e.data && e.colDef.field && e.newValue !== e.oldValue) edit(e.data, e.colDef.field, e.newValue, e.oldValue);
      },
      animateRows: false,
    };
  }, []);

  if ('datasource' in props) {
    const { datasource, blockSize } = props;
    return (
      <div className="grid-wrap">
        <AgGridReact<T>
          {...shared}
          columnDefs={columns}
          overlayNoRowsTemplate={noRowsText}
          theme={compactTheme}
          rowModelType="infinite"
          datasource={datasource}
          cacheBlockSize={blockSize}
          maxBlocksInCache={20}
          // sorted where the rows come from, only by the columns that say so; no column filters
          defaultColDef={byBlockColumns}
        />
      </div>
    );
  }
  const { rows, pinnedBottom, virtualColumns = false } = props;
  return (
    <div className="grid-wrap">
      <AgGridReact<T>
        {...shared}
        columnDefs={columns}
        overlayNoRowsTemplate={noRowsText}
        theme={theme}
        rowData={rows}
        pinnedBottomRowData={pinnedBottom}
        defaultColDef={atHandColumns}
        singleClickEdit={false}
        stopEditingWhenCellsLoseFocus
        // every column drawn, not only those scrolled into view, unless the page asks otherwise
        suppressColumnVirtualisation={!virtualColumns}
      />
    </div>
  );
}
