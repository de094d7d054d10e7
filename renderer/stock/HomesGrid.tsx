import { useMemo } from 'react';
import type { ColDef, IDatasource } from 'ag-grid-community';
import type { HomeRow } from '../../shared/contract';
import { CHECK_TYPE_SHORT } from '../../shared/domain/compliance';
import { call } from '../api';
import { RegisterGrid } from '../components/RegisterGrid';
import { TENURE_LABELS, yesNo } from './labels';

const PAGE = 100;
const SORTS: Record<string, 'uprn' | 'address' | 'block'> = { uprn: 'uprn', address: 'address', blockName: 'block' };

const COLUMNS: ColDef<HomeRow>[] = [
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
];

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
  return <RegisterGrid<HomeRow> columns={COLUMNS} datasource={datasource} blockSize={PAGE} onSelect={onSelect} noRowsText="No homes match." />;
}
