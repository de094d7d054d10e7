import type { Generated } from 'kysely';
import type { CommitteePaper } from '../../shared/contract';
import type { Timestamps } from '../db/columns';

export interface CommitteePapersTable extends Timestamps {
  id: Generated<number>;
  meeting_id: number;
  title: string;
  /** 1 or 0 */
  is_public: number;
  exempt_paragraph: number | null;
  report_of: string;
  author_name: string;
  author_title: string;
  author_email: string;
  wards: string;
  /** 1 or 0 */
  key_decision: number;
  purpose: CommitteePaper['purpose'];
  narrative_json: string;
  /** the date the figures are taken at, as the author set it; null: the default rule */
  data_as_at: string | null;
  sections_json: string;
  version: Generated<number>;
}
