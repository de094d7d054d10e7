import type { Block } from './blocks';
import { dataTable, heading, picture } from './blocks';
import type { ReportNumbering } from './numbering';
import { compliancePercentOption } from '../../../shared/charts/complianceCharts';
import { CHECK_TYPE_LABELS, MEASURES, REMEDIAL_PRIORITY_LABELS, type RemedialPriority } from '../../../shared/domain/compliance';
import { formatDateLong } from '../../../shared/domain/dates';
import { renderChartPng } from '../charts';
import type { ComplianceSection } from '../paperModel';

const pct = (p: number | null) => (p === null ? 'not applicable' : `${p.toFixed(1)}%`);

/** The compliance part of a committee paper's current position. */
export function compliancePart(n: ReportNumbering, c: ComplianceSection, asAt: string): Block[] {
  const below = c.position.filter((p) => p.percent !== null && p.percent < c.target);
  const measures = (Object.keys(MEASURES) as (keyof typeof MEASURES)[]).map((code) => `${code} ${pct(c.measures[code].percent)}`).join(', ');
  return [
    heading('Building safety compliance', 3),
    n.para(
      below.length
        ? `As at ${formatDateLong(asAt)}, ${below.length} of the six building safety checks are below the target of ${c.target}% of homes: ${below.map((p) => `${CHECK_TYPE_LABELS[p.checkType].toLowerCase()} ${pct(p.percent)} (${p.overdue} homes not covered)`).join('; ')}.`
        : `As at ${formatDateLong(asAt)}, every building safety check is at the target of ${c.target}% of homes.`,
    ),
    picture(renderChartPng(compliancePercentOption(c.position, c.target), 640, 240), 600, 225, {
      title: 'Homes with each check in date',
      description: `Bar chart of the percentage of homes with each check in date, against a target of ${c.target}%: ${c.position.map((p) => `${CHECK_TYPE_LABELS[p.checkType]} ${pct(p.percent)}`).join('; ')}.`,
    }),
    dataTable(
      ['Check', 'Homes requiring', 'Compliant', 'Not compliant', 'Compliance', 'Target'],
      c.position.map((p) => [CHECK_TYPE_LABELS[p.checkType], String(p.requiring), String(p.compliant), String(p.overdue), pct(p.percent), `${c.target}%`]),
      [34, 13, 13, 14, 14, 12],
    ),
    n.para(`The regulator’s building safety measures at ${formatDateLong(c.measures.asAt)}, counted home by home: ${measures}.`),
    n.para(
      c.remedials.overdue
        ? `${c.remedials.overdue} of ${c.remedials.open} open remedial actions are overdue: ${c.remedials.byPriority
            .filter((p) => p.overdue)
            .map((p) => `${REMEDIAL_PRIORITY_LABELS[p.priority as RemedialPriority].toLowerCase()} ${p.overdue} (${p.over90} over 90 days)`)
            .join('; ')}.`
        : `No remedial action is overdue (${c.remedials.open} open).`,
    ),
  ];
}

export function complianceAppendix(c: ComplianceSection): Block[] {
  return [
    dataTable(
      ['Check', 'Homes requiring', 'Compliant', 'Due in 30 days', 'Due in 60 days', 'Due in 90 days'],
      c.position.map((p) => [CHECK_TYPE_LABELS[p.checkType], String(p.requiring), String(p.compliant), String(p.due30), String(p.due60), String(p.due90)]),
      [30, 14, 14, 14, 14, 14],
    ),
    ...(c.remedials.oldest.length
      ? [
          dataTable(
            ['Check', 'Where', 'Remedial action', 'Priority', 'Due', 'Days overdue', 'Owner'],
            c.remedials.oldest.map((r) => [r.checkType, r.where, r.description, REMEDIAL_PRIORITY_LABELS[r.priority as RemedialPriority], formatDateLong(r.dueDate), String(r.daysOverdue), r.ownerName ?? '–']),
            [9, 15, 26, 14, 13, 10, 13],
          ),
        ]
      : []),
  ];
}
