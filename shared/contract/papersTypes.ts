import type { z } from 'zod';
import type { narrative, sections } from './papers';
import type { MeetingStatus } from './meetingsTypes';

export type PaperNarrative = z.output<typeof narrative>;

export type PaperSections = z.output<typeof sections>;

export type ReportSection = PaperNarrative['sections'][number];
export type OwnAppendix = PaperNarrative['appendices'][number];

export interface CommitteePaper {
  id: number;
  meetingId: number;
  meetingDate: string;
  committeeName: string;
  meetingStatus: MeetingStatus;
  title: string;
  isPublic: boolean;
  exemptParagraph: number | null;
  reportOf: string;
  authorName: string;
  authorTitle: string;
  authorEmail: string;
  wards: string;
  keyDecision: boolean;
  purpose: 'decision' | 'information';
  /** the data-as-at date the author set, or null for the default (see paperDataAsAt) */
  dataAsAt: string | null;
  narrative: PaperNarrative;
  sections: PaperSections;
  version: number;
  updatedAt: string;
}
