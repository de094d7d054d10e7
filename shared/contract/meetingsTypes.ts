export interface Committee {
  id: number;
  name: string;
}

export type MeetingStatus = 'scheduled' | 'held' | 'postponed' | 'cancelled';

export type Decision = 'approved' | 'approved_with_amendments' | 'deferred' | 'rejected';

export interface AgendaItem {
  id: number;
  meetingId: number;
  kind: 'policy_approval' | 'progress_report' | 'other';
  title: string;
  policyId: number | null;
  policyTitle: string | null;
  policyStage: string | null;
  decision: Decision | null;
  decisionNotes: string | null;
  position: number;
  /** for a policy approved here that a course teaches: the staff it put on notice to redo the course */
  trainingNotice: TrainingNotice | null;
}

export interface TrainingNotice {
  /** people then in the roles that need the course, whose earlier completions stopped counting */
  people: number;
  courses: string[];
  /** the day they must have redone it by */
  by: string;
}

export interface Meeting {
  id: number;
  committeeId: number;
  committeeName: string;
  meetingDate: string;
  status: MeetingStatus;
  papersDeadline: string | null;
  postponedToId: number | null;
  postponedToDate: string | null;
  postponementReason: string | null;
  /** the meeting this one replaces, when it was postponed to this date */
  postponedFromDate: string | null;
  items: AgendaItem[];
}
