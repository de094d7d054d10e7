import type { AppErrorShape } from './result';
import type { OverduePlace } from '../domain/overdueLabels';
import type { NoteVisibility, Priority, Rag, RecStatus } from '../domain/actionPlan';

export interface Settings {
  userName: string;
  organisation: string;
  contactEmail: string;
  contactPhone: string;
  websiteUrl: string;
  /** data: URL of the organisation's logo (PNG or JPEG), or '' */
  logoDataUrl: string;
}

export interface AppInfo {
  host: 'electron' | 'web';
  dbPath: string;
  /** the last schema step applied, e.g. "007_certificate_lookup_indexes" */
  schemaVersion: string;
  /** that step's number, e.g. 7: what Settings shows */
  schemaNumber: number;
  appVersion: string;
  today: string;
  /** no user name has been saved yet: show the first-run screen */
  firstRun: boolean;
  /** the database holds no programme yet */
  isEmpty: boolean;
}

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
}

export interface Programme {
  id: number;
  code: string;
  name: string;
  source: string;
  reviewDate: string | null;
  description: string;
  recommendationCount: number;
  completedCount: number;
}

export interface RecommendationRow {
  id: number;
  programmeId: number;
  ref: string;
  title: string;
  theme: string;
  ownerId: number | null;
  ownerName: string | null;
  leadTeamId: number | null;
  leadTeamName: string | null;
  priority: Priority;
  originalTargetDate: string | null;
  revisedTargetDate: string | null;
  revisedReason: string | null;
  status: RecStatus;
  completionDate: string | null;
  publicSummary: string;
  ragOverride: Rag | null;
  ragOverrideReason: string | null;
  /** the RAG the rules give, before any override */
  derivedRag: Rag;
  /** the RAG shown: the override when there is one */
  rag: Rag;
  daysOverdue: number;
  actionsTotal: number;
  actionsOpen: number;
  latestNoteDate: string | null;
  /** the text of the latest note (the latest dated; of two on one day, the later written) */
  latestNoteText: string | null;
  version: number;
  updatedAt: string;
}

export interface ActionItem {
  id: number;
  recommendationId: number;
  title: string;
  ownerId: number | null;
  ownerName: string | null;
  dueDate: string | null;
  status: RecStatus;
  version: number;
}

export interface ProgressNote {
  id: number;
  recommendationId: number;
  noteDate: string;
  body: string;
  visibility: NoteVisibility;
  author: string;
  createdAt: string;
}

export interface RecommendationDetail extends RecommendationRow {
  fullText: string;
  programmeName: string;
  actions: ActionItem[];
  notes: ProgressNote[];
}

export interface AuditEntry {
  id: number;
  at: string;
  actor: string;
  entity: string;
  entityId: number;
  action: 'create' | 'update' | 'delete';
  label: string;
  changes: { field: string; before: unknown; after: unknown }[];
}

export interface OverdueItem {
  kind: 'recommendation' | 'action';
  id: number;
  recommendationId: number;
  programmeId: number;
  programmeCode: string;
  ref: string;
  title: string;
  ownerName: string | null;
  originalTargetDate: string | null;
  targetDate: string;
  daysOverdue: number;
}

export interface ActionPlanSummary {
  total: number;
  byStatus: Record<RecStatus, number>;
  byRag: Record<Rag, number>;
  overdue: OverdueItem[];
  dueSoon: OverdueItem[];
}

export type MonthStatus = 'empty' | 'draft' | 'published';

export interface MonthlyItem {
  id: number;
  month: string;
  itemDate: string;
  body: string;
  recommendationId: number | null;
  recommendationRef: string | null;
  position: number;
}

export interface MonthChange {
  kind: 'new' | 'status' | 'target' | 'owner' | 'note';
  /** when it happened (audit time, or the note's date) */
  at: string;
  recommendationId: number;
  ref: string;
  title: string;
  /** what happened, for the project manager */
  description: string;
  /** a plain-English bullet that names no one, ready to add */
  suggestedText: string;
  /** true when a bullet linked to this recommendation already says this */
  alreadyUsed: boolean;
}

export interface MonthView {
  programmeId: number;
  month: string;
  status: MonthStatus;
  publishedAt: string | null;
  publishedBy: string | null;
  items: MonthlyItem[];
  changes: MonthChange[];
}

export interface MonthSummary {
  month: string;
  status: MonthStatus;
  itemCount: number;
  publishedAt: string | null;
}

export interface ExportedFile {
  fileName: string;
  /** the .docx bytes, base64 */
  base64: string;
  bytes: number;
}

export interface PolicyRow {
  id: number;
  title: string;
  category: import('../domain/policies').PolicyCategory;
  ownerId: number | null;
  ownerName: string | null;
  stage: import('../domain/policies').PolicyStage;
  stageEnteredOn: string;
  policyVersion: string;
  approvalDate: string | null;
  approvingMeetingId: number | null;
  approvingMeeting: string | null;
  reviewPeriodMonths: number;
  extendedTo: string | null;
  extensionReason: string | null;
  nextReviewDate: string | null;
  reviewState: import('../domain/policies').ReviewState;
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
  stages: { stage: import('../domain/policies').PolicyStage; enteredOn: string }[];
  consultations: PolicyConsultation[];
  recommendationIds: number[];
  agenda: { itemId: number; meetingId: number; meetingDate: string; committee: string; meetingStatus: string; decision: string | null }[];
}

export interface PolicyTimeline {
  threshold: number;
  months: { month: string; count: number; clustered: boolean; titles: string[] }[];
}

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

export type PaperNarrative = import('zod').output<typeof import('./papers').narrative>;
export type PaperSections = import('zod').output<typeof import('./papers').sections>;

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

export interface MeasureFigureResult {
  requiring: number;
  compliant: number;
  percent: number | null;
}

export interface BuildingSafetyMeasures {
  asAt: string;
  BS01: MeasureFigureResult;
  BS02: MeasureFigureResult;
  BS03: MeasureFigureResult;
  BS04: MeasureFigureResult;
  BS05: MeasureFigureResult;
}

export interface CheckPositionRow {
  checkType: import('../domain/compliance').CheckType;
  requiring: number;
  compliant: number;
  overdue: number;
  due30: number;
  due60: number;
  due90: number;
  percent: number | null;
}

/** One thing whose check has run out (or was never done), as at a date: a home, a block or a lift. */
export interface OverdueCheck extends OverduePlace {
  checkType: import('../domain/compliance').CheckType;
  /** when cover ran out; null when no check was ever recorded */
  coverUntil: string | null;
  /** days since cover ran out; null when never checked */
  daysOverdue: number | null;
  lastNoAccess: string | null;
  status: 'overdue' | 'no_access' | 'missing';
  ownerName: string | null;
}

export interface OverdueChecks {
  asAt: string;
  /** how many things are overdue in all, before the limit */
  total: number;
  rows: OverdueCheck[];
}

export interface ComplianceTrend {
  asAt: string;
  /** month ends, oldest first; the last is the as-at date */
  points: string[];
  series: { checkType: import('../domain/compliance').CheckType; percent: (number | null)[] }[];
}

export interface CheckOwner {
  checkType: import('../domain/compliance').CheckType;
  personId: number | null;
  personName: string | null;
  /** months between checks: one figure per check type, three (by fire risk tier) for FRA */
  intervals: { code: string; months: number }[];
}

export interface HomeCompliance {
  uprn: string;
  address: string;
  blockName: string | null;
  tenure: string;
  asAt: string;
  checks: {
    checkType: import('../domain/compliance').CheckType;
    status: import('../domain/compliance').CheckStatus;
    coverUntil: string | null;
    lastNoAccess: string | null;
    explanation: string;
  }[];
}

export interface ImportReportResult {
  kind: import('../domain/importKinds').ImportKind;
  rows: number;
  new: number;
  updated: number;
  unchanged: number;
  /** of the new rows, how many are visits that could not get in (certificate files only) */
  noAccess?: number;
  /** later gas checks whose expiry a late or corrected one moved (certificate imports, once applied) */
  rederived?: number;
  problems: { row: number; column: string; message: string }[];
  applied: boolean;
  /** each header of the file and the field key it was matched to (null: not imported); mapped when the user chose it */
  columns: { header: string; field: string | null; mapped: boolean }[];
  /** keys of required fields that no column holds */
  missing: string[];
  /** set when the file has the other kind's columns: its one problem says so */
  looksLike?: import('../domain/importKinds').ImportKind;
}

/** A background import (a check or the import itself), as imports.status answers it. */
export interface ImportJobStatus {
  jobId: string;
  kind: import('../domain/importKinds').ImportKind;
  fileName: string;
  dryRun: boolean;
  state: 'running' | 'done' | 'failed';
  phase: 'reading' | 'checking' | 'writing';
  /** rows checked or written so far in this phase */
  done: number;
  total: number;
  report?: ImportReportResult;
  error?: AppErrorShape;
}

export interface RemedialSummary {
  asAt: string;
  open: number;
  overdue: number;
  /** overdue actions by priority and by how long overdue */
  byPriority: { priority: string; overdue: number; days0to30: number; days31to90: number; over90: number }[];
  oldest: {
    id: number;
    checkType: string;
    where: string;
    description: string;
    priority: string;
    dueDate: string;
    daysOverdue: number;
    ownerName: string | null;
  }[];
}
