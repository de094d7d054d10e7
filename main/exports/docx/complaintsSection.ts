import { onTimeTargetNames, QUARTER_LABELS, type QuarterShare } from '../../../shared/charts/complaintsCharts';
import type { StageFigures } from '../../../shared/contract';
import {
  ACKNOWLEDGE_DAYS,
  COMPLAINT_OUTCOME_LABELS,
  COMPLAINT_OUTCOMES,
  EXTENSION_LIMIT,
  percentOnTime,
  RESPONSE_DAYS,
  type ComplaintStage,
} from '../../../shared/domain/complaints';
import { LATE_BANDS } from '../../../shared/domain/complaintsReport';
import { formatDateLong, formatDateShort } from '../../../shared/domain/dates';
import { formatMeasureValue } from '../../../shared/domain/measures';
import { count, plural } from '../../../shared/domain/plural';
import type { ComplaintsYearReport } from '../../complaints/paperFiguresRepo';
import { drawChart } from '../chartThread';
import type { ComplaintsSection } from '../paperParts/complaints';
import { heading, para, picture, type Block } from './blocks';
import { dataTable } from './dataTable';
import type { ReportNumbering } from './numbering';

// The annual complaints performance part of a committee paper (seed 003's performance overview,
// timeliness and Ombudsman sections), and its appendix of late responses.

const STAGES = [1, 2] as const;
const pct = (p: number | null) => (p === null ? 'none answered' : `${p.toFixed(1)}%`);
const stageOf = (r: ComplaintsYearReport, scope: 'all' | 'tsm', stage: ComplaintStage): StageFigures => r.figures[scope][`stage${stage}`];
const days = (d: number | null) => (d === null ? '–' : d.toFixed(1));

function overviewSentence(c: ComplaintsSection): string {
  const t = c.thisYear;
  const l = c.lastYear;
  const received = (r: ComplaintsYearReport, s: ComplaintStage) => count(stageOf(r, 'all', s).received);
  return (
    `In ${c.year} the service received ${received(t, 1)} stage 1 and ${received(t, 2)} stage 2 complaints, against ${received(l, 1)} and ${received(l, 2)} in ${c.previousYear}. ` +
    `${pct(stageOf(t, 'all', 1).percentOnTime)} of stage 1 responses were on time for all tenures, and ${pct(stageOf(t, 'tsm', 1).percentOnTime)} for tenants and shared owners, the tenures the tenant satisfaction measures count; ` +
    `at stage 2, ${pct(stageOf(t, 'all', 2).percentOnTime)} and ${pct(stageOf(t, 'tsm', 2).percentOnTime)}.`
  );
}

function overviewTable(c: ComplaintsSection): Block[] {
  const cols = [
    { r: c.lastYear, scope: 'all' as const },
    { r: c.lastYear, scope: 'tsm' as const },
    { r: c.thisYear, scope: 'all' as const },
    { r: c.thisYear, scope: 'tsm' as const },
  ];
  const rows = STAGES.flatMap((s) => [
    [`Stage ${s}: received`, ...cols.map((x) => count(stageOf(x.r, x.scope, s).received))],
    [`Stage ${s}: responded to`, ...cols.map((x) => count(stageOf(x.r, x.scope, s).responded))],
    [`Stage ${s}: on time`, ...cols.map((x) => count(stageOf(x.r, x.scope, s).onTime))],
    [`Stage ${s}: % on time`, ...cols.map((x) => (stageOf(x.r, x.scope, s).percentOnTime === null ? '–' : pct(stageOf(x.r, x.scope, s).percentOnTime)))],
    [`Stage ${s}: average working days to respond`, ...cols.map((x) => days(x.r.averageDays[x.scope][s]))],
  ]);
  return dataTable({
    caption: `Complaints received and answered in ${c.previousYear} and ${c.year}, all tenures and the tenant satisfaction measures’ tenures (TSM: tenants and shared owners)`,
    headers: ['Measure', `${c.previousYear} all tenures`, `${c.previousYear} TSM`, `${c.year} all tenures`, `${c.year} TSM`],
    rows,
  });
}

const shares = (r: ComplaintsYearReport): QuarterShare[] =>
  r.quarters.map((q) => ({ stage: q.stage, quarter: q.quarter, percent: percentOnTime(q.onTime, q.responded) }));

function chartBlocks(c: ComplaintsSection): Block[] {
  const quarters = shares(c.thisYear);
  if (quarters.every((q) => q.percent === null)) return [];
  const targets = { 1: c.onTimeTarget[1].value, 2: c.onTimeTarget[2].value };
  const words = (stage: 1 | 2) =>
    `stage ${stage} ${quarters
      .filter((q) => q.stage === stage)
      .map((q) => `${QUARTER_LABELS[q.quarter - 1]} ${q.percent === null ? 'none answered' : `${q.percent}%`}`)
      .join(', ')}`;
  const against = onTimeTargetNames(targets)
    .map((l) => l.name.toLowerCase())
    .join(' and ');
  const [width, height] = [600, 260];
  return [
    picture(drawChart('complaintsOnTime', [c.year, quarters, targets], width, height), width, height, {
      title: `Responses on time by quarter, ${c.year}`,
      description: `Bar chart of the share of responses on time in each quarter of ${c.year}, all tenures, against ${against}: ${words(1)}; ${words(2)}.`,
    }),
  ];
}

function targetSentence(c: ComplaintsSection): string {
  const t = c.onTimeTarget;
  const code = 'the Complaint Handling Code expects every response on time';
  if (t[1].from === 'code' && t[2].from === 'code') return `The chart sets each quarter against 100%: ${code}.`;
  return `The chart sets each quarter against the target for responses on time (${onTimeTargetNames({ 1: t[1].value, 2: t[2].value })
    .map((l) => l.name.toLowerCase())
    .join(', ')}); ${code}.`;
}

function timelinessBlocks(n: ReportNumbering, c: ComplaintsSection): Block[] {
  const t = c.thisYear;
  const late = (s: ComplaintStage) => t.lateBands[s].reduce((a, b) => a + b, 0);
  const lateWords = (s: ComplaintStage) =>
    late(s) === 0
      ? `no stage ${s} response was late`
      : `${plural(late(s), `stage ${s} response was`, `stage ${s} responses were`)} late: ${LATE_BANDS.map((b, i) => `${count(t.lateBands[s][i]!)} by ${b.label.toLowerCase()}`).join(', ')}`;
  return [
    heading('Timeliness', 3),
    n.para(
      `The Complaint Handling Code asks for a complaint to be acknowledged within ${ACKNOWLEDGE_DAYS} working days and answered within ${RESPONSE_DAYS[1]} working days at stage 1 and ${RESPONSE_DAYS[2]} at stage 2 after the acknowledgement, plus an extension of at most ${EXTENSION_LIMIT[1]} and ${EXTENSION_LIMIT[2]} working days. ${targetSentence(c)}`,
      { keepNext: true },
    ),
    ...chartBlocks(c),
    n.para(`In ${c.year}, ${lateWords(1)}; ${lateWords(2)}.`, { keepNext: true }),
    ...dataTable({
      caption: `Late responses in ${c.year} by how late, all tenures (working days after the due day)`,
      headers: ['How late', 'Stage 1', 'Stage 2'],
      rows: [
        ...LATE_BANDS.map((b, i) => [b.label, count(t.lateBands[1][i]!), count(t.lateBands[2][i]!)]),
        ['All late responses', count(late(1)), count(late(2))],
      ],
    }),
  ];
}

function outcomeBlocks(n: ReportNumbering, c: ComplaintsSection): Block[] {
  const o = c.thisYear.outcomes;
  const recorded = (s: ComplaintStage) => COMPLAINT_OUTCOMES.reduce((a, k) => a + o[s][k], 0);
  if (recorded(1) + recorded(2) === 0) return [heading('Outcomes', 3), n.para(`The complaints log records no outcomes for the responses of ${c.year}.`)];
  const upheld = (s: ComplaintStage) => percentOnTime(o[s].upheld + o[s].partly_upheld, recorded(s));
  const notRecorded = o[1].notRecorded + o[2].notRecorded > 0;
  return [
    heading('Outcomes', 3),
    n.para(
      `Of the responses with an outcome recorded, ${pct(upheld(1))} at stage 1 and ${pct(upheld(2))} at stage 2 upheld the complaint in full or in part.`,
      { keepNext: true },
    ),
    ...dataTable({
      caption: `Outcomes of the responses sent in ${c.year}, all tenures`,
      headers: ['Outcome', 'Stage 1', 'Stage 2'],
      rows: [
        ...COMPLAINT_OUTCOMES.map((k) => [COMPLAINT_OUTCOME_LABELS[k], count(o[1][k]), count(o[2][k])]),
        ...(notRecorded ? [['Not recorded', count(o[1].notRecorded), count(o[2].notRecorded)]] : []),
      ],
    }),
  ];
}

function serviceAreaBlocks(n: ReportNumbering, c: ComplaintsSection): Block[] {
  const areas = c.thisYear.serviceAreas;
  if (!areas.some((a) => a.serviceArea !== '')) return [];
  const onTime = (a: (typeof areas)[number], s: ComplaintStage) => (a.responded[s] === 0 ? '–' : pct(percentOnTime(a.onTime[s], a.responded[s])));
  return [
    heading('By service area', 3),
    n.para(`By service area, as the complaints log records it:`, { keepNext: true }),
    ...dataTable({
      caption: `Complaints received in ${c.year} and responses on time by service area, all tenures`,
      headers: ['Service area', 'Stage 1 received', 'Stage 1 on time', 'Stage 2 received', 'Stage 2 on time'],
      rows: areas.map((a) => [a.serviceArea || 'Not recorded', count(a.received[1]), onTime(a, 1), count(a.received[2]), onTime(a, 2)]),
    }),
  ];
}

function ombudsmanBlocks(n: ReportNumbering, c: ComplaintsSection): Block[] {
  if (!c.measures.length) return [];
  const value = (v: number | null, unit: Parameters<typeof formatMeasureValue>[1]) => (v === null ? 'Not recorded' : formatMeasureValue(v, unit));
  return [
    heading('Ombudsman determinations and compensation', 3),
    n.para(`The Housing Ombudsman’s determinations and the compensation paid, as recorded in the measures register for each year:`, { keepNext: true }),
    ...dataTable({
      caption: `Ombudsman determinations, maladministration rate and compensation paid, ${c.previousYear} and ${c.year}`,
      headers: ['Measure', c.previousYear, c.year],
      rows: c.measures.map((m) => [m.name, value(m.lastYear, m.unit), value(m.thisYear, m.unit)]),
    }),
  ];
}

/** The complaints part of a committee paper's current position: the last financial year ended by the data-as-at date, against the year before. */
export function complaintsPart(n: ReportNumbering, c: ComplaintsSection, withAppendix: boolean): Block[] {
  return [
    n.subheading(`Complaints performance, ${c.year}`),
    n.para(
      `The figures below are counted from the complaints log for the financial year ${c.year}, the last to end by ${formatDateLong(c.asAt)}, with ${c.previousYear} for comparison. ${overviewSentence(c)}`,
      { keepNext: true },
    ),
    ...overviewTable(c),
    ...timelinessBlocks(n, c),
    ...outcomeBlocks(n, c),
    ...serviceAreaBlocks(n, c),
    ...ombudsmanBlocks(n, c),
    ...(withAppendix ? [n.para(`The appendix lists the late responses of ${c.year}.`)] : []),
  ];
}

export function complaintsAppendix(c: ComplaintsSection): Block[] {
  const t = c.thisYear;
  if (!t.lateTotal) return [para(`No response in ${c.year} was late.`)];
  return [
    para(
      `${plural(t.lateTotal, 'response', 'responses')} sent in ${c.year} ${t.lateTotal === 1 ? 'was' : 'were'} late, all tenures${t.lateTotal > t.late.length ? `; the ${t.late.length} latest are listed` : ''}. Working days late are counted after the due day, to the response.`,
      { keepNext: true },
    ),
    ...dataTable({
      caption: `Late responses in ${c.year}, the latest first`,
      headers: ['Reference', 'Stage', 'Received', 'Due', 'Responded', 'Working days late'],
      rows: t.late.map((r) => [
        r.reference,
        String(r.stage),
        formatDateShort(r.received),
        formatDateShort(r.due),
        formatDateShort(r.responded),
        String(r.daysLate),
      ]),
    }),
    ...(t.lateTotal > t.late.length ? [para(`And ${plural(t.lateTotal - t.late.length, 'more late response')}.`)] : []),
  ];
}
