import type { IsoDate } from '../domain/dates';

export interface Team {
  id: number;
  name: string;
  peopleCount: number;
}

export interface Person {
  id: number;
  name: string;
  jobTitle: string;
  teamId: number | null;
  teamName: string | null;
  email: string;
  active: boolean;
  /** employment: the training matrix counts a person from the first day to the last */
  startDate: IsoDate | null;
  leaveDate: IsoDate | null;
  lineManagerId: number | null;
  lineManagerName: string | null;
  jobRoleId: number | null;
  jobRoleName: string | null;
}
