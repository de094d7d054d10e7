import type { Generated } from 'kysely';
import type { MonthStatus } from '../../shared/contract';
import type { Timestamps } from '../db/columns';

/** A month with no stored update is 'empty'; a stored one is a draft until published. */
export type MonthlyUpdateStatus = Exclude<MonthStatus, 'empty'>;

export interface MonthlyUpdatesTable extends Timestamps {
  id: Generated<number>;
  programme_id: number;
  month: string;
  status: MonthlyUpdateStatus;
  published_at: string | null;
  published_by: string | null;
  snapshot_json: string | null;
  published_docx: Buffer | null;
  /** 0 or 1: the update tells residents how the public measures did in its month */
  include_measures: Generated<number>;
}

export interface MonthlyUpdateItemsTable extends Timestamps {
  id: Generated<number>;
  update_id: number;
  item_date: string;
  body: string;
  recommendation_id: number | null;
  position: number;
}

export interface MonthlyUpdateQuotesTable {
  update_id: number;
  note_id: number;
}
