import type { RecommendationRow } from '../../../shared/contract';
import { ragChartOption, ragChartText } from '../../../shared/charts/actionPlanCharts';
import { RAG_LABELS, REC_STATUS_LABELS } from '../../../shared/domain/actionPlan';
import { formatDateLong } from '../../../shared/domain/dates';
import { plural } from '../../../shared/domain/plural';
import { renderChartPng } from '../charts';
import type { ActionPlanSection } from '../paperParts/actionPlan';
import { dataTable, heading, picture, type Block } from './blocks';
import type { ReportNumbering } from './numbering';
import { progressSentence } from './publicSections';

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
      RAG_LABELS[r.rag],
    ]),
    widths: [7, 27, 15, 13, 13, 12, 13],
  });

/** The action plan part of a committee paper's current position. */
export function actionPlanPart(n: ReportNumbering, a: ActionPlanSection, lastMeetingDate: string | null): Block[] {
  const since = lastMeetingDate ? `since the last meeting on ${formatDateLong(lastMeetingDate)}` : 'to date';
  return [
    heading(`${a.programmeName}: progress`, 3),
    n.para(`${progressSentence(a.counts)} By RAG status: ${ragChartText(a.byRag)}.`, { keepNext: true }),
    picture(renderChartPng(ragChartOption(a.byRag), 560, 205), 560, 205, {
      title: 'Recommendations by RAG status',
      description: `Bar chart of the ${plural(a.counts.total, 'recommendation')} by RAG status. ${ragChartText(a.byRag)}.`,
    }),
    n.para(
      a.attention.length
        ? `${a.attention.length} recommendation${a.attention.length === 1 ? ' is' : 's are'} overdue or rated red. They are listed below with their owners and their original and revised target dates.`
        : 'No recommendation is overdue or rated red.',
    ),
    ...(a.attention.length ? recTable('Recommendations overdue or rated red', a.attention) : []),
    n.para(
      a.completedSince.length
        ? `${a.completedSince.length} recommendation${a.completedSince.length === 1 ? ' was' : 's were'} completed ${since}: ${a.completedSince.map((r) => `${r.ref} (${r.title}, ${d(r.completionDate)})`).join('; ')}.`
        : `No recommendation was completed ${since}.`,
    ),
  ];
}

/** The appendix: every recommendation of the programme. */
export function actionPlanAppendix(a: ActionPlanSection): Block[] {
  return recTable(`Every recommendation of ${a.programmeName}`, a.all);
}
