// Shape of the embedded demo data. Dates are offsets from the day the demo is loaded, so the
// demo always has some overdue, some due-soon and some completed items whatever today is.

export type DemoStatus = 'not_started' | 'in_progress' | 'completed' | 'on_hold';
export type DemoPriority = 'high' | 'medium' | 'low';

export interface DemoTeam {
  key: string;
  name: string;
}

export interface DemoPerson {
  key: string;
  name: string; // fictional
  jobTitle: string;
  teamKey: string;
  email: string;
}

export interface DemoAction {
  title: string;
  ownerKey: string;
  dueOffsetDays: number;
  status: DemoStatus;
}

export interface DemoNote {
  /** days before the load date (positive = in the past) */
  daysAgo: number;
  body: string;
  visibility: 'public' | 'internal';
}

export interface DemoRecommendation {
  ref: string; // R1..R24
  title: string;
  fullText: string;
  theme: string;
  ownerKey: string;
  leadTeamKey: string;
  priority: DemoPriority;
  originalTargetOffsetDays: number;
  revisedTargetOffsetDays?: number;
  revisedReason?: string;
  status: DemoStatus;
  /** days before the load date; required when status is completed */
  completedDaysAgo?: number;
  publicSummary: string;
  actions: DemoAction[];
  notes: DemoNote[];
}

export interface DemoProgramme {
  code: string;
  name: string;
  source: string;
  /** days before the load date */
  reviewDaysAgo: number;
  description: string;
  recommendations: DemoRecommendation[];
}

export interface DemoDataSet {
  teams: DemoTeam[];
  people: DemoPerson[];
  programmes: DemoProgramme[];
}
