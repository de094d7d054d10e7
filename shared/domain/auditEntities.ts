// The names an audit row gives the record it is about (`audit_log.entity` and `parent_entity`).
// They are stored, so they never change: a register adds its names here.
export const AUDIT_ENTITIES = [
  'settings',
  'team',
  'person',
  'programme',
  'recommendation',
  'action',
  'note',
  'monthly_update',
  'monthly_item',
  'policy',
  'consultation',
  'committee',
  'meeting',
  'agenda_item',
  'paper',
  'estate',
  'block',
  'lift',
  'dwelling',
  'certificate',
  'remedial',
  'no_access',
  'check_owner',
  'check_interval',
  'job_role',
  'course',
  'course_requirement',
  'training_completion',
  'training_waiver',
  'measure',
  'measure_target',
  'measure_value',
  'complaint_stage',
  'non_working_day',
  'complaint_year_homes',
] as const;

export type AuditEntity = (typeof AUDIT_ENTITIES)[number];

/** The records whose history a screen shows (`audit.history`). */
export const HISTORY_ENTITIES = ['recommendation', 'programme', 'person', 'team', 'policy', 'meeting'] as const satisfies readonly AuditEntity[];

export type HistoryEntity = (typeof HISTORY_ENTITIES)[number];
