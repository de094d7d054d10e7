import type { GridApi } from 'ag-grid-community';
import type { RecommendationRow } from '../../shared/contract';
import { RAG_LABELS } from '../../shared/domain/actionPlan';

const quote = (v: string) => `"${v.replace(/"/g, '""')}"`;

/**
 * The action plan as the grid shows it (its rows filtered and sorted, its columns in order, each
 * value as its cell shows it), as CSV. The grid's "Latest note" column holds the note's date, so the
 * CSV has it as "Latest note date" followed by the note itself, "Latest note".
 */
export function actionPlanCsv(api: GridApi<RecommendationRow>): string {
  const columns = api.getAllDisplayedColumns();
  const isNote = (field: string | undefined) => field === 'latestNoteDate';
  const header = columns.flatMap((c) => (isNote(c.getColDef().field) ? ['Latest note date', 'Latest note'] : [api.getDisplayNameForColumn(c, 'csv')]));
  const lines = [header];
  api.forEachNodeAfterFilterAndSort((node) => {
    const row = node.data;
    if (!row) return;
    lines.push(
      columns.flatMap((c) => {
        const field = c.getColDef().field;
        // the RAG cell draws a badge; its words are the RAG shown, override included
        const shown = field === 'rag' ? RAG_LABELS[row.rag] : String(api.getCellValue({ rowNode: node, colKey: c, useFormatter: true }) ?? '');
        return isNote(field) ? [shown, row.latestNoteText ?? ''] : [shown];
      }),
    );
  });
  return lines.map((cells) => cells.map(quote).join(',')).join('\r\n');
}
