import type { TrainingFigure } from '../../../shared/contract';
import type { IsoDate } from '../../../shared/domain/dates';
import { trainingFigure } from '../../../shared/domain/training';
import type { Db, ReadDb } from '../../core/context';
import { deserialized, type Serialized } from '../../core/serialized';
import { trainingSettings } from '../../settings/settingsRepo';
import { trainingPaperFigures, type LapsedPerson, type LateStarter, type RefresherFigures, type TrainingPaperFigures } from '../../training/paperFiguresRepo';
import { currentFromHost, type HostRead, type PaperAsAt } from './paperAsAt';

export type CourseRow = TrainingFigure & { courseId: number; name: string; mandatory: boolean };
export type TeamRow = TrainingFigure & { teamId: number | null; name: string; people: number };

/** The staff training part of a committee paper, as at the paper's data-as-at date. */
export interface TrainingSection {
  asAt: IsoDate;
  /** the share of mandatory training in date or waived the service aims for (a setting) */
  target: number;
  graceDays: number;
  /** mandatory courses, every required cell */
  mandatory: TrainingFigure;
  /** every course someone needs, mandatory first */
  courses: CourseRow[];
  /** mandatory courses by team */
  teams: TeamRow[];
  /** every course by team: teams x `courses`, null where the team needs none of it */
  byTeamAndCourse: { team: string; cells: (TrainingFigure | null)[] }[];
  lateStarters: LateStarter[];
  refreshers: RefresherFigures[];
  /** everyone with a course expired or missing */
  lapsed: LapsedPerson[];
}

const NO_TEAM = 'No team';

export function trainingSection(asAt: IsoDate, settings: { graceDays: number; target: number }, f: TrainingPaperFigures): TrainingSection {
  const courses = f.courses.map((c) => ({ courseId: c.courseId, name: c.name, mandatory: c.mandatory, ...trainingFigure(c.required, c.compliant) }));
  const mandatory = f.courses.filter((c) => c.mandatory);
  const teamNames = new Map<number | null, string>();
  for (const tc of f.teamCourses) teamNames.set(tc.teamId, NO_TEAM);
  for (const t of f.teams) teamNames.set(t.teamId, t.name ?? NO_TEAM);
  const cell = new Map(f.teamCourses.map((tc) => [`${tc.teamId}:${tc.courseId}`, trainingFigure(tc.required, tc.compliant)]));
  return {
    asAt,
    ...settings,
    mandatory: trainingFigure(
      mandatory.reduce((n, c) => n + c.required, 0),
      mandatory.reduce((n, c) => n + c.compliant, 0),
    ),
    courses,
    teams: f.teams.map((t) => ({ teamId: t.teamId, name: t.name ?? NO_TEAM, people: t.people, ...trainingFigure(t.required, t.compliant) })),
    byTeamAndCourse: [...teamNames]
      .sort(([a, x], [b, y]) => (a === null ? 1 : b === null ? -1 : x.localeCompare(y)))
      .map(([id, team]) => ({ team, cells: courses.map((c) => cell.get(`${id}:${c.courseId}`) ?? null) })),
    lateStarters: f.lateStarters,
    refreshers: f.refreshers,
    lapsed: f.lapsed,
  };
}

/** The part read afresh (the host runs it on a read worker: the figures of every required cell, 0.15-0.3 s at 2,000 staff). */
export async function readTraining(db: ReadDb, asAt: IsoDate): Promise<TrainingSection> {
  const settings = await trainingSettings(db);
  return trainingSection(asAt, settings, await trainingPaperFigures(db, asAt, settings.graceDays));
}

/** The part as the host read it (keepPaperFigures.ts), at a date and a version of the data, serialised where it was read. */
export type TrainingFromHost = HostRead<Serialized<TrainingSection>>;

export async function loadTraining(db: Db, { asAt, fromHost }: PaperAsAt): Promise<TrainingSection> {
  const given = await currentFromHost(db, (await fromHost)?.training, asAt);
  return given ? deserialized(given.value) : await readTraining(db, asAt);
}
