import type { Block } from './blocks';
import { para, picture } from './blocks';
import { dataTable } from './dataTable';
import type { ReportNumbering } from './numbering';
import type { TrainingFigure } from '../../../shared/contract';
import { formatDateLong } from '../../../shared/domain/dates';
import { plural } from '../../../shared/domain/plural';
import { drawChart } from '../chartThread';
import { textWidth, wordsOf } from './fontMetrics';
import { BODY_SIZE } from './styles';
import { CELL_MARGIN, TEXT_WIDTH } from './tableLayout';
import type { TrainingSection } from '../paperParts/training';
import { NEW_STARTER_MONTHS } from '../../training/paperFiguresRepo';

/** New starters past their deadline listed in the report; the rest are counted. */
export const LATE_STARTERS_SHOWN = 10;

const pct = (p: number | null) => (p === null ? 'not applicable' : `${p.toFixed(1)}%`);
const againstTarget = (f: TrainingFigure, target: number) => (f.percent === null ? 'Not applicable' : f.percent >= target ? 'On target' : 'Below target');
/** Items joined by semicolons, as course names can hold commas ("Equality, diversity and inclusion"). */
const list = (items: string[]) => (items.length > 2 ? `${items.slice(0, -1).join('; ')}; and ${items.at(-1)}` : items.join(' and '));

function overallSentence(t: TrainingSection): string {
  const on = `As at ${formatDateLong(t.asAt)}`;
  const m = t.mandatory;
  if (m.percent === null) return `${on}, no one employed by the service is required to do a mandatory course.`;
  const verdict =
    m.percent >= t.target
      ? `This meets the target of ${t.target}%.`
      : `This is below the target of ${t.target}%, by ${(t.target - m.percent).toFixed(1)} points.`;
  return `${on}, ${pct(m.percent)} of mandatory training was in date or waived: ${m.compliant} of the ${plural(m.required, 'mandatory course')} required of staff, each person’s courses counted separately. ${verdict}`;
}

function belowSentence(t: TrainingSection): string {
  const below = t.courses.filter((c) => c.mandatory && c.percent !== null && c.percent < t.target);
  if (!below.length) return `Every mandatory course is at or above the target of ${t.target}%.`;
  return `${below.length === 1 ? 'One mandatory course is' : `${below.length} mandatory courses are`} below the target of ${t.target}%: ${list(below.map((c) => `${c.name} at ${pct(c.percent)}`))}.`;
}

function chartBlocks(t: TrainingSection): Block[] {
  const mandatory = t.courses.filter((c) => c.mandatory && c.percent !== null);
  if (!mandatory.length) return [];
  const height = 60 + 30 * mandatory.length;
  return [
    picture(drawChart('trainingCourse', [mandatory, t.target], 600, height), 600, height, {
      title: 'Mandatory courses in date or waived',
      description: `Bar chart of the percentage of required staff in date or waived for each mandatory course, against a target of ${t.target}%: ${mandatory.map((c) => `${c.name} ${pct(c.percent)}`).join('; ')}.`,
    }),
  ];
}

function lateStarterBlocks(n: ReportNumbering, t: TrainingSection): Block[] {
  const late = t.lateStarters;
  const who = `people who started in the ${NEW_STARTER_MONTHS} months before ${formatDateLong(t.asAt)}, whose ${t.graceDays} days to complete their training have ended`;
  if (!late.length) return [n.para(`No new starter (${who}) has a required course still to do for the first time.`)];
  const shown = late.slice(0, LATE_STARTERS_SHOWN);
  return [
    n.para(
      `${late.length === 1 ? 'One new starter has' : `${late.length} new starters have`} passed their deadline with a required course never done (new starters: ${who}).` +
        (late.length > shown.length ? ` The ${shown.length} who started earliest are listed.` : ''),
      { keepNext: true },
    ),
    ...dataTable({
      caption: 'New starters past their deadline, with the courses they have never done',
      headers: ['Name', 'Team', 'Line manager', 'Started', 'Courses never done'],
      rows: shown.map((p) => [p.name, p.team ?? '–', p.lineManager ?? '–', formatDateLong(p.startDate), p.courses.join('; ')]),
    }),
    ...(late.length > shown.length
      ? [para(`And ${plural(late.length - shown.length, 'more new starter')}, listed in the appendix with everyone whose training is expired or missing.`)]
      : []),
  ];
}

function refresherBlocks(n: ReportNumbering, t: TrainingSection): Block[] {
  const r = t.refreshers;
  if (!r.length) return [n.para('No one has yet to do again a course that a newly approved policy requires.')];
  const people = r.reduce((s, x) => s + x.due + x.missing, 0);
  return [
    n.para(
      `When a new version of a policy is approved, completions of the course that teaches it from before the approval no longer count. ${plural(people, 'person', 'people')} ${people === 1 ? 'has' : 'have'} yet to do such a course again: ${list(r.map((x) => `${x.course} (${x.policy} policy, approved on ${formatDateLong(x.approvedOn)}): ${x.due} due by ${formatDateLong(x.deadline)} and ${x.missing} past it`))}.`,
      { keepNext: true },
    ),
    ...dataTable({
      caption: 'Policy refreshers outstanding: people whose completion the policy’s approval voided',
      headers: ['Course', 'Policy', 'Approved', 'Deadline', 'Due', 'Missing'],
      rows: r.map((x) => [x.course, x.policy, formatDateLong(x.approvedOn), formatDateLong(x.deadline), String(x.due), String(x.missing)]),
    }),
  ];
}

/** The training part of a committee paper's current position, its figures as at the paper's data-as-at date. */
export function trainingPart(n: ReportNumbering, t: TrainingSection, withAppendix: boolean): Block[] {
  return [
    n.subheading('Staff training'),
    n.para(overallSentence(t), { keepNext: true }),
    ...chartBlocks(t),
    n.para(belowSentence(t), { keepNext: true }),
    ...dataTable({
      caption: `Training in date or waived by course on ${formatDateLong(t.asAt)}, against the target of ${t.target}%`,
      headers: ['Course', 'Mandatory', 'Required', 'In date or waived', 'Percentage', 'Against target'],
      rows: t.courses.map((c) => [c.name, c.mandatory ? 'Yes' : 'No', String(c.required), String(c.compliant), pct(c.percent), againstTarget(c, t.target)]),
    }),
    n.para('By team, counting mandatory courses only:', { keepNext: true }),
    ...dataTable({
      caption: `Mandatory training in date or waived by team on ${formatDateLong(t.asAt)}, against the target of ${t.target}%`,
      headers: ['Team', 'People', 'Required', 'In date or waived', 'Percentage', 'Against target'],
      rows: t.teams.map((x) => [x.name, String(x.people), String(x.required), String(x.compliant), pct(x.percent), againstTarget(x, t.target)]),
    }),
    ...lateStarterBlocks(n, t),
    ...refresherBlocks(n, t),
    ...(withAppendix ? [n.para('The appendix sets out compliance for each team and course, and everyone whose training is expired or missing.')] : []),
  ];
}

/** The widest word of a column (headers bold), with the cell's margins and room for the borders: what it needs at least. */
function columnMinimum(header: string, cells: string[]): number {
  const widest = (text: string, bold: boolean) => Math.max(0, ...wordsOf(text).map((w) => textWidth(w, BODY_SIZE, bold)));
  return Math.max(widest(header, true), ...cells.map((c) => widest(c, false))) + 2 * CELL_MARGIN + 60;
}

/**
 * Courses down, teams across; as many teams to a table as fit across a landscape page without
 * breaking a word, and further tables for the rest.
 */
function teamCourseTables(t: TrainingSection): Block[] {
  const teams = t.byTeamAndCourse.map((r) => ({ team: r.team, cells: r.cells.map((c) => (c ? `${pct(c.percent)}\n${c.compliant} of ${c.required}` : '–')) }));
  const first = columnMinimum(
    'Course',
    t.courses.map((c) => c.name),
  );
  const groups: (typeof teams)[] = [];
  let width = first;
  for (const team of teams) {
    const need = columnMinimum(team.team, team.cells);
    if (!groups.length || width + need > TEXT_WIDTH.landscape) {
      groups.push([]);
      width = first;
    }
    groups.at(-1)!.push(team);
    width += need;
  }
  return groups.flatMap((group, g) =>
    dataTable({
      caption: `Training in date or waived by course and team${groups.length > 1 ? ` (table ${g + 1} of ${groups.length}: ${list(group.map((x) => x.team))})` : ''}`,
      headers: ['Course', ...group.map((x) => x.team)],
      rows: t.courses.map((c, i) => [c.name, ...group.map((x) => x.cells[i]!)]),
    }),
  );
}

export function trainingAppendix(t: TrainingSection): Block[] {
  return [
    para(
      `Training in date or waived for each course and team on ${formatDateLong(t.asAt)}, of the staff who need it (a dash: no one in the team needs the course).`,
      { keepNext: true },
    ),
    ...teamCourseTables(t),
    ...(t.lapsed.length
      ? [
          para(`${plural(t.lapsed.length, 'person', 'people')} ${t.lapsed.length === 1 ? 'has' : 'have'} a required course expired or missing:`, {
            keepNext: true,
          }),
          ...dataTable({
            caption: 'Staff with training expired or missing',
            headers: ['Name', 'Team', 'Line manager', 'Expired', 'Missing'],
            rows: t.lapsed.map((p) => [p.name, p.team ?? '–', p.lineManager ?? '–', p.expired.join('; ') || '–', p.missing.join('; ') || '–']),
          }),
        ]
      : [para('No one has a required course expired or missing.')]),
  ];
}
