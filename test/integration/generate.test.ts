import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkDocx } from '../../main/exports/accessibility';
import { generateLandlord, type GenerateResult } from '../../main/generate/generateLandlord';
import { expiryFor, resolveTarget } from '../../main/stock/certificates';
import type { CheckType } from '../../shared/domain/compliance';
import type { OpenDatabase } from '../../main/db/open';
import { sizesFor } from '../../main/generate/sizes';
import { addDays } from '../../shared/domain/dates';
import { makeCore, type TestCore } from '../helpers/testCore';

// A small generated landlord (600 homes, a hundredth of the full size): its sizes, that the same
// seed gives the same rows, that its certificates follow the app's expiry rule, and that the app's
// own reads and a committee paper work on it.

const TODAY = '2026-11-23';

/** Every row the generator wrote (the schema steps' own rows, stamped with the time they ran, left out). */
const contents = (database: OpenDatabase) =>
  (
    database.sqlite
      .prepare(
        // compliance_trend_points holds figures kept by the reads the other tests make, not generated rows
        "select name from sqlite_master where type = 'table' and name not like 'sqlite_%' and name not like 'kysely_%' and name not in ('measures', 'compliance_trend_points') order by name",
      )
      .pluck()
      .all() as string[]
  ).map((table) => [table, database.sqlite.prepare(`select * from "${table}" order by 1`).all()]);

const generated = async (seed: number) => {
  const t = await makeCore({ today: TODAY, setup: false });
  const result = await generateLandlord(t.database, { homes: 600, seed, today: TODAY });
  return { t, result };
};

describe('a generated landlord of 600 homes', () => {
  let t: TestCore;
  let result: GenerateResult;
  beforeAll(async () => {
    ({ t, result } = await generated(7));
  }, 120_000);
  afterAll(() => t.close());

  it('has a hundredth of the full size of each register, and an audit row for each record it created', () => {
    const r = result.rows;
    expect(r.dwellings).toBe(600);
    expect(r.blocks).toBe(20);
    expect(r.people).toBe(20);
    expect(r.recommendations).toBe(210);
    expect(r.policies).toBe(6);
    // about 600,000 certificates and 980,000 audit rows at 60,000 homes
    expect(r.certificates).toBeGreaterThan(5_000);
    expect(r.certificates).toBeLessThan(7_000);
    expect(r.audit_log).toBeGreaterThan(8_500);
    expect(r.audit_log).toBeLessThan(12_000);
    for (const table of ['lifts', 'remedial_actions', 'no_access_visits', 'training_completions', 'progress_notes', 'complaint_stages', 'measure_values'])
      expect(r[table], table).toBeGreaterThan(0);
    const audited = (entity: string) =>
      t.database.sqlite.prepare("select count(*) from audit_log where entity = ? and action = 'create'").pluck().get(entity) as number;
    expect(audited('certificate')).toBe(r.certificates);
    expect(audited('dwelling')).toBe(r.dwellings);
    expect(audited('training_completion')).toBe(r.training_completions);
    expect(audited('remedial')).toBe(r.remedial_actions);
  });

  it('has the landlord the issue describes: estates, blocks of mixed heights with lifts in the tall ones, staff in teams, the largest programme, and five years of checks', () => {
    const sizes = sizesFor(600);
    const one = <T>(sql: string, ...args: unknown[]) =>
      t.database.sqlite
        .prepare(sql)
        .pluck()
        .get(...args) as T;
    const all = <T>(sql: string) => t.database.sqlite.prepare(sql).all() as T[];
    expect(one<number>('select count(*) from estates')).toBe(sizes.estates);
    expect(one<number>('select count(*) from blocks where estate_id is null')).toBe(0);
    // low-rise, mid-rise and high-rise (ten storeys and over) blocks, and the taller ones with lifts
    const heights = all<{ band: string; blocks: number; withLifts: number }>(
      "select case when storeys <= 4 then 'low' when storeys < 10 then 'mid' else 'high' end as band, count(*) as blocks, sum(passenger_lifts > 0) as withLifts from blocks group by band order by band",
    );
    expect(heights.map((h) => h.band)).toEqual(['high', 'low', 'mid']);
    expect(heights.find((h) => h.band === 'high')!.withLifts).toBe(heights.find((h) => h.band === 'high')!.blocks);
    expect(one<number>('select count(*) from lifts')).toBeGreaterThanOrEqual(heights.find((h) => h.band === 'high')!.blocks);
    expect(one<number>('select count(*) from teams')).toBe(sizes.teams);
    expect(one<number>('select count(*) from people where team_id is null')).toBe(0);
    // the first programme is the one of 1,000 recommendations at full size (a hundredth here: the floor of 12)
    expect(one<number>('select count(*) from recommendations where programme_id = (select min(id) from programmes)')).toBe(sizes.largestProgramme);
    expect(sizesFor(60_000).largestProgramme).toBe(1_000);
    expect(one<number>('select count(*) from progress_notes')).toBeGreaterThan(0);
    // every paper belongs to a meeting, and the meetings have them
    expect(one<number>('select count(*) from committee_papers where meeting_id not in (select id from meetings)')).toBe(0);
    expect(one<number>('select count(*) from committee_papers')).toBeGreaterThan(0);
    // at least five years of history up to today
    expect(one<string>('select min(date_done) from certificates') <= addDays(TODAY, -5 * 365)).toBe(true);
    expect(one<string>('select max(date_done) from certificates') <= TODAY).toBe(true);
    expect(one<string>('select max(date_done) from certificates') >= addDays(TODAY, -31)).toBe(true);
  });

  it('has a realistic share of gas checks overdue, without access and due soon, not none and not most', async () => {
    const gas = (await t.call('compliance.position', { asAt: TODAY })).find((p) => p.checkType === 'GAS')!;
    expect(gas.overdue / gas.requiring).toBeGreaterThan(0.005);
    expect(gas.overdue / gas.requiring).toBeLessThan(0.15);
    expect(gas.due30).toBeGreaterThan(0);
    expect(gas.due90).toBeGreaterThan(gas.due30);
    const noAccessLastYear = t.database.sqlite
      .prepare("select count(distinct dwelling_id) from no_access_visits where check_type = 'GAS' and visit_date > ?")
      .pluck()
      .get(addDays(TODAY, -365)) as number;
    expect(noAccessLastYear).toBeGreaterThan(0);
    expect(noAccessLastYear).toBeLessThan(gas.requiring / 5);
  });

  it('works each certificate’s expiry out as the app does, the gas early-renewal rule included', async () => {
    const rows = t.database.sqlite
      .prepare('select id, check_type, dwelling_id, block_id, lift_id, date_done, expiry_date from certificates where id % 7 = 0')
      .all() as {
      id: number;
      check_type: CheckType;
      dwelling_id: number | null;
      block_id: number | null;
      lift_id: number | null;
      date_done: string;
      expiry_date: string;
    }[];
    expect(rows.length).toBeGreaterThan(500);
    let kept = 0;
    for (const c of rows) {
      const target = await resolveTarget(t.database.db, c.check_type, { dwellingId: c.dwelling_id, blockId: c.block_id, liftId: c.lift_id });
      expect(c.expiry_date, `certificate ${c.id}`).toBe(await expiryFor(t.database.db, c.check_type, target, c.date_done, c.id));
      if (c.check_type === 'GAS' && c.expiry_date.slice(5) !== c.date_done.slice(5)) kept++;
    }
    // some gas checks were done early and kept the anniversary
    expect(kept).toBeGreaterThan(20);
  });

  it('answers the app’s own reads: BS01-BS05, the position, the training matrix and the scorecard', async () => {
    const bs = await t.call('compliance.measures', { asAt: TODAY });
    for (const code of ['BS01', 'BS02', 'BS03', 'BS04', 'BS05'] as const) {
      expect(bs[code].requiring, code).toBeGreaterThan(0);
      expect(bs[code].percent, code).toBeGreaterThan(70);
    }
    // a realistic share of gas checks overdue or without access, not none
    expect(bs.BS01.compliant).toBeLessThan(bs.BS01.requiring);
    const position = await t.call('compliance.position', { asAt: TODAY });
    expect(position.map((p) => p.checkType).sort()).toEqual(['ASBESTOS', 'EICR', 'FRA', 'GAS', 'LIFT', 'WATER']);
    const matrix = await t.call('training.matrix', { asAt: TODAY, teamId: null });
    expect(matrix.people.length).toBeGreaterThan(10);
    expect(matrix.mandatory.required).toBeGreaterThan(0);
    expect(matrix.mandatory.compliant).toBeGreaterThan(0);
    const scorecard = await t.call('measures.scorecard', { year: '2026/27' });
    expect(scorecard.rows.length).toBe(23);
  });

  it("dates a held meeting's paper's data two weeks before the meeting, and leaves a paper to come at today's", () => {
    const papers = t.database.sqlite
      .prepare('select m.meeting_date as meeting, p.data_as_at as asAt from committee_papers p join meetings m on m.id = p.meeting_id')
      .all() as { meeting: string; asAt: string | null }[];
    const held = papers.filter((p) => p.meeting < TODAY);
    expect(held.length).toBeGreaterThan(0);
    for (const p of held) expect(new Date(p.meeting).getTime() - new Date(p.asAt!).getTime()).toBe(14 * 86_400_000);
    expect(papers.filter((p) => p.meeting >= TODAY).every((p) => p.asAt === null)).toBe(true);
    expect(papers.some((p) => p.meeting >= TODAY)).toBe(true);
  });

  it('exports a committee paper with every data section that passes the accessibility check', async () => {
    const paper = t.database.sqlite
      .prepare("select p.id from committee_papers p join meetings m on m.id = p.meeting_id where m.status = 'held' order by m.meeting_date desc limit 1")
      .pluck()
      .get() as number;
    const file = await t.call('exports.committeePaper', { paperId: paper });
    expect(await checkDocx(Buffer.from(file.base64, 'base64'))).toEqual([]);
  }, 60_000);

  it('leaves a sound database: integrity and foreign keys checked, and every index as the schema steps made it', async () => {
    expect(t.database.sqlite.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(t.database.sqlite.pragma('foreign_key_check')).toEqual([]);
    const schema = (d: OpenDatabase) => d.sqlite.prepare("select type, name, tbl_name, sql from sqlite_master where type != 'table' order by name").all();
    const fresh = await makeCore({ setup: false });
    try {
      expect(schema(t.database)).toEqual(schema(fresh.database));
    } finally {
      await fresh.close();
    }
  });

  it('gives the same rows for the same seed and other rows for another', async () => {
    const same = await generated(7);
    const other = await generated(8);
    try {
      expect(contents(same.t.database)).toEqual(contents(t.database));
      expect(contents(other.t.database)).not.toEqual(contents(t.database));
      expect(other.result.rows.dwellings).toBe(600);
    } finally {
      await same.t.close();
      await other.t.close();
    }
  }, 120_000);

  it('refuses a database that already holds records', async () => {
    await expect(generateLandlord(t.database, { homes: 600, seed: 7, today: TODAY })).rejects.toThrow(
      /generate fills only an empty database, and this one already holds 4 programmes, 6 policies, \d+ meetings, 600 homes/,
    );
  });
});
