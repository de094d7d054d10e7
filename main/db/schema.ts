import type { ActionsTable, ProgrammesTable, ProgressNotesTable, RecommendationsTable } from '../actionPlan/tables';
import type { AuditLogTable } from '../audit/tables';
import type { ComplaintStagesTable, ComplaintYearHomesTable, NonWorkingDaysTable } from '../complaints/tables';
import type {
  CheckIntervalsTable,
  CheckOwnersTable,
  ComplianceBlocksBeforeTable,
  ComplianceHomesBeforeTable,
  ComplianceLiftsBeforeTable,
  ComplianceStockChangesTable,
  ComplianceTrendPointsTable,
  ComplianceVersionsTable,
} from '../compliance/tables';
import type { AgendaItemsTable, CommitteesTable, MeetingsTable } from '../meetings/tables';
import type { MonthlyUpdateItemsTable, MonthlyUpdateQuotesTable, MonthlyUpdatesTable } from '../monthly/tables';
import type { CommitteePapersTable } from '../papers/tables';
import type { PeopleTable, TeamsTable } from '../people/tables';
import type { PoliciesTable, PolicyConsultationsTable, PolicyRecommendationsTable, PolicyStagesTable } from '../policies/tables';
import type { SettingsTable } from '../settings/tables';
import type { CourseRequirementsTable, CoursesTable, JobRolesTable, TrainingCompletionsTable, TrainingWaiversTable } from '../training/tables';
import type { MeasuresTable, MeasureTargetsTable, MeasureValuesTable } from '../measures/tables';
import type { BlocksTable, CertificatesTable, DwellingsTable, EstatesTable, LiftsTable, NoAccessVisitsTable, RemedialActionsTable } from '../stock/tables';

// Every table as Kysely sees it (snake_case, as stored); each domain's row types live in its own tables.ts.
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
  compliance_trend_points: ComplianceTrendPointsTable;
  compliance_homes_before: ComplianceHomesBeforeTable;
  compliance_blocks_before: ComplianceBlocksBeforeTable;
  compliance_lifts_before: ComplianceLiftsBeforeTable;
  compliance_versions: ComplianceVersionsTable;
  compliance_stock_changes: ComplianceStockChangesTable;
  check_owners: CheckOwnersTable;
  certificates: CertificatesTable;
  no_access_visits: NoAccessVisitsTable;
  remedial_actions: RemedialActionsTable;
  job_roles: JobRolesTable;
  courses: CoursesTable;
  course_requirements: CourseRequirementsTable;
  training_completions: TrainingCompletionsTable;
  training_waivers: TrainingWaiversTable;
  measures: MeasuresTable;
  measure_targets: MeasureTargetsTable;
  measure_values: MeasureValuesTable;
  complaint_stages: ComplaintStagesTable;
  non_working_days: NonWorkingDaysTable;
  complaint_year_homes: ComplaintYearHomesTable;
}
