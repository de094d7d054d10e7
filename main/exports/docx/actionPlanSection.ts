import type { RecommendationRow } from '../../../shared/contract';
import { ragChartText } from '../../../shared/charts/actionPlanCharts';
import { ragShown, REC_STATUS_LABELS } from '../../../shared/domain/actionPlan';
import { formatDateLong } from '../../../shared/domain/dates';
import { plural } from '../../../shared/domain/plural';
import { drawChart } from '../chartThread';
import type { ActionPlanSection } from '../paperParts/actionPlan';
import { picture, type Block } from './blocks';
import { dataTable } from './dataTable';
import type { ReportNumbering } from './numbering';
import type { ProgressCounts } from '../models';

const d = (x: string | null) => (x ? formatDateLong(x) : '–');

const recTable = (caption: string, rows: RecommendationRow[]) =>
  dataTable({
    caption,
    headers: ['Ref', 'Recommendation', 'Owner', 'Original target', 'Revised target', 'Status', 'RAG'],
    rows: rows.map((r) => [
      r.ref,
      r.title,
      r.ownerName ?? '–',
      d(r.originalTargetDate),
      d(r.revisedTargetDate),
      REC_STATUS_LABELS[r.status],
      ragShown(r).label,
    ]),
    widths: [7, 25, 13, 12, 12, 15, 16],
  });

/** "As at 4 Dec 2026, 9 of the 24 recommendations are complete, 10 are in progress, 4 have not started and 1 is on hold." */
export function progressAsAt(c: ProgressCounts, asAt: string): string {
  const are = (k: number) => (k === 1 ? 'is' : 'are');
  const parts = [
    `${c.completed} ${are(c.completed)} complete`,
    `${c.inProgress} ${are(c.inProgress)} in progress`,
    `${c.notStarted} ${c.notStarted === 1 ? 'has' : 'have'} not started`,
  ];
  if (c.onHold) parts.push(`${c.onHold} ${are(c.onHold)} on hold`);
  return `As at ${formatDateLong(asAt)}, ${c.completed} of the ${plural(c.total, 'recommendation')} ${are(c.completed)} complete, ${parts.slice(1, -1).join(', ')}${parts.length > 2 ? ' and ' : ''}${parts.at(-1)}.`;
}

/** The action plan part of a committee paper's current position. */
export function actionPlanPart(n: ReportNumbering, a: ActionPlanSection, asAt: string, lastMeetingDate: string | null): Block[] {
  const since = lastMeetingDate ? `since the last meeting on ${formatDateLong(lastMeetingDate)}` : 'to date';
  const rated = a.byRag.red + a.byRag.amber + a.byRag.green + a.byRag.complete;
  const unrated = a.counts.total - rated;
  return [
    n.subheading(`${a.programmeName}: progress`),
    n.para(
      `${progressAsAt(a.counts, asAt)} By RAG status: ${ragChartText(a.byRag)}${unrated ? ` (${unrated === 1 ? 'the recommendation on hold is' : `the ${unrated} on hold are`} not rated)` : ''}.`,
      { keepNext: true },
    ),
    picture(drawChart('rag', [a.byRag], 560, 205), 560, 205, {
      title: 'Recommendations by RAG status',
      description: `Bar chart of the ${plural(rated, 'recommendation')} rated by RAG status. ${ragChartText(a.byRag)}.`,
    }),
    n.para(
      a.attention.length
        ? `${a.attention.length} recommendation${a.attention.length === 1 ? ' is' : 's are'} overdue or rated red. They are listed below with their owners and their original and revised target dates.`
        : 'No recommendation is overdue or rated red.',
      { keepNext: a.attention.length > 0 },
    ),
    ...(a.attention.length ? recTable('Recommendations overdue or rated red', a.attention) : []),
    n.para(
      a.completedSince.length
        ? `${a.completedSince.length} recommendation${a.completedSince.length === 1 ? ' has' : 's have'} been completed ${since}: ${a.completedSince.map((r) => `${r.ref} (${r.title}, ${d(r.completionDate)})`).join('; ')}.`
        : `No recommendation has been completed ${since}.`,
    ),
  ];
}

/** The appendix: every recommendation of the programme. */
export function actionPlanAppendix(a: ActionPlanSection): Block[] {
  return recTable(`Every recommendation of ${a.programmeName}`, a.all);
}
