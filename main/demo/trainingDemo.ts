import { addDays, formatDateLong } from '../../shared/domain/dates';
import { completionExpiry } from '../../shared/domain/training';
import { writeAudit } from '../core/audit';
import type { Ctx, Db } from '../core/context';
import { sameName } from '../people/peopleRepo';

// The demo's training matrix: a council housing service's job roles, the courses the review in
// seeds 000 and 001 asked for (complaints handling linked to the Complaints policy, so its new
// version put everyone on notice), about 60 staff with believable start dates, a few leavers and
// new starters, and completions that give every status. Dates are relative to the load day and
// the mix is fixed (a seeded sequence), so every load looks the same.

const ROLES = [
  'Housing Officer',
  'Senior Housing Officer',
  'Team Manager',
  'Repairs Surveyor',
  'Customer Service Adviser',
  'Complaints Officer',
  'Building Safety Officer',
  'Estate Services Officer',
  'Policy Officer',
] as const;
type Role = (typeof ROLES)[number];

interface DemoCourse {
  name: string;
  category: string;
  provider: string;
  refreshMonths: number | null;
  mandatory: boolean;
  policy?: string;
  /** roles that need it besides everyone (for a mandatory course) */
  roles?: Role[];
}

const COURSES: DemoCourse[] = [
  { name: 'Induction (Starter Hub)', category: 'Induction', provider: 'People and Training', refreshMonths: null, mandatory: true },
  { name: 'Customer service standards', category: 'Customer service', provider: 'People and Training', refreshMonths: 36, mandatory: true },
  { name: 'Complaints handling', category: 'Customer service', provider: 'Complaints team', refreshMonths: 24, mandatory: true, policy: 'Complaints' },
  { name: 'Safeguarding adults and children', category: 'Safeguarding', provider: 'County safeguarding board', refreshMonths: 24, mandatory: true },
  {
    name: 'Recognising vulnerability',
    category: 'Safeguarding',
    provider: 'People and Training',
    refreshMonths: 36,
    mandatory: false,
    roles: ['Housing Officer', 'Senior Housing Officer', 'Customer Service Adviser', 'Complaints Officer'],
  },
  { name: 'Equality, diversity and inclusion', category: 'Equality', provider: 'People and Training', refreshMonths: 36, mandatory: true },
  { name: 'Fire safety awareness', category: 'Health and safety', provider: 'Fire service', refreshMonths: 12, mandatory: true },
  {
    name: 'Damp and mould',
    category: 'Property',
    provider: 'Property Services',
    refreshMonths: 24,
    mandatory: false,
    roles: ['Housing Officer', 'Senior Housing Officer', 'Repairs Surveyor', 'Building Safety Officer', 'Estate Services Officer'],
  },
  {
    name: 'Asbestos awareness',
    category: 'Health and safety',
    provider: 'Property Services',
    refreshMonths: 12,
    mandatory: false,
    roles: ['Repairs Surveyor', 'Building Safety Officer', 'Estate Services Officer'],
  },
  { name: 'Data protection', category: 'Information governance', provider: 'Information governance', refreshMonths: 12, mandatory: true },
];

/** Each team's roles; the demo has two people in each (about 60 staff). */
const TEAM_ROLES: Record<string, Role[]> = {
  'Housing Management': ['Housing Officer', 'Housing Officer', 'Housing Officer', 'Housing Officer', 'Senior Housing Officer', 'Team Manager'],
  'Repairs and Maintenance': ['Repairs Surveyor', 'Repairs Surveyor', 'Repairs Surveyor', 'Team Manager'],
  'Customer Services': ['Customer Service Adviser', 'Customer Service Adviser', 'Customer Service Adviser', 'Customer Service Adviser', 'Team Manager'],
  Complaints: ['Complaints Officer', 'Complaints Officer', 'Team Manager'],
  'Property Services and Compliance': ['Building Safety Officer', 'Building Safety Officer', 'Team Manager'],
  'Estate Services': ['Estate Services Officer', 'Estate Services Officer', 'Estate Services Officer', 'Estate Services Officer', 'Team Manager'],
  'Housing Strategy and Policy': ['Policy Officer', 'Team Manager'],
  'Resident Engagement': ['Policy Officer'],
};

const FIRST = ['Aisha', 'Ben', 'Chidi', 'Dawn', 'Emre', 'Fiona', 'Gareth', 'Hannah', 'Imran', 'Jade', 'Kwame', 'Lucy', 'Marek', 'Nia', 'Owen', 'Priya'];
const LAST = ['Ahmed', 'Barker', 'Coleman', 'Davies', 'Evans', 'Farooq', 'Green', 'Hughes', 'Iqbal', 'Jones', 'Khan', 'Lloyd', 'Morgan', 'Novak', 'Price'];

/** A fixed pseudo-random sequence (mulberry32). */
function sequence(seed: number) {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let r = Math.imul(a ^ (a >>> 15), 1 | a);
    r = (r + Math.imul(r ^ (r >>> 7), 61 | r)) ^ r;
    return ((r ^ (r >>> 14)) >>> 0) / 4294967296;
  };
}

export async function loadTrainingDemo(db: Db, ctx: Pick<Ctx, 'actor' | 'now' | 'today'>): Promise<number> {
  const { now, today } = ctx;
  const ago = (days: number) => addDays(today, -days);
  const next = sequence(1204);

  const roleIds = new Map<Role, number>();
  for (const name of ROLES) {
    const row = await db.insertInto('job_roles').values({ name, created_at: now, updated_at: now }).returningAll().executeTakeFirstOrThrow();
    await writeAudit(db, ctx, { entity: 'job_role', entityId: row.id, action: 'create', label: name, after: row });
    roleIds.set(name, row.id);
  }

  const teams = await db.selectFrom('teams').select(['id', 'name']).execute();
  const teamId = async (name: string) => {
    const found = teams.find((t) => sameName(t.name, name));
    if (found) return found.id;
    const row = await db.insertInto('teams').values({ name, created_at: now, updated_at: now }).returningAll().executeTakeFirstOrThrow();
    await writeAudit(db, ctx, { entity: 'team', entityId: row.id, action: 'create', label: name, after: { name } });
    teams.push(row);
    return row.id;
  };

  const policies = await db.selectFrom('policies').select(['id', 'title']).execute();
  const courses: { id: number; refreshMonths: number | null; spec: DemoCourse }[] = [];
  for (const c of COURSES) {
    const row = await db
      .insertInto('courses')
      .values({
        name: c.name,
        category: c.category,
        provider: c.provider,
        refresh_months: c.refreshMonths,
        mandatory: c.mandatory ? 1 : 0,
        policy_id: c.policy ? (policies.find((p) => p.title === c.policy)?.id ?? null) : null,
        policy_refresh_days: 60,
        created_at: now,
        updated_at: now,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    await writeAudit(db, ctx, { entity: 'course', entityId: row.id, action: 'create', label: c.name, after: row });
    courses.push({ id: row.id, refreshMonths: c.refreshMonths, spec: c });
    for (const role of c.mandatory ? ROLES : (c.roles ?? [])) {
      const req = await db
        .insertInto('course_requirements')
        .values({ job_role_id: roleIds.get(role)!, course_id: row.id, team_id: null, created_at: now, updated_at: now })
        .returningAll()
        .executeTakeFirstOrThrow();
      await writeAudit(db, ctx, { entity: 'course_requirement', entityId: req.id, action: 'create', label: `${role}: ${c.name}`, after: req });
    }
  }

  // The demo's named staff get a role and a start date; the rest of each team is made up to size.
  const staff: { id: number; name: string; role: Role; startDate: string; leaveDate: string | null }[] = [];
  const named = await db.selectFrom('people').select(['id', 'name', 'team_id']).where('start_date', 'is', null).orderBy('id').execute();
  let n = 0;
  for (const [team, roles] of Object.entries(TEAM_ROLES)) {
    const id = await teamId(team);
    const members = named.filter((p) => p.team_id === id);
    let manager: number | null = null;
    // The team manager first, so that everyone else in the team has a line manager.
    const inOrder = [...roles, ...roles].sort((a, b) => Number(b === 'Team Manager') - Number(a === 'Team Manager'));
    for (const [i, role] of inOrder.entries()) {
      // Every fifth person started in the last four months; one in twelve has left.
      const existing = members[i];
      const startDate = n % 5 === 4 ? ago(10 + Math.floor(next() * 110)) : ago(200 + Math.floor(next() * 3400));
      // The demo's named staff own recommendations, so only made-up staff have left.
      const leaveDate = n % 12 === 11 && !existing ? ago(5 + Math.floor(next() * 150)) : null;
      n++;
      const values = {
        job_role_id: roleIds.get(role)!,
        start_date: startDate,
        leave_date: leaveDate,
        line_manager_id: role === 'Team Manager' ? null : manager,
        active: leaveDate ? 0 : 1,
        updated_at: now,
      };
      let personId: number;
      let name = existing?.name ?? '';
      if (existing) {
        await db.updateTable('people').set(values).where('id', '=', existing.id).execute();
        personId = existing.id;
      } else {
        name = `${FIRST[n % FIRST.length]} ${LAST[(n * 7) % LAST.length]}`;
        const email = `${name.toLowerCase().replace(/ /g, '.')}@example-council.gov.uk`;
        const row = await db
          .insertInto('people')
          .values({ name, job_title: role, team_id: id, email, created_at: now, ...values })
          .returningAll()
          .executeTakeFirstOrThrow();
        await writeAudit(db, ctx, { entity: 'person', entityId: row.id, action: 'create', label: name, after: row });
        personId = row.id;
      }
      if (role === 'Team Manager') manager = personId;
      staff.push({ id: personId, name, role, startDate, leaveDate });
    }
  }

  for (const p of staff) {
    for (const c of courses) {
      if (!(c.spec.mandatory || c.spec.roles?.includes(p.role))) continue;
      const roll = next();
      const newStarter = p.startDate > ago(120);
      // What each cell shows: mostly in date; some due soon or expired; some never done.
      let done: string | null;
      if (newStarter) done = roll < 0.4 ? addDays(p.startDate, 3 + Math.floor(next() * 20)) : null;
      else if (roll < 0.05) done = null;
      else if (c.refreshMonths === null) done = addDays(p.startDate, 5);
      // Most staff redid the course after the Complaints policy's new version, some have not yet.
      else if (c.spec.policy && roll > 0.35) done = ago(20 + Math.floor(next() * 180));
      else {
        const span = c.refreshMonths * 30;
        const age = roll < 0.18 ? span + 10 + Math.floor(next() * 200) : roll < 0.26 ? span - 25 + Math.floor(next() * 20) : Math.floor(next() * (span - 60));
        done = ago(age) < p.startDate ? addDays(p.startDate, 1) : ago(age);
      }
      if (!done || done > today || (p.leaveDate && done > p.leaveDate)) continue;
      const expiry = completionExpiry({ refreshMonths: c.refreshMonths }, { dateCompleted: done, expiryDate: null });
      const row = await db
        .insertInto('training_completions')
        .values({
          person_id: p.id,
          course_id: c.id,
          date_completed: done,
          expiry_date: expiry,
          expiry_given: 0,
          evidence: '',
          created_at: now,
          updated_at: now,
        })
        .returningAll()
        .executeTakeFirstOrThrow();
      await writeAudit(db, ctx, {
        entity: 'training_completion',
        entityId: row.id,
        action: 'create',
        label: `${p.name}: ${c.spec.name}, ${formatDateLong(done)}`,
        after: row,
        parent: { entity: 'person', id: p.id },
      });
    }
  }

  // Two waivers agreed: one on long-term leave, one qualified elsewhere.
  const waived = [
    { p: staff[3]!, course: courses[6]!, reason: 'On long-term sick leave; to attend on return', until: addDays(today, 90) },
    { p: staff[8]!, course: courses[3]!, reason: 'Completed the same course with a previous employer in the last year', until: addDays(today, 200) },
  ];
  for (const w of waived) {
    const row = await db
      .insertInto('training_waivers')
      .values({
        person_id: w.p.id,
        course_id: w.course.id,
        reason: w.reason,
        agreed_on: ago(20),
        until_date: w.until,
        agreed_by: ctx.actor,
        created_at: now,
        updated_at: now,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    await writeAudit(db, ctx, {
      entity: 'training_waiver',
      entityId: row.id,
      action: 'create',
      label: `${w.p.name}: ${w.course.spec.name} waived until ${formatDateLong(w.until)}`,
      after: row,
      parent: { entity: 'person', id: w.p.id },
    });
  }
  return staff.length;
}
