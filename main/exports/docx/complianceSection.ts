import type { Block } from './blocks';
import { para, picture } from './blocks';
import { dataTable } from './dataTable';
import type { ReportNumbering } from './numbering';
import { complianceTrendText } from '../../../shared/charts/complianceCharts';
import type { OverdueCheck, RemedialSummary } from '../../../shared/contract';
import {
  CHECK_STATUS_LABELS,
  CHECK_TYPE_LABELS,
  MEASURES,
  REMEDIAL_PRIORITY_LABELS,
  type CheckType,
  type MeasureCode,
  type RemedialPriority,
} from '../../../shared/domain/compliance';
import { formatDateLong, formatMonth } from '../../../shared/domain/dates';
import { overdueWhere } from '../../../shared/domain/overdueLabels';
import { plural } from '../../../shared/domain/plural';
import { drawChart } from '../chartThread';
import type { ComplianceSection } from '../paperParts/compliance';

const pct = (p: number | null) => (p === null ? 'not applicable' : `${p.toFixed(1)}%`);

const MEASURE_CODES = Object.keys(MEASURES) as MeasureCode[];

/** "fire risk assessment (BS02) 89.2%, down from 100.0%": a measure now and at the year end, as it reads aloud. */
function measureSpoken(c: ComplianceSection, code: MeasureCode): string {
  const now = c.measures[code].percent;
  const then = c.measuresYearEnd[code].percent;
  const name = `${CHECK_TYPE_LABELS[MEASURES[code]].toLowerCase()} (${code})`;
  if (now === null) return `${name} not applicable, as no home needs it`;
  if (then === null) return `${name} ${pct(now)}`;
  if (now === then) return `${name} ${pct(now)}, the same as at the year end`;
  return `${name} ${pct(now)}, ${now > then ? 'up from' : 'down from'} ${pct(then)}`;
}

/** The paper's sentence on the checks below the target, each with its percentage and the homes it leaves uncovered. */
export function positionSentence(
  position: readonly Pick<ComplianceSection['position'][number], 'checkType' | 'percent' | 'overdue'>[],
  target: number,
  asAt: string,
): string {
  const below = position.filter((p) => p.percent !== null && p.percent < target);
  if (below.length === 0) return `As at ${formatDateLong(asAt)}, every building safety check is at or above the target of ${target}% of homes.`;
  // the position is always the six checks
  const which =
    below.length === position.length
      ? 'all six building safety checks are'
      : `${below.length} of the six building safety checks ${below.length === 1 ? 'is' : 'are'}`;
  return `As at ${formatDateLong(asAt)}, ${which} below the target of ${target}% of homes: ${below.map((p) => `${CHECK_TYPE_LABELS[p.checkType].toLowerCase()} at ${pct(p.percent)}, with ${plural(p.overdue, 'home')} not covered`).join('; ')}.`;
}

/** The compliance part of a committee paper's current position, its figures as at the paper's data-as-at date. */
export function compliancePart(n: ReportNumbering, c: ComplianceSection, asAt: string, withAppendix: boolean): Block[] {
  const yearEnd = formatDateLong(c.measuresYearEnd.asAt);
  return [
    n.subheading('Building safety compliance'),
    n.para(positionSentence(c.position, c.target, asAt), { keepNext: true }),
    picture(drawChart('compliancePercent', [c.position, c.target], 600, 225), 600, 225, {
      title: 'Homes with each check in date',
      description: `Bar chart of the percentage of homes with each check in date, against a target of ${c.target}%: ${c.position.map((p) => `${CHECK_TYPE_LABELS[p.checkType]} ${pct(p.percent)}`).join('; ')}.`,
    }),
    ...dataTable({
      caption: `Homes with each check in date on ${formatDateLong(asAt)}, against the target`,
      headers: ['Check', 'Homes needing it', 'Compliant', 'Not compliant', 'Percentage', 'Target'],
      rows: c.position.map((p) => [
        CHECK_TYPE_LABELS[p.checkType],
        String(p.requiring),
        String(p.compliant),
        String(p.overdue),
        pct(p.percent),
        `${c.target}%`,
      ]),
      widths: [24, 15, 15, 16, 17, 13],
    }),
    para(
      'This table counts every home a check covers, leaseholders’ homes included: a block’s fire risk assessment, for example, counts for every flat in the block. The regulator’s measures below count the council’s rented homes only, so their figures for the same check can differ.',
    ),
    n.para(overdueSentence(c, asAt, withAppendix)),
    n.para(
      `The regulator’s building safety measures, counted home by home, stood on ${formatDateLong(c.measures.asAt)} as follows, compared with the last year end on ${yearEnd}: ${MEASURE_CODES.map((code) => measureSpoken(c, code)).join('; ')}. The target for each is ${c.target}%.`,
      { keepNext: true },
    ),
    ...dataTable({
      caption: 'The regulator’s building safety measures BS01 to BS05: previous year end, this figure and target',
      headers: ['Measure', 'Check', `Last year end (${yearEnd})`, `This figure (${formatDateLong(c.measures.asAt)})`, 'Target'],
      rows: MEASURE_CODES.map((code) => [
        code,
        CHECK_TYPE_LABELS[MEASURES[code]],
        pct(c.measuresYearEnd[code].percent),
        `${pct(c.measures[code].percent)} (${c.measures[code].compliant} of ${plural(c.measures[code].requiring, 'home')})`,
        `${c.target}%`,
      ]),
      widths: [13, 33, 16, 24, 14],
    }),
    n.para(remedialSentence(c.remedials)),
  ];
}

const countOf = (rows: OverdueCheck[], scope: OverdueCheck['scope']) => rows.filter((r) => r.scope === scope).length;

/** "8 of the 9 open remedial actions are overdue: 6 to be done within 28 days, all of them more than 90 days overdue; and 2 …" */
export function remedialSentence(r: RemedialSummary): string {
  if (!r.overdue) {
    if (!r.open) return 'No remedial action is open.';
    return r.open === 1 ? 'The one open remedial action is not overdue.' : `None of the ${r.open} open remedial actions is overdue.`;
  }
  const parts = r.byPriority
    .filter((p) => p.overdue)
    .map((p) => {
      const label = REMEDIAL_PRIORITY_LABELS[p.priority as RemedialPriority].toLowerCase();
      const what = p.priority === 'immediate' || p.priority === 'advisory' ? `of ${label} priority` : `to be done ${label}`;
      const late = !p.over90
        ? ''
        : p.over90 === p.overdue
          ? p.overdue === 1
            ? ', more than 90 days overdue'
            : ', all of them more than 90 days overdue'
          : `, ${p.over90} of them more than 90 days overdue`;
      return `${p.overdue} ${what}${late}`;
    });
  const list = parts.length > 1 ? `${parts.slice(0, -1).join('; ')}; and ${parts.at(-1)}` : parts[0];
  const head =
    r.overdue === r.open
      ? r.open === 1
        ? 'The one open remedial action is overdue'
        : `All ${r.open} open remedial actions are overdue`
      : `${r.overdue} of the ${plural(r.open, 'open remedial action')} ${r.overdue === 1 ? 'is' : 'are'} overdue`;
  return `${head}: ${list}.`;
}

function overdueSentence(c: ComplianceSection, asAt: string, withAppendix: boolean): string {
  if (c.overdue.total === 0) return 'No check is overdue, and none has gone unrecorded.';
  const all = c.overdue.rows.length === c.overdue.total;
  const never = c.overdue.rows.filter((r) => r.coverUntil === null).length;
  const longest = c.overdue.rows.find((r) => r.daysOverdue !== null);
  const lifts = countOf(c.overdue.rows, 'lift');
  const where = [
    `${countOf(c.overdue.rows, 'home')} in homes`,
    `${countOf(c.overdue.rows, 'block')} in blocks’ communal areas`,
    `${lifts} on ${lifts === 1 ? 'a lift' : 'lifts'}`,
  ];
  return (
    `${plural(c.overdue.total, 'check')} ${c.overdue.total === 1 ? 'is overdue or has' : 'are overdue or have'} never been recorded` +
    (all ? `: ${where.slice(0, -1).join(', ')} and ${where.at(-1)}` : '') +
    '.' +
    (never && all ? ` ${never === 1 ? 'One of them has' : `${never} of them have`} never been recorded.` : '') +
    (longest
      ? ` The longest overdue ran out on ${formatDateLong(longest.coverUntil)}, ${plural(longest.daysOverdue!, 'day')} before ${formatDateLong(asAt)}.`
      : '') +
    (withAppendix ? ' The appendix lists them with their owners.' : '')
  );
}

export function complianceAppendix(c: ComplianceSection): Block[] {
  return [
    picture(drawChart('complianceTrend', [c.trend, c.target], 600, 281), 600, 281, {
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
            { keepNext: true },
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
      widths: [28, 14, 16, 14, 14, 14],
    }),
    ...(c.remedials.oldest.length
      ? [
          ...dataTable({
            caption: 'The oldest overdue remedial actions',
            headers: ['Check', 'Where', 'Remedial action', 'Priority', 'Due', 'Days overdue', 'Owner'],
            rows: c.remedials.oldest.map((r) => [
              CHECK_TYPE_LABELS[r.checkType as CheckType] ?? r.checkType,
              r.where,
              r.description,
              REMEDIAL_PRIORITY_LABELS[r.priority as RemedialPriority],
              formatDateLong(r.dueDate),
              String(r.daysOverdue),
              r.ownerName ?? '–',
            ]),
            widths: [15, 19, 18, 11, 11, 13, 13],
          }),
        ]
      : []),
  ];
}
