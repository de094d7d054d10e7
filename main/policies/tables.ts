import type { Generated } from 'kysely';
import type { PolicyConsultation } from '../../shared/contract';
import type { PolicyCategory, PolicyStage } from '../../shared/domain/policies';
import type { Timestamps } from '../db/columns';

export interface PoliciesTable extends Timestamps {
  id: Generated<number>;
  title: string;
  category: PolicyCategory;
  owner_id: number | null;
  stage: PolicyStage;
  stage_entered_on: string;
  policy_version: string;
  approval_date: string | null;
  approving_meeting_id: number | null;
  review_period_months: number;
  extended_to: string | null;
  extension_reason: string | null;
  summary: string;
  version: Generated<number>;
}

export interface PolicyStagesTable {
  id: Generated<number>;
  policy_id: number;
  stage: PolicyStage;
  entered_on: string;
}

export interface PolicyRecommendationsTable {
  policy_id: number;
  recommendation_id: number;
}

export interface PolicyConsultationsTable extends Timestamps {
  id: Generated<number>;
  policy_id: number;
  consultee: PolicyConsultation['consultee'];
  started_on: string;
  ended_on: string | null;
  feedback: string;
  response: string;
}
