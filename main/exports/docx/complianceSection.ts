import type { Block } from './blocks';
import { dataTable, heading, para, picture } from './blocks';
import type { ReportNumbering } from './numbering';
import { compliancePercentOption, complianceTrendOption, complianceTrendText } from '../../../shared/charts/complianceCharts';
import type { OverdueCheck, RemedialSummary } from '../../../shared/contract';
import { CHECK_STATUS_LABELS, CHECK_TYPE_LABELS, MEASURES, REMEDIAL_PRIORITY_LABELS, type RemedialPriority } from '../../../shared/domain/compliance';
import { formatDateLong, formatMonth } from '../../../shared/domain/dates';
import { overdueWhere } from '../../../shared/domain/overdueLabels';
import { plural } from '../../../shared/domain/plural';
import { renderChartPng } from '../charts';
import type { ComplianceSection } from '../paperParts/compliance';

const pct = (p: number | null) => (p === null ? 'not applicable' : `${p.toFixed(1)}%`);

/** The compliance part of a committee paper's current position. */
export function compliancePart(n: ReportNumbering, c: ComplianceSection, asAt: string, withAppendix: boolean): Block[] {
  const below = c.position.filter((p) => p.percent !== null && p.percent < c.target);
  const measures = (Object.keys(MEASURES) as (keyof typeof MEASURES)[]).map((code) => `${code} ${pct(c.measures[code].percent)}`).join(', ');
  return [
    heading('Building safety compliance', 3),
    n.para(
      below.length
        ? `As at ${formatDateLong(asAt)}, ${below.length} of the six building safety checks ${below.length === 1 ? 'is' : 'are'} below the target of ${c.target}% of homes: ${below.map((p) => `${CHECK_TYPE_LABELS[p.checkType].toLowerCase()} ${pct(p.percent)} (${plural(p.overdue, 'home')} not covered)`).join('; ')}.`
        : `As at ${formatDateLong(asAt)}, every building safety check is at the target of ${c.target}% of homes.`,
      { keepNext: true },
    ),
    picture(renderChartPng(compliancePercentOption(c.position, c.target), 600, 225), 600, 225, {
      title: 'Homes with each check in date',
      description: `Bar chart of the percentage of homes with each check in date, against a target of ${c.target}%: ${c.position.map((p) => `${CHECK_TYPE_LABELS[p.checkType]} ${pct(p.percent)}`).join('; ')}.`,
    }),
    ...dataTable({
      caption: 'Homes with each check in date, against the target',
      headers: ['Check', 'Homes needing it', 'Compliant', 'Not compliant', 'Per cent', 'Target'],
      rows: c.position.map((p) => [
        CHECK_TYPE_LABELS[p.checkType],
        String(p.requiring),
        String(p.compliant),
        String(p.overdue),
        pct(p.percent),
        `${c.target}%`,
      ]),
      widths: [24, 16, 17, 17, 14, 12],
    }),
    n.para(overdueSentence(c, withAppendix)),
    n.para(`The regulator’s building safety measures at ${formatDateLong(c.measures.asAt)}, counted home by home: ${measures}.`),
    ...dataTable({
      caption: 'The regulator’s building safety measures BS01-BS05',
      headers: ['Measure', 'Check', 'Homes requiring', 'Compliant', 'Percentage'],
      rows: (Object.keys(MEASURES) as (keyof typeof MEASURES)[]).map((code) => [
        code,
        CHECK_TYPE_LABELS[MEASURES[code]],
        String(c.measures[code].requiring),
        String(c.measures[code].compliant),
        pct(c.measures[code].percent),
      ]),
      widths: [14, 38, 16, 16, 16],
    }),
    n.para(remedialSentence(c.remedials)),
  ];
}

const countOf = (rows: OverdueCheck[], scope: OverdueCheck['scope']) => rows.filter((r) => r.scope === scope).length;

/** "8 of the 9 open remedial actions are overdue: 6 due within 28 days (6 of them by more than 90 days); …" */
export function remedialSentence(r: RemedialSummary): string {
  if (!r.overdue) return r.open ? `No remedial action is overdue (${r.open} open).` : 'No remedial action is open.';
  const parts = r.byPriority
    .filter((p) => p.overdue)
    .map((p) => {
      const label = REMEDIAL_PRIORITY_LABELS[p.priority as RemedialPriority].toLowerCase();
      const when = p.priority === 'immediate' || p.priority === 'advisory' ? `of ${label} priority` : `due ${label}`;
      return `${p.overdue} ${when}${p.over90 ? ` (${p.over90 === p.overdue ? (p.overdue === 1 ? 'it by' : 'all by') : `${p.over90} of them by`} more than 90 days)` : ''}`;
    });
  return `${r.overdue} of the ${plural(r.open, 'open remedial action')} ${r.overdue === 1 ? 'is' : 'are'} overdue: ${parts.join('; ')}.`;
}

function overdueSentence(c: ComplianceSection, withAppendix: boolean): string {
  if (c.overdue.total === 0) return 'No check is overdue.';
  const never = c.overdue.rows.filter((r) => r.coverUntil === null).length;
  const longest = c.overdue.rows.find((r) => r.daysOverdue !== null);
  return (
    `${plural(c.overdue.total, 'check')} ${c.overdue.total === 1 ? 'is overdue or has' : 'are overdue or have'} never been recorded` +
    (c.overdue.rows.length === c.overdue.total
      ? ` (${countOf(c.overdue.rows, 'home')} in homes, ${countOf(c.overdue.rows, 'block')} communal, ${plural(countOf(c.overdue.rows, 'lift'), 'lift')})`
      : '') +
    (never && c.overdue.rows.length === c.overdue.total ? `, ${never} of them never recorded` : '') +
    (longest ? `; the longest overdue ran out on ${formatDateLong(longest.coverUntil)}, ${plural(longest.daysOverdue!, 'day')} before this report` : '') +
    (withAppendix ? '. The appendix lists them with their owners.' : '.')
  );
}

export function complianceAppendix(c: ComplianceSection): Block[] {
  return [
    picture(renderChartPng(complianceTrendOption(c.trend, c.target, formatMonth), 600, 281), 600, 281, {
      title: 'Homes with each check in date, month by month',
      description: `Line chart of the percentage of homes with each check in date at ${complianceTrendText(c.trend, formatMonth)}`,
    }),
    ...(c.overdue.rows.length
      ? [
          para(
            c.overdue.rows.length < c.overdue.total
              ? `The ${c.overdue.rows.length} longest overdue of the ${c.overdue.total} overdue checks, with who is responsible for each:`
              : c.overdue.total === 1
                ? 'The overdue check, with who is responsible for it:'
                : `The ${c.overdue.total} overdue checks, with who is responsible for each:`,
          ),
          ...dataTable({
            caption: 'Overdue checks',
            headers: ['Check', 'Where', 'Ran out', 'Days overdue', 'Status', 'Owner'],
            rows: c.overdue.rows.map((r) => [
              CHECK_TYPE_LABELS[r.checkType],
              overdueWhere(r),
              r.coverUntil ? formatDateLong(r.coverUntil) : 'Never recorded',
              r.daysOverdue === null ? '–' : String(r.daysOverdue),
              CHECK_STATUS_LABELS[r.status],
              r.ownerName ?? '–',
            ]),
            widths: [17, 29, 13, 12, 13, 16],
          }),
        ]
      : []),
    ...dataTable({
      caption: 'Checks falling due in the next 30, 60 and 90 days',
      headers: ['Check', 'Homes requiring', 'Compliant', 'Due in 30 days', 'Due in 60 days', 'Due in 90 days'],
      rows: c.position.map((p) => [
        CHECK_TYPE_LABELS[p.checkType],
        String(p.requiring),
        String(p.compliant),
        String(p.due30),
        String(p.due60),
        String(p.due90),
      ]),
      widths: [30, 14, 14, 14, 14, 14],
    }),
    ...(c.remedials.oldest.length
      ? [
          ...dataTable({
            caption: 'The oldest overdue remedial actions',
            headers: ['Check', 'Where', 'Remedial action', 'Priority', 'Due', 'Days overdue', 'Owner'],
            rows: c.remedials.oldest.map((r) => [
              r.checkType,
              r.where,
              r.description,
              REMEDIAL_PRIORITY_LABELS[r.priority as RemedialPriority],
              formatDateLong(r.dueDate),
              String(r.daysOverdue),
              r.ownerName ?? '–',
            ]),
            widths: [9, 15, 26, 14, 13, 10, 13],
          }),
        ]
      : []),
  ];
}
