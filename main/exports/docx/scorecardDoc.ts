import type { Document, Paragraph, Table } from 'docx';
import { formatDateLong, formatMonth } from '../../../shared/domain/dates';
import { parseFinancialYear, previousYear } from '../../../shared/domain/measures';
import type { PerformanceSection } from '../paperParts/performance';
import { heading, Landscape, para, type Block } from './blocks';
import { buildDocument } from './frame';
import { offTargetBlocks, offTargetSentences, overviewSentence, performanceTable, periodWords } from './performanceSection';

// The performance scorecard as a Word document: a landscape A4 page or two with the committee
// paper's table of performance against target and its sentences for the measures off target.

export const scorecardTitle = (p: PerformanceSection) => `Performance scorecard ${p.card.year}`;

/** Every block on one landscape section: a table's own Landscape wrapper is opened up. */
const landscape = (blocks: Block[]): Landscape => new Landscape(blocks.flatMap((b) => (b instanceof Landscape ? b.blocks : [b as Paragraph | Table])));

export function buildScorecardDocument(p: PerformanceSection, today: string, org: string): Promise<Document> {
  const y = parseFinancialYear(p.card.year);
  const span = y.ok ? ` (${formatDateLong(y.value.start)} to ${formatDateLong(y.value.end)})` : '';
  const meta = {
    title: scorecardTitle(p),
    date: today,
    subject: `Performance against target, ${periodWords(p)}`,
    creator: org || 'Housing Desk',
    description: `Performance scorecard for ${periodWords(p)}: each measure against its target`,
    contents: 'never' as const,
  };
  return buildDocument(meta, () => [
    landscape([
      heading(scorecardTitle(p), 'title'),
      para(
        `Financial year ${p.card.year}${span}, to the end of ${formatMonth(p.card.upTo)}: this year to date set against the whole of ${previousYear(p.card.year)} and this year’s target. Produced on ${formatDateLong(today)}.`,
      ),
      para(overviewSentence(p), { keepNext: true }),
      ...performanceTable(p, { landscape: true }),
      heading('Measures off target', 1),
      ...offTargetBlocks(offTargetSentences(p), (text) => para(text, { keepNext: true })),
    ]),
  ]);
}
