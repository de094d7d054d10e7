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
