import type { Priority, Rag, RecStatus, NoteVisibility } from '../domain/actionPlan';

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
