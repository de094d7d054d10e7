import { sql } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { addDays } from '../../shared/domain/dates';
import { completionExpiry, employedOn, trainingCell, type TrainingCompletion, type TrainingStatus, type TrainingWaiver } from '../../shared/domain/training';
import { matrixCells, type MatrixCellRow } from '../../main/training/matrixSql';
import { makeCore, type TestCore } from '../helpers/testCore';

// The SQL matrix and the pure rules must give the same cell for every person x course, on every
// date: a generated staff with every kind of record, read as at many dates.

let t: TestCore;
beforeEach(async () => {
  t = await makeCore({ today: '2026-11-23' });
});
afterEach(async () => t.close());

const at = '2026-01-05T09:00:00.000Z';

/** A small deterministic generator (mulberry32), so a failure can be replayed. */
function random(seed: number) {
  let a = seed;
  const next = () => {
    a = (a + 0x6d2b79f5) | 0;
    let r = Math.imul(a ^ (a >>> 15), 1 | a);
    r = (r + Math.imul(r ^ (r >>> 7), 61 | r)) ^ r;
    return ((r ^ (r >>> 14)) >>> 0) / 4294967296;
  };
  return { next, int: (n: number) => Math.floor(next() * n), pick: <T>(xs: readonly T[]) => xs[Math.floor(next() * xs.length)]! };
}

interface Generated {
  people: { id: number; teamId: number; roleId: number | null; startDate: string | null; leaveDate: string | null }[];
  courses: { id: number; refreshMonths: number | null; policyRefreshDays: number; policyId: number | null }[];
  requirements: { roleId: number; courseId: number; teamId: number | null }[];
  completions: Map<string, TrainingCompletion[]>;
  waivers: Map<string, TrainingWaiver[]>;
  approvals: Map<number, string[]>;
}

function generate(seed: number): Generated {
  const r = random(seed);
  const s = t.database.sqlite;
  const insert = (q: string, ...v: unknown[]) => Number(s.prepare(q).run(...v).lastInsertRowid);
  const day = (from: string, span: number) => addDays(from, r.int(span));
  const teams = [1, 2, 3].map((i) => insert('insert into teams (name, created_at, updated_at) values (?, ?, ?)', `Team ${i}`, at, at));
  const roles = [1, 2, 3].map((i) => insert('insert into job_roles (name, created_at, updated_at) values (?, ?, ?)', `Role ${i}`, at, at));
  const g: Generated = { people: [], courses: [], requirements: [], completions: new Map(), waivers: new Map(), approvals: new Map() };

  const policies = [1, 2].map((i) =>
    insert("insert into policies (title, stage, stage_entered_on, created_at, updated_at) values (?, 'published', '2024-01-01', ?, ?)", `Policy ${i}`, at, at),
  );
  for (const policyId of policies) {
    const dates = [day('2024-01-01', 400), day('2025-06-01', 500)];
    for (const d of dates) insert("insert into policy_stages (policy_id, stage, entered_on) values (?, 'approved', ?)", policyId, d);
    // A stage that is not an approval never counts.
    insert("insert into policy_stages (policy_id, stage, entered_on) values (?, 'published', ?)", policyId, day('2025-01-01', 600));
    g.approvals.set(policyId, dates);
  }
  for (let i = 0; i < 8; i++) {
    const refreshMonths = r.pick([null, 12, 24, 36]);
    const policyId = r.next() < 0.3 ? r.pick(policies) : null;
    const policyRefreshDays = r.pick([30, 60, 90]);
    const id = insert(
      'insert into courses (name, refresh_months, mandatory, policy_id, policy_refresh_days, created_at, updated_at) values (?, ?, ?, ?, ?, ?, ?)',
      `Course ${i}`,
      refreshMonths,
      r.int(2),
      policyId,
      policyRefreshDays,
      at,
      at,
    );
    g.courses.push({ id, refreshMonths, policyRefreshDays, policyId });
  }
  for (const roleId of roles) {
    for (const c of g.courses) {
      const roll = r.next();
      if (roll < 0.4) continue;
      const teamId = roll < 0.6 ? r.pick(teams) : null;
      insert('insert into course_requirements (job_role_id, course_id, team_id, created_at, updated_at) values (?, ?, ?, ?, ?)', roleId, c.id, teamId, at, at);
      g.requirements.push({ roleId, courseId: c.id, teamId });
    }
  }
  for (let i = 0; i < 40; i++) {
    const startDate = r.next() < 0.1 ? null : day('2023-01-01', 1400);
    const leaveDate = r.next() < 0.2 ? day(startDate ?? '2024-01-01', 900) : null;
    const teamId = r.pick(teams);
    const roleId = r.next() < 0.1 ? null : r.pick(roles);
    const id = insert(
      'insert into people (name, team_id, job_role_id, start_date, leave_date, active, created_at, updated_at) values (?, ?, ?, ?, ?, ?, ?, ?)',
      `Person ${i}`,
      teamId,
      roleId,
      startDate,
      leaveDate,
      leaveDate ? 0 : 1,
      at,
      at,
    );
    g.people.push({ id, teamId, roleId, startDate, leaveDate });
    for (const c of g.courses) {
      const key = `${id}:${c.id}`;
      const done: TrainingCompletion[] = [];
      for (let k = r.int(4); k > 0; k--) {
        // Some are done on the very day a new version of the linked policy was approved.
        const dateCompleted = c.policyId && r.next() < 0.3 ? r.pick(g.approvals.get(c.policyId)!) : day(startDate ?? '2023-01-01', 1200);
        const given = r.next() < 0.2 ? addDays(dateCompleted, 100 + r.int(400)) : null;
        const expiry = completionExpiry({ refreshMonths: c.refreshMonths }, { dateCompleted, expiryDate: given });
        insert(
          'insert into training_completions (person_id, course_id, date_completed, expiry_date, expiry_given, created_at, updated_at) values (?, ?, ?, ?, ?, ?, ?)',
          id,
          c.id,
          dateCompleted,
          expiry,
          given ? 1 : 0,
          at,
          at,
        );
        done.push({ dateCompleted, expiryDate: expiry });
      }
      g.completions.set(key, done);
      if (r.next() < 0.08) {
        const agreedOn = day('2024-06-01', 700);
        const until = addDays(agreedOn, r.int(200));
        insert(
          "insert into training_waivers (person_id, course_id, reason, agreed_on, until_date, agreed_by, created_at, updated_at) values (?, ?, 'Long-term sick leave', ?, ?, 'Head of Housing', ?, ?)",
          id,
          c.id,
          agreedOn,
          until,
          at,
          at,
        );
        g.waivers.set(key, [{ agreedOn, until }]);
      }
    }
  }
  return g;
}

/** A cell as the rules give it: not required too. */
type RuleCell = Omit<MatrixCellRow, 'status'> & { status: TrainingStatus };

function expected(g: Generated, asAt: string, graceDays: number): RuleCell[] {
  const out: RuleCell[] = [];
  for (const p of g.people) {
    if (!employedOn(p, asAt)) continue;
    for (const c of g.courses) {
      const key = `${p.id}:${c.id}`;
      const approvals = (c.policyId ? g.approvals.get(c.policyId)! : []).filter((d) => d <= asAt).sort();
      const required = g.requirements.some((q) => q.courseId === c.id && q.roleId === p.roleId && (q.teamId === null || q.teamId === p.teamId));
      const cell = trainingCell(
        {
          person: p,
          course: c,
          required,
          completions: g.completions.get(key) ?? [],
          waivers: g.waivers.get(key) ?? [],
          policyApprovedOn: approvals.at(-1) ?? null,
          graceDays,
        },
        asAt,
      )!;
      out.push({ person_id: p.id, course_id: c.id, status: cell.status, date: cell.date });
    }
  }
  return out;
}

async function fromSql(asAt: string, graceDays: number): Promise<MatrixCellRow[]> {
  const rows = await sql<MatrixCellRow>`with cells as (${matrixCells({ asAt, graceDays })}) select * from cells order by person_id, course_id`.execute(
    t.database.db,
  );
  return rows.rows;
}

describe('the training matrix in SQL', () => {
  it('gives every required cell the status and date the rules give, and no other, on every date', async () => {
    const g = generate(20261204);
    let compared = 0;
    const seen = new Set<string>();
    // Ordinary dates, and the days on which a rule turns: approvals, waivers' first and last days,
    // expiries and the day after, 30 days before an expiry, deadlines.
    const edges = [
      ...[...g.approvals.values()].flat(),
      ...[...g.waivers.values()].flat().flatMap((w) => [w.agreedOn, w.until, addDays(w.until, 1)]),
      ...[...g.completions.values()]
        .flat()
        .slice(0, 12)
        .flatMap((c) => (c.expiryDate ? [c.expiryDate, addDays(c.expiryDate, 1), addDays(c.expiryDate, -30), addDays(c.expiryDate, -31)] : [c.dateCompleted])),
      ...g.people.slice(0, 6).flatMap((p) => (p.startDate ? [addDays(p.startDate, 89), addDays(p.startDate, 90)] : [])),
    ];
    for (const asAt of ['2023-06-30', '2024-12-01', '2025-11-30', '2026-12-04', '2027-06-01', ...edges]) {
      for (const grace of [90, 30]) {
        const want = expected(g, asAt, grace);
        // the query holds the required cells; every other is not required
        expect(await fromSql(asAt, grace)).toEqual(want.filter((w) => w.status !== 'not_required'));
        compared += want.length;
        for (const w of want) seen.add(w.status);
      }
    }
    // The data reaches every status, so the comparison tests every rule.
    expect([...seen].sort()).toEqual(['due', 'due_soon', 'expired', 'in_date', 'missing', 'not_required', 'waived']);
    expect(compared).toBeGreaterThan(20000);
  });
});
