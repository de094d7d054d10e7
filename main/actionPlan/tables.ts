import type { Generated } from 'kysely';
import type { NoteVisibility, Priority, Rag, RecStatus } from '../../shared/domain/actionPlan';
import type { Timestamps } from '../db/columns';

export interface ProgrammesTable extends Timestamps {
  id: Generated<number>;
  code: string;
  name: string;
  source: string;
  review_date: string | null;
  description: string;
}

export interface RecommendationsTable extends Timestamps {
  id: Generated<number>;
  programme_id: number;
  ref: string;
  title: string;
  full_text: string;
  theme: string;
  owner_id: number | null;
  lead_team_id: number | null;
  priority: Priority;
  original_target_date: string | null;
  revised_target_date: string | null;
  revised_reason: string | null;
  status: RecStatus;
  completion_date: string | null;
  public_summary: string;
  rag_override: Rag | null;
  rag_override_reason: string | null;
  version: Generated<number>;
}

export interface ActionsTable extends Timestamps {
  id: Generated<number>;
  recommendation_id: number;
  title: string;
  owner_id: number | null;
  due_date: string | null;
  status: RecStatus;
  version: Generated<number>;
}

export interface ProgressNotesTable extends Timestamps {
  id: Generated<number>;
  recommendation_id: number;
  note_date: string;
  body: string;
  visibility: NoteVisibility;
  author: string;
}
