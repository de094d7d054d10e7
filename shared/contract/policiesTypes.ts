import type { PolicyCategory, PolicyStage, ReviewState } from '../domain/policies';

export interface PolicyRow {
  id: number;
  title: string;
  category: PolicyCategory;
  ownerId: number | null;
  ownerName: string | null;
  stage: PolicyStage;
  stageEnteredOn: string;
  policyVersion: string;
  approvalDate: string | null;
  approvingMeetingId: number | null;
  approvingMeeting: string | null;
  reviewPeriodMonths: number;
  extendedTo: string | null;
  extensionReason: string | null;
  nextReviewDate: string | null;
  reviewState: ReviewState;
  summary: string;
  recommendationRefs: string[];
  version: number;
}

export interface PolicyConsultation {
  id: number;
  policyId: number;
  consultee: 'staff' | 'residents_board' | 'members' | 'other';
  startedOn: string;
  endedOn: string | null;
  feedback: string;
  response: string;
}

export interface PolicyDetail extends PolicyRow {
  stages: { stage: PolicyStage; enteredOn: string }[];
  consultations: PolicyConsultation[];
  recommendationIds: number[];
  agenda: { itemId: number; meetingId: number; meetingDate: string; committee: string; meetingStatus: string; decision: string | null }[];
}

export interface PolicyTimeline {
  threshold: number;
  months: { month: string; count: number; clustered: boolean; titles: string[] }[];
}
