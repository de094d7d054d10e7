import { useMemo, useState } from 'react';
import { AgGridReact } from 'ag-grid-react';
import { themeQuartz, type ColDef, type GridApi, type IDatasource } from 'ag-grid-community';
import type { HomeRow } from '../../shared/contract';
import { CHECK_TYPE_SHORT } from '../../shared/domain/compliance';
import { call } from '../api';
import { TENURE_LABELS, yesNo } from './labels';

// compact rows: a landlord's homes are read down a long list, so more of them show at once
const theme = themeQuartz.withParams({ fontFamily: 'inherit', fontSize: 14, headerFontWeight: 600, accentColor: '#1f4e9c', rowHeight: 28, headerHeight: 36 });
const PAGE = 100;
const SORTS: Record<string, 'uprn' | 'address' | 'block'> = { uprn: 'uprn', address: 'address', blockName: 'block' };

/**
 * The homes, fetched from main a block of rows at a time as the grid scrolls (a large landlord
 * has tens of thousands): search and sort happen in SQL, never in the browser.
 */
export function HomesGrid(props: {
  search: string;
  blockId: number | null;
  notCompliant: boolean;
  generation: number;
  onTotal(n: number | null): void;
  onSelect(id: number): void;
  onError(message: string): void;
}) {
  const { search, blockId, notCompliant, generation, onTotal, onSelect, onError } = props;
  const [, setApi] = useState<GridApi<HomeRow> | null>(null);
  const columns = useMemo<ColDef<HomeRow>[]>(
    () => [
      { field: 'uprn', headerName: 'UPRN', width: 135, sortable: true },
      { field: 'address', headerName: 'Address', flex: 2, minWidth: 300, sortable: true },
      {
        field: 'notInDate',
        headerName: 'Checks today',
        width: 230,
        // in words, never colour alone
        valueFormatter: (p) =>
          !p.data
            ? ''
            : !p.data.active
              ? 'Not in stock: no checks needed'
              : p.data.notInDate.length === 0
                ? 'All in date'
                : `Not in date: ${p.data.notInDate.map((t) => CHECK_TYPE_SHORT[t]).join(', ')}`,
        cellClass: (p) => (p.data && p.data.notInDate.length > 0 ? 'cell-alert' : undefined),
      },
      { field: 'blockName', headerName: 'Block', width: 130, sortable: true, valueFormatter: (p) => p.value ?? 'Street property' },
      { field: 'estateName', headerName: 'Estate', width: 150, valueFormatter: (p) => p.value ?? '' },
      { field: 'tenure', headerName: 'Tenure', width: 150, valueFormatter: (p) => (p.value ? TENURE_LABELS[p.value as keyof typeof TENURE_LABELS] : '') },
      { field: 'hasGas', headerName: 'Gas', width: 80, valueFormatter: (p) => (p.data ? yesNo(p.value as boolean) : '') },
      { field: 'active', headerName: 'In stock', width: 100, valueFormatter: (p) => (p.data ? yesNo(p.value as boolean) : '') },
    ],
    [],
  );
  const datasource = useMemo<IDatasource>(
    () => ({
      getRows(params) {
        const sort = params.sortModel[0];
        call('homes.list', {
          search,
          blockId,
          notCompliant,
          offset: params.startRow,
          limit: Math.min(500, params.endRow - params.startRow),
          sort: (sort && SORTS[sort.colId]) || 'uprn',
          descending: sort?.sort === 'desc',
        }).then(
          (page) => {
            onTotal(page.total);
            params.successCallback(page.rows, page.total);
          },
          (e) => {
            onError((e as Error).message);
            params.failCallback();
          },
        );
      },
    }),
    // generation: a change elsewhere (an edit in the panel) reloads the rows
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [search, blockId, notCompliant, generation],
  );
  return (
    <div className="grid-wrap">
      <AgGridReact<HomeRow>
        theme={theme}
        rowModelType="infinite"
        datasource={datasource}
        cacheBlockSize={PAGE}
        maxBlocksInCache={20}
        columnDefs={columns}
        defaultColDef={{ resizable: true, sortable: false }}
        getRowId={(p) => String(p.data.id)}
        onGridReady={(e) => setApi(e.api)}
        rowSelection={{ mode: 'singleRow', checkboxes: false, enableClickSelection: true }}
        onRowClicked={(e) => e.data && onSelect(e.data.id)}
        onCellKeyDown={(e) => {
          if ((e.event as KeyboardEvent | undefined)?.key === 'Enter' && e.data) onSelect(e.data.id);
        }}
        overlayNoRowsTemplate="No homes match."
        animateRows={false}
      />
    </div>
  );
}
