import type { RecommendationRow } from '../../shared/contract';
import { RAG_LABELS } from '../../shared/domain/actionPlan';
import type { CsvColumnRules } from '../components/gridCsv';

/**
 * The action plan's CSV is the grid as shown, except: the RAG cell draws a badge, so its words are
 * the RAG shown (override included); the grid's "Latest note" column holds the note's date, so the
 * CSV has it as "Latest note date" followed by the note itself, "Latest note".
 */
export const ACTION_PLAN_CSV: CsvColumnRules<RecommendationRow> = {
  rag: { cells: (row) => [RAG_LABELS[row.rag]] },
  latestNoteDate: { headers: ['Latest note date', 'Latest note'], cells: (row, shown) => [shown, row.latestNoteText ?? ''] },
};
