import type { Generated } from 'kysely';
import type { AgendaItem, Decision, MeetingStatus } from '../../shared/contract';
import type { Timestamps } from '../db/columns';

export interface CommitteesTable extends Timestamps {
  id: Generated<number>;
  name: string;
}

export interface MeetingsTable extends Timestamps {
  id: Generated<number>;
  committee_id: number;
  meeting_date: string;
  status: MeetingStatus;
  papers_deadline: string | null;
  postponed_to_id: number | null;
  postponement_reason: string | null;
}

export interface AgendaItemsTable extends Timestamps {
  id: Generated<number>;
  meeting_id: number;
  kind: AgendaItem['kind'];
  title: string;
  policy_id: number | null;
  decision: Decision | null;
  decision_notes: string | null;
  position: number;
}
