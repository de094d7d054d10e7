import type BetterSqlite3 from 'better-sqlite3';

// Random changes to a landlord's homes, blocks, lifts and certificates in raw SQL (the triggers fire
// whoever writes), for the tests that carry kept figures through them: each op writes one kind of
// change and says what it did in the log, so that a failing round can be replayed by reading it.

export function randomStockChanges(sqlite: BetterSqlite3.Database, startSeed = 12345) {
  const s = () => sqlite;
  const ids = (q: string, ...a: unknown[]) =>
    s()
      .prepare(q)
      .pluck()
      .all(...a) as number[];
  let seed = startSeed;
  // the high bits: an LCG modulo a power of two repeats its low bits with a short period
  const rnd = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2147483648), Math.floor(seed / 65536) % n);
  const pick = <T>(a: T[]) => a[rnd(a.length)]!;
  const bump = () =>
    s().prepare("insert into audit_log (at, actor, entity, entity_id, action, label) values ('2026-11-23T00:00:00Z', 'fuzz', 'x', 0, 'update', 'x')").run();
  let uprn = 800000000;

  /** One random change, said in the log. */
  function op(log: string[]) {
    const homes = ids('select id from dwellings order by id');
    const blocks = ids('select id from blocks order by id');
    const k = rnd(16);
    const h = pick(homes);
    const at = "strftime('%Y-%m-%dT%H:%M:%fZ')";
    switch (k) {
      case 0: {
        const v = pick(['tenant', 'leaseholder', 'shared_ownership']);
        s().prepare('update dwellings set tenure = ? where id = ?').run(v, h);
        log.push(`tenure ${h} ${v}`);
        break;
      }
      case 1:
        s().prepare('update dwellings set has_gas = 1 - has_gas where id = ?').run(h);
        log.push(`gas ${h}`);
        break;
      case 2:
        s().prepare('update dwellings set active = 1 - active where id = ?').run(h);
        log.push(`active ${h}`);
        break;
      case 3: {
        const b = rnd(6) === 0 ? null : pick(blocks);
        s().prepare('update dwellings set block_id = ? where id = ?').run(b, h);
        log.push(`move ${h} -> ${b}`);
        break;
      }
      case 4: {
        const b = rnd(4) === 0 ? null : pick(blocks);
        const r = s()
          .prepare(`insert into dwellings (uprn, address, block_id, tenure, has_gas, created_at, updated_at) values (?, 'x', ?, ?, ?, ${at}, ${at})`)
          .run(String(uprn++), b, pick(['tenant', 'leaseholder']), rnd(2));
        log.push(`add ${r.lastInsertRowid} in ${b}`);
        if (rnd(2)) {
          const d = pick(['2026-03-01', '2026-09-15', '2025-10-01']);
          s()
            .prepare(
              "insert into certificates (check_type, dwelling_id, date_done, expiry_date, created_at, updated_at) values (?, ?, ?, '2027-06-01', datetime(), datetime())",
            )
            .run(pick(['GAS', 'EICR']), r.lastInsertRowid, d);
          log.push(`  cert for it ${d}`);
        }
        break;
      }
      case 5: {
        // delete a home without certificates (or one added)
        const free = ids(
          'select id from dwellings d where not exists (select 1 from certificates c where c.dwelling_id = d.id) and not exists (select 1 from no_access_visits v where v.dwelling_id = d.id) order by id desc limit 20',
        );
        if (free.length) {
          const f = pick(free);
          try {
            s().prepare('delete from dwellings where id = ?').run(f);
            log.push(`delete ${f}`);
          } catch (e) {
            log.push(`delete ${f} refused ${(e as Error).message}`);
          }
        }
        break;
      }
      case 6: {
        const d = pick(['2026-01-10', '2026-06-10', '2026-11-20', '2025-05-05']);
        s()
          .prepare(
            'insert into certificates (check_type, dwelling_id, date_done, expiry_date, created_at, updated_at) values (?, ?, ?, ?, datetime(), datetime())',
          )
          .run(pick(['GAS', 'EICR']), h, d, '2027-01-01');
        log.push(`cert ${h} ${d}`);
        break;
      }
      case 7: {
        // move a home's certificate to another home
        const c = ids('select id from certificates where dwelling_id is not null order by id desc limit 50');
        const to = pick(homes);
        const cid = pick(c);
        s().prepare('update certificates set dwelling_id = ? where id = ?').run(to, cid);
        log.push(`cert ${cid} -> home ${to}`);
        break;
      }
      case 8: {
        const c = pick(ids('select id from certificates order by id desc limit 100'));
        s().prepare('delete from certificates where id = ?').run(c);
        log.push(`cert delete ${c}`);
        break;
      }
      case 9: {
        const b = pick(blocks);
        const d = pick(['2026-04-01', '2026-10-01']);
        s()
          .prepare(
            "insert into certificates (check_type, block_id, date_done, expiry_date, created_at, updated_at) values (?, ?, ?, '2027-02-01', datetime(), datetime())",
          )
          .run(pick(['EICR', 'FRA', 'WATER', 'ASBESTOS']), b, d);
        log.push(`block cert ${b} ${d}`);
        break;
      }
      case 11: {
        const b = pick(blocks);
        const column = pick(['communal_water', 'asbestos_present', 'communal_electrics']);
        s().prepare(`update blocks set ${column} = 1 - ${column} where id = ?`).run(b);
        log.push(`block ${b} ${column}`);
        break;
      }
      case 12: {
        const b = pick(blocks);
        const lifts = rnd(3);
        s().prepare('update blocks set passenger_lifts = ? where id = ?').run(lifts, b);
        log.push(`block ${b} passenger lifts ${lifts}`);
        break;
      }
      case 13: {
        // a lift added, moved or removed (one without certificates)
        const b = pick(blocks);
        const free = ids('select id from lifts l where not exists (select 1 from certificates c where c.lift_id = l.id) order by id');
        const what = rnd(4);
        if (what === 3) {
          // one with its certificates
          const l = pick(ids('select id from lifts order by id'));
          s()
            .prepare('update lifts set block_id = ?, number = ? where id = ?')
            .run(b, 100 + rnd(100000), l);
          log.push(`lift ${l} moved with its certificates to ${b}`);
        } else if (what === 0 || free.length === 0) {
          const r = s()
            .prepare(`insert into lifts (block_id, number, name, created_at, updated_at) values (?, ?, 'x', ${at}, ${at})`)
            .run(b, 100 + rnd(100000));
          log.push(`lift ${r.lastInsertRowid} added to ${b}`);
        } else if (what === 1) {
          const l = pick(free);
          s()
            .prepare('update lifts set block_id = ?, number = ? where id = ?')
            .run(b, 100 + rnd(100000), l);
          log.push(`lift ${l} moved to ${b}`);
        } else {
          const l = pick(free);
          s().prepare('delete from lifts where id = ?').run(l);
          log.push(`lift ${l} removed`);
        }
        break;
      }
      case 14: {
        // a block added (a home moved into it) or an empty one removed
        const empty = ids(
          'select id from blocks b where not exists (select 1 from dwellings d where d.block_id = b.id) and not exists (select 1 from certificates c where c.block_id = b.id) order by id',
        );
        if (empty.length && rnd(2)) {
          const b = pick(empty);
          s().prepare('delete from blocks where id = ?').run(b);
          log.push(`block ${b} removed`);
        } else {
          const estate = ids('select id from estates order by id')[0]!;
          const r = s()
            .prepare(
              `insert into blocks (estate_id, name, storeys, passenger_lifts, communal_water, asbestos_present, communal_electrics, created_at, updated_at) values (?, ?, 4, 1, ?, ?, 1, ${at}, ${at})`,
            )
            .run(estate, `Fuzz ${uprn++}`, rnd(2), rnd(2));
          s().prepare(`insert into lifts (block_id, number, name, created_at, updated_at) values (?, 1, 'x', ${at}, ${at})`).run(r.lastInsertRowid);
          s().prepare('update dwellings set block_id = ? where id = ?').run(r.lastInsertRowid, h);
          log.push(`block ${r.lastInsertRowid} added, home ${h} moved in`);
        }
        break;
      }
      case 15: {
        const l = pick(ids('select id from lifts order by id'));
        const d = pick(['2025-12-01', '2026-05-01', '2026-11-01']);
        s()
          .prepare(
            "insert into certificates (check_type, lift_id, block_id, date_done, expiry_date, created_at, updated_at) values ('LIFT', ?, (select block_id from lifts where id = ?), ?, '2027-03-01', datetime(), datetime())",
          )
          .run(l, l, d);
        log.push(`lift cert ${l} ${d}`);
        break;
      }
      default: {
        // change then change back
        s().prepare("update dwellings set tenure = case tenure when 'tenant' then 'leaseholder' else 'tenant' end where id = ?").run(h);
        s().prepare("update dwellings set tenure = case tenure when 'tenant' then 'leaseholder' else 'tenant' end where id = ?").run(h);
        log.push(`flip-flop ${h}`);
      }
    }
  }

  return { rnd, op, bump };
}
