import { afterEach, describe, expect, it } from 'vitest';
import { deriveRag, REC_STATUSES, effectiveRag, type Rag } from '../../shared/domain/actionPlan';
import { addDays } from '../../shared/domain/dates';
import { effectiveRagSql } from '../../main/actionPlan/ragSql';
import { makeCore, type TestCore } from '../helpers/testCore';

let t: TestCore;
afterEach(async () => t.close());

describe('action plan summary', () => {
  it('counts the demo data by status and RAG in SQL, the same as the rule in code', async () => {
    t = await makeCore({ today: '2026-11-23', demo: true });
    const [programme] = await t.call('programmes.list', {});
    expect(programme).toMatchObject({ code: 'RFP', name: 'Resident Focus Project', recommendationCount: 24 });
    const rows = await t.call('recommendations.list', { programmeId: programme!.id });
    expect(rows).toHaveLength(24);
    const summary = await t.call('actionPlan.summary', { programmeId: programme!.id });
    expect(summary.total).toBe(24);
    const byRag: Record<Rag, number> = { red: 0, amber: 0, green: 0, complete: 0 };
    for (const r of rows) byRag[r.rag]++;
    expect(summary.byRag).toEqual(byRag);
    expect(summary.byStatus.completed).toBe(rows.filter((r) => r.status === 'completed').length);
    expect(summary.byStatus.completed).toBeGreaterThan(0);
    expect(summary.byRag.red).toBeGreaterThan(0);
    // every overdue recommendation is listed with its owner and how late it is
    const overdueRecs = summary.overdue.filter((o) => o.kind === 'recommendation');
    expect(overdueRecs.map((o) => o.ref).sort()).toEqual(
      rows
        .filter((r) => r.daysOverdue > 0)
        .map((r) => r.ref)
        .sort(),
    );
    expect(overdueRecs.every((o) => o.ownerName && o.daysOverdue > 0)).toBe(true);
    expect(summary.dueSoon.every((o) => o.targetDate >= '2026-11-23' && o.targetDate <= '2026-12-23')).toBe(true);
    // the demo has a year of monthly notes
    const notes = t.database.sqlite.prepare('select min(note_date) first, max(note_date) last, count(*) n from progress_notes').get() as any;
    expect(notes.n).toBeGreaterThanOrEqual(60);
    expect(notes.first <= '2025-12-01' && notes.last >= '2026-11-01').toBe(true);
  });

  it('gives the same RAG in SQL as in code for every status and date around the thresholds', async () => {
    t = await makeCore({ today: '2026-11-23' });
    const today = '2026-11-23';
    const expected: Record<string, Rag> = {};
    const rows: string[] = [];
    let n = 0;
    for (const status of REC_STATUSES) {
      for (const offset of [null, -400, -1, 0, 1, 29, 30, 31, 200]) {
        for (const revised of [null, -3, 45]) {
          for (const override of [null, 'green'] as const) {
            n++;
            const original = offset === null ? null : addDays(today, offset);
            const rev = revised === null || original === null ? null : addDays(today, revised);
            const completion = status === 'completed' ? '2026-11-01' : null;
            rows.push(
              `(${n}, 1, 'R${n}', 't', '', ${status === 'completed' ? `'${status}'` : `'${status}'`}, ${original ? `'${original}'` : 'null'}, ${rev ? `'${rev}'` : 'null'}, ${rev ? "'r'" : 'null'}, ${completion ? `'${completion}'` : 'null'}, ${override ? `'${override}'` : 'null'}, ${override ? "'why'" : 'null'}, '', '')`,
            );
            expected[`R${n}`] = effectiveRag({ status, originalTargetDate: original, revisedTargetDate: rev, ragOverride: override }, today);
            if (!override) expect(deriveRag({ status, originalTargetDate: original, revisedTargetDate: rev }, today)).toBe(expected[`R${n}`]);
          }
        }
      }
    }
    t.database.sqlite.exec(`insert into programmes (id, code, name, created_at, updated_at) values (1, 'P', 'P', '', '')`);
    t.database.sqlite.exec(
      `insert into recommendations (id, programme_id, ref, title, public_summary, status, original_target_date, revised_target_date, revised_reason, completion_date, rag_override, rag_override_reason, created_at, updated_at) values ${rows.join(',')}`,
    );
    const fromSql = await t.database.db
      .selectFrom('recommendations')
      .select(['ref', effectiveRagSql(today).as('rag')])
      .execute();
    expect(fromSql).toHaveLength(n);
    for (const r of fromSql) expect([r.ref, r.rag]).toEqual([r.ref, expected[r.ref]]);
  });
});
