import type { IsoDate } from '../domain/dates';
import type { TrainingStatus } from '../domain/training';

export interface JobRole {
  id: number;
  name: string;
  peopleCount: number;
}

export interface Course {
  id: number;
  name: string;
  category: string;
  provider: string;
  /** months until it must be done again; null for a course done once only */
  refreshMonths: number | null;
  mandatory: boolean;
  policyId: number | null;
  policyTitle: string | null;
  /** days staff have to do it again after a new version of its policy is approved */
  policyRefreshDays: number;
}

export interface CourseRequirement {
  id: number;
  jobRoleId: number;
  jobRoleName: string;
  courseId: number;
  courseName: string;
  /** null: every team */
  teamId: number | null;
  teamName: string | null;
}

export interface TrainingCompletion {
  id: number;
  personId: number;
  courseId: number;
  dateCompleted: IsoDate;
  /** null for a once-only course */
  expiryDate: IsoDate | null;
  /** the expiry was given with the record, not worked out from the course's interval */
  expiryGiven: boolean;
  evidence: string;
}

export interface TrainingWaiver {
  id: number;
  personId: number;
  courseId: number;
  reason: string;
  agreedOn: IsoDate;
  until: IsoDate;
  agreedBy: string;
}

export interface MatrixCell {
  status: TrainingStatus;
  /** the expiry (in date, due soon, expired), the deadline (due), else null */
  date: IsoDate | null;
}

/** Required cells, and those in date (due soon included) or waived. */
export interface TrainingFigure {
  required: number;
  compliant: number;
  /** one decimal place; null when nothing is required */
  percent: number | null;
}

export interface MatrixCourse extends TrainingFigure {
  id: number;
  name: string;
  category: string;
  mandatory: boolean;
}

export interface MatrixPerson extends TrainingFigure {
  id: number;
  name: string;
  teamId: number | null;
  teamName: string | null;
  jobRoleId: number | null;
  jobRoleName: string | null;
  lineManagerName: string | null;
  startDate: IsoDate | null;
  /** one per course, in the order of `courses` */
  cells: MatrixCell[];
}

/** Someone with required courses expired or never done (past their deadline). */
export interface TrainingLapse {
  personId: number;
  name: string;
  teamName: string | null;
  lineManagerName: string | null;
  /** the courses expired or missing, by name */
  courses: string[];
}

/** The dashboard's view: mandatory compliance, each course's figure, and who is most behind. */
export interface TrainingSummary {
  asAt: IsoDate;
  /** the service's target: the percentage of required cells in date or waived it aims for */
  target: number;
  mandatory: TrainingFigure;
  courses: MatrixCourse[];
  /** the people with the most courses expired or missing, most first (at most 8) */
  mostOverdue: TrainingLapse[];
  /** how many people have any course expired or missing */
  peopleOverdue: number;
}

export interface TrainingMatrix {
  asAt: IsoDate;
  graceDays: number;
  courses: MatrixCourse[];
  people: MatrixPerson[];
  /** every required cell of the mandatory courses */
  mandatory: TrainingFigure;
}
