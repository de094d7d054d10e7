import type { ImportKindSpec } from './importFields';

// The training register's four imports, in the order a new register is filled: the courses, which
// job roles need them, the staff, then who has done what.

/** The course catalogue: a course already recorded (by name, any case) is updated. */
export const courseImport = {
  label: 'Training courses',
  columnsHint:
    'Course, Category, Refresh months (blank: done once only), Mandatory (yes or no), Provider, Policy (by title); a course already recorded is matched by its name',
  fields: {
    name: { header: 'Course', aliases: ['Course name'], required: true },
    category: { header: 'Category', required: true },
    refreshMonths: { header: 'Refresh months', aliases: ['Refresh', 'Refresh interval', 'Refresh interval months'], required: true },
    mandatory: { header: 'Mandatory', required: true },
    provider: { header: 'Provider', required: false },
    policy: { header: 'Policy', aliases: ['Policy title'], required: false },
  },
} satisfies ImportKindSpec;

/** Which job roles need which course, for one team or (team blank) every team. */
export const requirementImport = {
  label: 'Training requirements by job role',
  columnsHint: 'Job role, Course, Team (blank: every team); job roles and teams not yet recorded are added, and the report lists them',
  fields: {
    jobRole: { header: 'Job role', aliases: ['Role'], required: true },
    course: { header: 'Course', aliases: ['Course name'], required: true },
    team: { header: 'Team', required: false },
  },
} satisfies ImportKindSpec;

/** The staff list from HR: one row per person, keyed by e-mail. */
export const staffImport = {
  label: 'Staff (teams, job roles, line managers)',
  columnsHint:
    'Name, Email, Team, Job role, Start date, Leave date, Line manager (by name or e-mail); a person already recorded is matched by e-mail, and teams and job roles not yet recorded are added',
  fields: {
    name: { header: 'Name', aliases: ['Full name', 'Staff name'], required: true },
    email: { header: 'Email', aliases: ['E-mail', 'Email address', 'E-mail address'], required: true },
    team: { header: 'Team', required: false },
    jobRole: { header: 'Job role', aliases: ['Role'], required: false },
    startDate: { header: 'Start date', aliases: ['Started'], required: false },
    leaveDate: { header: 'Leave date', aliases: ['Left', 'End date'], required: false },
    lineManager: { header: 'Line manager', aliases: ['Manager'], required: false },
  },
} satisfies ImportKindSpec;

/** Completed training: one row per course done; the same person, course and date is recorded once. */
export const trainingImport = {
  label: 'Training completed',
  columnsHint:
    'Email, Course, Date completed, Expiry date (blank: worked out from the course’s refresh interval), Evidence; the same person, course and date is recorded once',
  fields: {
    email: { header: 'Email', aliases: ['E-mail', 'Email address', 'E-mail address'], required: true },
    course: { header: 'Course', aliases: ['Course name'], required: true },
    dateCompleted: { header: 'Date completed', aliases: ['Completed', 'Completion date', 'Date'], required: true },
    expiry: { header: 'Expiry date', aliases: ['Expiry', 'Expires'], required: false },
    evidence: { header: 'Evidence', aliases: ['Evidence file', 'Certificate'], required: false },
  },
} satisfies ImportKindSpec;
