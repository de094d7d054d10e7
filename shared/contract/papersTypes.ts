import type { z } from 'zod';
import type { narrative, sections } from './papers';
import type { MeetingStatus } from './meetingsTypes';

export type PaperNarrative = z.output<typeof narrative>;

export type PaperSections = z.output<typeof sections>;

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
  narrative: PaperNarrative;
  sections: PaperSections;
  version: number;
  updatedAt: string;
}
