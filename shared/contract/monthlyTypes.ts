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
