import type { Generated } from 'kysely';

// Row types of the tables as Kysely sees them (snake_case, as stored).

interface Timestamps {
  created_at: string;
  updated_at: string;
}

export interface SettingsTable {
  key: string;
  value: string;
}

export interface TeamsTable extends Timestamps {
  id: Generated<number>;
  name: string;
}

export interface PeopleTable extends Timestamps {
  id: Generated<number>;
  name: string;
  job_title: string;
  team_id: number | null;
  email: string;
  active: number;
}

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
  priority: string;
  original_target_date: string | null;
  revised_target_date: string | null;
  revised_reason: string | null;
  status: string;
  completion_date: string | null;
  public_summary: string;
  rag_override: string | null;
  rag_override_reason: string | null;
  version: Generated<number>;
}

export interface ActionsTable extends Timestamps {
  id: Generated<number>;
  recommendation_id: number;
  title: string;
  owner_id: number | null;
  due_date: string | null;
  status: string;
  version: Generated<number>;
}

export interface ProgressNotesTable extends Timestamps {
  id: Generated<number>;
  recommendation_id: number;
  note_date: string;
  body: string;
  visibility: string;
  author: string;
}

export interface AuditLogTable {
  id: Generated<number>;
  at: string;
  actor: string;
  entity: string;
  entity_id: number;
  parent_entity: string | null;
  parent_id: number | null;
  action: string;
  label: string;
  before_json: string | null;
  after_json: string | null;
}

export interface MonthlyUpdatesTable extends Timestamps {
  id: Generated<number>;
  programme_id: number;
  month: string;
  status: string;
  published_at: string | null;
  published_by: string | null;
  snapshot_json: string | null;
  published_docx: Buffer | null;
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

export interface CommitteesTable extends Timestamps {
  id: Generated<number>;
  name: string;
}

export interface MeetingsTable extends Timestamps {
  id: Generated<number>;
  committee_id: number;
  meeting_date: string;
  status: string;
  papers_deadline: string | null;
  postponed_to_id: number | null;
  postponement_reason: string | null;
}

export interface PoliciesTable extends Timestamps {
  id: Generated<number>;
  title: string;
  category: string;
  owner_id: number | null;
  stage: string;
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
  stage: string;
  entered_on: string;
}

export interface PolicyRecommendationsTable {
  policy_id: number;
  recommendation_id: number;
}

export interface PolicyConsultationsTable extends Timestamps {
  id: Generated<number>;
  policy_id: number;
  consultee: string;
  started_on: string;
  ended_on: string | null;
  feedback: string;
  response: string;
}

export interface AgendaItemsTable extends Timestamps {
  id: Generated<number>;
  meeting_id: number;
  kind: string;
  title: string;
  policy_id: number | null;
  decision: string | null;
  decision_notes: string | null;
  position: number;
}

export interface CommitteePapersTable extends Timestamps {
  id: Generated<number>;
  meeting_id: number;
  title: string;
  is_public: number;
  exempt_paragraph: number | null;
  report_of: string;
  author_name: string;
  author_title: string;
  author_email: string;
  wards: string;
  key_decision: number;
  purpose: string;
  narrative_json: string;
  sections_json: string;
  version: Generated<number>;
}

export interface EstatesTable extends Timestamps {
  id: Generated<number>;
  name: string;
}

export interface BlocksTable extends Timestamps {
  id: Generated<number>;
  estate_id: number;
  name: string;
  storeys: number;
  year_built: number | null;
  fire_risk_tier: string;
  passenger_lifts: number;
  communal_water: number;
  asbestos_present: number;
  communal_electrics: number;
}

export interface LiftsTable extends Timestamps {
  id: Generated<number>;
  block_id: number;
  number: number;
  name: string;
}

export interface DwellingsTable extends Timestamps {
  id: Generated<number>;
  uprn: string;
  address: string;
  block_id: number | null;
  tenure: string;
  has_gas: number;
  active: number;
}

export interface CheckIntervalsTable {
  code: string;
  months: number;
}

export interface CheckOwnersTable {
  check_type: string;
  person_id: number;
  updated_at: string;
}

export interface CertificatesTable extends Timestamps {
  id: Generated<number>;
  check_type: string;
  dwelling_id: number | null;
  block_id: number | null;
  lift_id: number | null;
  date_done: string;
  expiry_date: string;
  expiry_given: number;
  outcome: string;
  eicr_codes: string;
  contractor: string;
  reference: string | null;
  evidence_path: string;
}

export interface NoAccessVisitsTable extends Timestamps {
  id: Generated<number>;
  check_type: string;
  dwelling_id: number | null;
  block_id: number | null;
  visit_date: string;
  notes: string;
}

export interface RemedialActionsTable extends Timestamps {
  id: Generated<number>;
  certificate_id: number;
  description: string;
  priority: string;
  due_date: string;
  completed_date: string | null;
  owner_id: number | null;
}

export interface Database {
  settings: SettingsTable;
  teams: TeamsTable;
  people: PeopleTable;
  programmes: ProgrammesTable;
  recommendations: RecommendationsTable;
  actions: ActionsTable;
  progress_notes: ProgressNotesTable;
  audit_log: AuditLogTable;
  monthly_updates: MonthlyUpdatesTable;
  monthly_update_items: MonthlyUpdateItemsTable;
  monthly_update_quotes: MonthlyUpdateQuotesTable;
  committees: CommitteesTable;
  meetings: MeetingsTable;
  policies: PoliciesTable;
  policy_stages: PolicyStagesTable;
  policy_recommendations: PolicyRecommendationsTable;
  policy_consultations: PolicyConsultationsTable;
  agenda_items: AgendaItemsTable;
  committee_papers: CommitteePapersTable;
  estates: EstatesTable;
  blocks: BlocksTable;
  lifts: LiftsTable;
  dwellings: DwellingsTable;
  check_intervals: CheckIntervalsTable;
  check_owners: CheckOwnersTable;
  certificates: CertificatesTable;
  no_access_visits: NoAccessVisitsTable;
  remedial_actions: RemedialActionsTable;
}
