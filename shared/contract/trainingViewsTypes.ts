import type { IsoDate } from '../domain/dates';
import type { TrainingStatus } from '../domain/training';
import type { MatrixCell, TrainingFigure } from './trainingTypes';

/** Compliance by team x course: the heatmap. A cell with nothing required has percent null. */
export interface TrainingHeatmap {
  asAt: IsoDate;
  teams: { id: number | null; name: string }[];
  courses: { id: number; name: string; mandatory: boolean }[];
  /** one per team x course with anything required, in no particular order */
  cells: (TrainingFigure & { teamId: number | null; courseId: number })[];
}

/** A person's cell for one required course, with the course's name. */
export interface CourseCell extends MatrixCell {
  courseId: number;
  courseName: string;
  mandatory: boolean;
}

export interface NewStarter {
  personId: number;
  name: string;
  teamName: string | null;
  jobRoleName: string | null;
  lineManagerName: string | null;
  startDate: IsoDate;
  /** start date + the grace period */
  deadline: IsoDate;
  /** the deadline has passed with a required course never done (not one voided by a new policy version) */
  pastDeadline: boolean;
  courses: CourseCell[];
}

export interface NewStarters {
  asAt: IsoDate;
  months: number;
  graceDays: number;
  /** past their deadline first, then the most recent starters */
  people: NewStarter[];
}

export interface OverduePerson {
  personId: number;
  name: string;
  teamName: string | null;
  lineManagerName: string | null;
  status: Extract<TrainingStatus, 'expired' | 'missing'>;
  /** the expiry for an expired course, else null */
  expired: IsoDate | null;
  /** how long overdue: since the expiry, or since the deadline (start + grace, or the policy's refresh) */
  daysOverdue: number | null;
}

export interface CoursePage {
  asAt: IsoDate;
  course: {
    id: number;
    name: string;
    category: string;
    provider: string;
    refreshMonths: number | null;
    mandatory: boolean;
    policyTitle: string | null;
    /** the linked policy's latest approval on or before the date */
    policyApprovedOn: IsoDate | null;
    policyRefreshDays: number;
  };
  figure: TrainingFigure;
  /** the job roles (and teams) that need it */
  neededBy: { jobRoleName: string; teamName: string | null; people: number }[];
  /** status counts among the people who need it */
  counts: Record<TrainingStatus, number>;
  /** expired or missing, most overdue first */
  overdue: OverduePerson[];
}

export interface PersonRecord {
  asAt: IsoDate;
  person: {
    id: number;
    name: string;
    email: string;
    teamName: string | null;
    jobRoleName: string | null;
    lineManagerName: string | null;
    startDate: IsoDate | null;
    leaveDate: IsoDate | null;
  };
  /** employed on the date: the matrix shows them */
  employed: boolean;
  figure: TrainingFigure;
  /** every course the person needs, with its cell */
  required: CourseCell[];
  /** every completion and waiver recorded, newest first */
  history: (
    | { kind: 'completion'; id: number; courseName: string; date: IsoDate; expiryDate: IsoDate | null; evidence: string }
    | { kind: 'waiver'; id: number; courseName: string; date: IsoDate; until: IsoDate; reason: string; agreedBy: string }
  )[];
}
