import type { ScorecardRow } from '../../../shared/contract';
import { percentChartHeight } from '../../../shared/charts/performanceCharts';
import { formatMonth } from '../../../shared/domain/dates';
import { formatMeasureValue, monthsOfYear, previousYear, type Frequency, type MeasureUnit } from '../../../shared/domain/measures';
import { offTargetSentence, statusWord, STATUS_WORDS, targetWords, type StatusWord } from '../../../shared/domain/performanceReport';
import { plural } from '../../../shared/domain/plural';
import { drawChart } from '../chartThread';
import type { PerformanceSection } from '../paperParts/performance';
import { bullets, para, picture, type Block } from './blocks';
import { dataTable } from './dataTable';
import type { ReportNumbering } from './numbering';

// Performance against target, in the form of the annual reports' tables (seed 004: measure, last
// year, this year, target), for the committee paper's part and the scorecard document alike.

/** Status tints behind the status words: light, so that the black text keeps its contrast. */
const STATUS_FILL: Partial<Record<StatusWord, string>> = { on_target: 'D8EDDC', within_tolerance: 'FBE7C6', off_target: 'F6D5D2' };

const measureName = (r: ScorecardRow) => `${r.name} (${r.code})`;
const yearEnded = (p: PerformanceSection) => p.card.upTo === monthsOfYear(p.card.year).at(-1);
/** "2026/27 to the end of November 2026", or "2026/27" once the year is over. */
export const periodWords = (p: PerformanceSection) => (yearEnded(p) ? p.card.year : `${p.card.year} to the end of ${formatMonth(p.card.upTo)}`);

/** One sentence for each measure off target, in the register's order. */
export function offTargetSentences(p: PerformanceSection): string[] {
  return p.card.rows
    .filter((r) => statusWord(r) === 'off_target')
    .map((r) => offTargetSentence({ name: r.name, unit: r.unit, value: r.thisYear!, target: r.target!, previous: r.lastYear, partYear: !yearEnded(p) }));
}

/** "For 2026/27 to the end of November 2026, the 23 measures in the register stand as follows: 8 on target, 3 within tolerance, 5 off target, …" */
export function overviewSentence(p: PerformanceSection): string {
  const count = (w: StatusWord) => p.card.rows.filter((r) => statusWord(r) === w).length;
  const parts = [
    `${count('on_target')} on target`,
    `${count('within_tolerance')} within tolerance`,
    `${count('off_target')} off target`,
    ...(count('no_target') ? [`${count('no_target')} without a target`] : []),
    ...(count('no_value') ? [`${count('no_value')} without a value yet`] : []),
  ];
  return `For ${periodWords(p)}, the ${plural(p.card.rows.length, 'measure')} in the register stand as follows: ${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}.`;
}

/** Seed 004's table: each measure's previous year in full, this year to date, the target and the status in words and colour. */
export function performanceTable(p: PerformanceSection, options: { landscape?: boolean } = {}): Block[] {
  const last = previousYear(p.card.year);
  const words = p.card.rows.map(statusWord);
  return dataTable({
    caption: `Performance against target, every measure in the register: ${last} in full, and ${periodWords(p)}`,
    headers: ['Measure', `Previous year ${last}`, 'This year to date', `Target ${p.card.year}`, 'Status'],
    rows: p.card.rows.map((r, i) => [
      measureName(r),
      formatMeasureValue(r.lastYearFull, r.unit),
      formatMeasureValue(r.thisYear, r.unit),
      targetWords(r.target, r.unit, r.polarity),
      STATUS_WORDS[words[i]!],
    ]),
    fill: (row, column) => (column === 4 ? STATUS_FILL[words[row]!] : undefined),
    landscape: options.landscape,
  });
}

/** The percentage measures with a figure this year, as bars against their targets, with the figures in the alt text. */
export function performanceChart(p: PerformanceSection): Block[] {
  const rows = p.card.rows.filter((r) => r.unit === 'percent' && r.thisYear !== null);
  if (!rows.length) return [];
  const bars = rows.map((r) => ({ label: r.name, value: r.thisYear!, target: r.target, status: r.status }));
  const height = percentChartHeight(bars.length);
  const figures = rows.map(
    (r) =>
      `${r.name} ${formatMeasureValue(r.thisYear, 'percent')}${r.target === null ? ', no target' : `, target ${formatMeasureValue(r.target, 'percent')}, ${STATUS_WORDS[statusWord(r)].toLowerCase()}`}`,
  );
  return [
    picture(drawChart('performancePercent', [bars], 600, height), 600, height, {
      title: 'Percentage measures this year to date against target',
      description: `Bar chart of each percentage measure for ${periodWords(p)}, with its target marked: ${figures.join('; ')}.`,
    }),
  ];
}

/** The paragraphs of the committee paper's part, numbered by n. */
export function performancePart(n: ReportNumbering, p: PerformanceSection, withAppendix: boolean): Block[] {
  const off = offTargetSentences(p);
  return [
    n.subheading('Performance against target'),
    n.para(overviewSentence(p), { keepNext: true }),
    ...performanceChart(p),
    ...performanceTable(p),
    ...offTargetBlocks(off, (text) => n.para(text, { keepNext: true })),
    ...(withAppendix ? [n.para('The appendix sets out each measure’s figures month by month.')] : []),
  ];
}

/** The sentences for the measures off target, as a list after the line that introduces them. */
export function offTargetBlocks(off: string[], intro: (text: string) => Block): Block[] {
  if (!off.length) return [intro('No measure is off target.')];
  return [intro(off.length === 1 ? 'One measure is off target:' : `${off.length} measures are off target:`), ...bullets(off)];
}

/** A figure in a month's column: the unit is in the measure's name or the caption, but a share keeps its % and money its £. */
function cellFigure(value: number | null, unit: MeasureUnit): string {
  if (value === null) return '–';
  return unit === 'percent' || unit === 'pounds' ? formatMeasureValue(value, unit) : value.toLocaleString('en-GB', { maximumFractionDigits: 1 });
}

const QUARTER_ENDS = ['06', '09', '12', '03'];

function frequencyTable(p: PerformanceSection, frequency: Frequency, rows: ScorecardRow[]): Block[] {
  if (!rows.length) return [];
  const to = periodWords(p);
  if (frequency === 'annual') {
    const last = previousYear(p.card.year);
    return dataTable({
      caption: `Measures given once a year: ${last} and ${p.card.year}`,
      headers: ['Measure', last, p.card.year],
      rows: rows.map((r) => [measureName(r), formatMeasureValue(r.lastYearFull, r.unit), formatMeasureValue(r.thisYear, r.unit)]),
    });
  }
  const months = rows[0]!.months.map((m) => m.month).filter((m) => frequency === 'monthly' || QUARTER_ENDS.includes(m.slice(5)));
  const head = (m: string) => (frequency === 'monthly' ? formatMonth(m).slice(0, 3) : `Q${QUARTER_ENDS.indexOf(m.slice(5)) + 1}`);
  return dataTable({
    caption: `${frequency === 'monthly' ? 'Monthly' : 'Quarterly'} measures, ${to}: each ${frequency === 'monthly' ? 'month' : 'quarter'} and the year to date`,
    headers: ['Measure', ...months.map(head), 'Year to date'],
    rows: rows.map((r) => [
      measureName(r),
      ...months.map((m) => cellFigure(r.months.find((x) => x.month === m)?.value ?? null, r.unit)),
      cellFigure(r.thisYear, r.unit),
    ]),
  });
}

export function performanceAppendix(p: PerformanceSection): Block[] {
  const of = (f: Frequency) => p.card.rows.filter((r) => p.frequencies[r.measureId] === f);
  return [
    para(
      `Each measure’s figure for each period of ${periodWords(p)}, as entered, imported or worked out from the registers (a dash: no figure for the period). The year to date puts the periods together by the measure’s rule: summed, averaged, the latest, or the summed numerators over the summed denominators.`,
      { keepNext: true },
    ),
    ...frequencyTable(p, 'monthly', of('monthly')),
    ...frequencyTable(p, 'quarterly', of('quarterly')),
    ...frequencyTable(p, 'annual', of('annual')),
  ];
}
