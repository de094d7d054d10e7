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

/** A public measure as the monthly update tells residents: its figure for the month (or latest quarter or year) and the sentence. */
export interface PublicMeasureLine {
  measureId: number;
  name: string;
  /** the period the figure is for: 2026-10, 2026-Q2 or 2025/26 */
  period: string;
  value: number;
  target: number | null;
  sentence: string;
}

export interface MonthView {
  programmeId: number;
  month: string;
  status: MonthStatus;
  publishedAt: string | null;
  publishedBy: string | null;
  items: MonthlyItem[];
  changes: MonthChange[];
  /** the update tells residents how the public measures did */
  includeMeasures: boolean;
  /** the public measures' sentences for the month (as published, once it is) */
  publicMeasures: PublicMeasureLine[];
}

/** Each programme's current update as at a month: its latest not after the month, else its first after it. */
export interface CurrentUpdate {
  programmeId: number;
  update: MonthSummary;
}

export interface MonthSummary {
  month: string;
  status: MonthStatus;
  itemCount: number;
  publishedAt: string | null;
}
