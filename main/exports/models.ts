import type { RecStatus } from '../../shared/domain/actionPlan';
import type { PublicMeasureLine } from '../../shared/contract';
import type { IsoDate } from '../../shared/domain/dates';

// What a public document says, gathered from the registers. Documents are drawn from these plain
// objects only, so a published update can be drawn again, identically, from its stored model.

export interface OrgDetails {
  name: string;
  contactEmail: string;
  contactPhone: string;
  websiteUrl: string;
  /** where residents sign up to the newsletter; missing from updates published before it was asked for */
  newsletterUrl?: string;
  /** data: URL of a PNG or JPEG, or '' */
  logoDataUrl: string;
}

export interface ProgrammeDetails {
  code: string;
  name: string;
  source: string;
  reviewDate: IsoDate | null;
  description: string;
}

export interface NoteQuote {
  noteId: number;
  date: IsoDate;
  body: string;
}

export interface PublicRecommendation {
  ref: string;
  title: string;
  publicSummary: string;
  /** a team or role: a public document never names a person */
  leadTeam: string;
  targetDate: IsoDate | null;
  /** set only when the target has been revised */
  originalTargetDate: IsoDate | null;
  status: RecStatus;
  completionDate: IsoDate | null;
  latestPublicNote: NoteQuote | null;
  /** the latest public note dated in the update's month (the update's news is its bullets, which the month's notes suggest) */
  monthNote: NoteQuote | null;
  /** bullets of the month's update linked to this recommendation */
  monthBullets?: string[];
}

export interface ProgressCounts {
  total: number;
  completed: number;
  inProgress: number;
  notStarted: number;
  onHold: number;
}

export interface MonthlyUpdateModel {
  kind: 'monthly-update';
  /** not yet published: the document says so */
  draft: boolean;
  org: OrgDetails;
  programme: ProgrammeDetails;
  month: string;
  dateUpdated: IsoDate;
  items: { date: IsoDate; body: string; ref: string | null }[];
  counts: ProgressCounts;
  whatsNext: { ref: string; title: string; targetDate: IsoDate }[];
  recommendations: PublicRecommendation[];
  /** the public measures' sentences for the month, when the update includes them */
  publicMeasures?: PublicMeasureLine[];
}

export interface RecommendationsModel {
  kind: 'recommendations';
  org: OrgDetails;
  programme: ProgrammeDetails;
  dateUpdated: IsoDate;
  counts: ProgressCounts;
  recommendations: PublicRecommendation[];
}
