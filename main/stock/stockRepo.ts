import { sql } from 'kysely';
import type {
  BlockDetail,
  BlockRow,
  CertificateRow,
  EstateRow,
  HomeDetail,
  HomeRow,
  HomesPage,
  LiftRow,
  NoAccessRow,
  RemedialRow,
} from '../../shared/contract';
import type { CheckType, Tenure } from '../../shared/domain/compliance';
import type { IsoDate } from '../../shared/domain/dates';
import type { ReadDb } from '../core/context';
import { sqlReader } from '../core/readSql';
import { notFound } from '../core/errors';
import { gapsFor, homesWithGaps } from '../compliance/homeGaps';
import { versionCache } from '../compliance/versionCache';

// Reading the stock for the editing screens: estates, blocks with their lifts, homes a page at a
// time, and the certificates, no-access visits and remedial actions recorded against them.

export async function listEstates(db: ReadDb): Promise<EstateRow[]> {
  const rows = await sql<{ id: number; name: string; blocks: number; homes: number }>`
    select e.id, e.name,
      (select count(*) from blocks b where b.estate_id = e.id) as blocks,
      (select count(*) from dwellings d join blocks b on b.id = d.block_id where b.estate_id = e.id) as homes
    from estates e order by lower(e.name), e.id`.execute(sqlReader(db));
  return rows.rows.map((r) => ({ ...r, blocks: Number(r.blocks), homes: Number(r.homes) }));
}

async function liftsOf(db: ReadDb, blockIds: number[]): Promise<Map<number, LiftRow[]>> {
  const by = new Map<number, LiftRow[]>();
  if (!blockIds.length) return by;
  const rows = await db
    .selectFrom('lifts as l')
    .select(['l.id', 'l.block_id', 'l.number', 'l.name'])
    .select((eb) => eb.selectFrom('certificates as c').select(eb.fn.countAll<number>().as('n')).whereRef('c.lift_id', '=', 'l.id').as('certificates'))
    .where('l.block_id', 'in', blockIds)
    .orderBy('l.number')
    .execute();
  for (const r of rows) {
    const list = by.get(r.block_id) ?? [];
    list.push({ id: r.id, number: r.number, name: r.name, certificates: Number(r.certificates ?? 0) });
    by.set(r.block_id, list);
  }
  return by;
}

export async function listBlocks(db: ReadDb, estateId: number | null, blockId: number | null = null): Promise<BlockRow[]> {
  const rows = await db
    .selectFrom('blocks as b')
    .innerJoin('estates as e', 'e.id', 'b.estate_id')
    .selectAll('b')
    .select('e.name as estate_name')
    .select((eb) => eb.selectFrom('dwellings as d').select(eb.fn.countAll<number>().as('n')).whereRef('d.block_id', '=', 'b.id').as('homes'))
    .$if(estateId !== null, (q) => q.where('b.estate_id', '=', estateId!))
    .$if(blockId !== null, (q) => q.where('b.id', '=', blockId!))
    .orderBy('e.name')
    .orderBy('b.name')
    .execute();
  const lifts = await liftsOf(
    db,
    rows.map((r) => r.id),
  );
  return rows.map((b) => ({
    id: b.id,
    estateId: b.estate_id,
    estateName: b.estate_name,
    name: b.name,
    storeys: b.storeys,
    yearBuilt: b.year_built,
    fireRiskTier: b.fire_risk_tier,
    passengerLifts: b.passenger_lifts,
    communalWater: b.communal_water === 1,
    asbestosPresent: b.asbestos_present === 1,
    communalElectrics: b.communal_electrics === 1,
    homes: Number(b.homes ?? 0),
    lifts: lifts.get(b.id) ?? [],
  }));
}

export async function remedialsOf(db: ReadDb, certificateIds: number[]): Promise<RemedialRow[]> {
  if (!certificateIds.length) return [];
  const rows = await db
    .selectFrom('remedial_actions as r')
    .leftJoin('people as p', 'p.id', 'r.owner_id')
    .selectAll('r')
    .select('p.name as owner_name')
    .where('r.certificate_id', 'in', certificateIds)
    .orderBy('r.due_date')
    .orderBy('r.id')
    .execute();
  return rows.map((r) => ({
    id: r.id,
    certificateId: r.certificate_id,
    description: r.description,
    priority: r.priority,
    dueDate: r.due_date,
    completedDate: r.completed_date,
    ownerId: r.owner_id,
    ownerName: r.owner_name,
  }));
}

/** Certificates for a home (its own) or for a block (its own and its lifts'), newest first, with their remedial actions. */
export async function listCertificates(db: ReadDb, where: { dwellingId?: number; blockId?: number; id?: number }): Promise<CertificateRow[]> {
  const rows = await db
    .selectFrom('certificates as c')
    .leftJoin('dwellings as d', 'd.id', 'c.dwelling_id')
    .leftJoin('lifts as l', 'l.id', 'c.lift_id')
    .selectAll('c')
    .select(['d.uprn', 'l.name as lift_name'])
    .$if(where.dwellingId !== undefined, (q) => q.where('c.dwelling_id', '=', where.dwellingId!))
    .$if(where.blockId !== undefined, (q) => q.where('c.block_id', '=', where.blockId!).where('c.dwelling_id', 'is', null))
    .$if(where.id !== undefined, (q) => q.where('c.id', '=', where.id!))
    .orderBy('c.date_done', 'desc')
    .orderBy('c.id', 'desc')
    .execute();
  const remedials = await remedialsOf(
    db,
    rows.map((r) => r.id),
  );
  return rows.map((c) => ({
    id: c.id,
    checkType: c.check_type,
    homeId: c.dwelling_id,
    uprn: c.uprn,
    blockId: c.block_id,
    liftId: c.lift_id,
    liftName: c.lift_name,
    dateDone: c.date_done,
    expiryDate: c.expiry_date,
    expiryGiven: c.expiry_given === 1,
    outcome: c.outcome,
    eicrCodes: c.eicr_codes,
    contractor: c.contractor,
    reference: c.reference,
    evidencePath: c.evidence_path,
    remedials: remedials.filter((r) => r.certificateId === c.id),
  }));
}

export async function getCertificate(db: ReadDb, id: number): Promise<CertificateRow> {
  const [row] = await listCertificates(db, { id });
  if (!row) throw notFound('The certificate');
  return row;
}

async function noAccessFor(db: ReadDb, dwellingId: number | null, blockId: number | null): Promise<NoAccessRow[]> {
  const rows = await db
    .selectFrom('no_access_visits')
    .selectAll()
    .where((eb) => eb.or([eb('dwelling_id', '=', dwellingId ?? -1), eb.and([eb('block_id', '=', blockId ?? -1), eb('dwelling_id', 'is', null)])]))
    .orderBy('visit_date', 'desc')
    .orderBy('id', 'desc')
    .execute();
  return rows.map(noAccessRow);
}

const noAccessRow = (r: {
  id: number;
  check_type: string;
  dwelling_id: number | null;
  block_id: number | null;
  visit_date: string;
  notes: string;
}): NoAccessRow => ({
  id: r.id,
  checkType: r.check_type as CheckType,
  homeId: r.dwelling_id,
  blockId: r.block_id,
  visitDate: r.visit_date,
  notes: r.notes,
});

export async function getNoAccess(db: ReadDb, id: number): Promise<NoAccessRow> {
  const row = await db.selectFrom('no_access_visits').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) throw notFound('The no-access visit');
  return noAccessRow(row);
}

export async function getBlock(db: ReadDb, id: number): Promise<BlockDetail> {
  const [block] = await listBlocks(db, null, id);
  if (!block) throw notFound('The block');
  return { ...block, certificates: await listCertificates(db, { blockId: id }), noAccess: await noAccessFor(db, null, id) };
}

const escapeLike = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);

/** One page of homes: a search by UPRN (from its start) or by any part of the address, in one block or estate. */
const homeTotals = versionCache<number>(16);

export async function listHomes(
  db: ReadDb,
  q: {
    search: string;
    blockId: number | null;
    estateId: number | null;
    offset: number;
    limit: number;
    sort: 'uprn' | 'address' | 'block';
    descending: boolean;
    notCompliant: boolean;
  },
  asAt: IsoDate,
  /** the homes with a check not in date to filter to (`notCompliant`), as a JSON array of ids (homeGapIds) */
  gapIds: string | null,
): Promise<HomesPage> {
  const gapHomes = gapIds === null ? null : homesWithGaps(gapIds);
  const base = db
    .selectFrom('dwellings as d')
    .leftJoin('blocks as b', 'b.id', 'd.block_id')
    .leftJoin('estates as e', 'e.id', 'b.estate_id')
    .$if(q.search !== '', (s) => {
      const text = escapeLike(q.search);
      return s.where((eb) =>
        eb.or([
          eb('d.uprn', 'like', sql<string>`${`${text}%`} escape '\\'`),
          // lower() on both sides: SQLite's like ignores case, PostgreSQL's does not
          eb(eb.fn('lower', ['d.address']), 'like', sql<string>`${`%${text.toLowerCase()}%`} escape '\\'`),
        ]),
      );
    })
    .$if(q.blockId !== null, (s) => s.where('d.block_id', '=', q.blockId!))
    .$if(q.estateId !== null, (s) => s.where('b.estate_id', '=', q.estateId!))
    .$if(gapHomes !== null, (s) => s.where(sql<boolean>`d.id in (${gapHomes})`));
  const dir = q.descending ? 'desc' : 'asc';
  // a UPRN sorts as a number would (shorter first), read in the order of the dwellings_uprn_order index
  const keys = q.sort === 'address' ? [sql`lower(d.address)`] : q.sort === 'block' ? [sql`lower(b.name)`] : [sql`length(d.uprn)`, sql`d.uprn`];
  const rows = await keys
    .reduce(
      (s, key) => s.orderBy(sql`${key} ${sql.raw(dir)}`),
      base.select(['d.id', 'd.uprn', 'd.address', 'd.block_id', 'd.tenure', 'd.has_gas', 'd.active', 'b.name as block_name', 'e.name as estate_name']),
    )
    .orderBy('d.id')
    .limit(q.limit)
    .offset(q.offset)
    .execute();
  // counted apart and kept until the next write, whatever the page and its size: counting with the page would read every row for every page
  const total = await homeTotals(
    db,
    JSON.stringify({ ...q, offset: 0, limit: 0, sort: null, descending: null, asAt: q.notCompliant ? asAt : null }),
    async () => Number((await base.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n),
  );
  const gaps = await gapsFor(
    db,
    rows.map((r) => r.id),
    asAt,
  );
  return { rows: rows.map((r) => homeRow(r, gaps.get(r.id) ?? [])), total };
}

function homeRow(
  r: {
    id: number;
    uprn: string;
    address: string;
    block_id: number | null;
    block_name: string | null;
    estate_name: string | null;
    tenure: string;
    has_gas: number;
    active: number;
  },
  notInDate: CheckType[],
): HomeRow {
  return {
    id: r.id,
    uprn: r.uprn,
    address: r.address,
    blockId: r.block_id,
    blockName: r.block_name,
    estateName: r.estate_name,
    tenure: r.tenure as Tenure,
    hasGas: r.has_gas === 1,
    active: r.active === 1,
    notInDate,
  };
}

export async function getHome(db: ReadDb, id: number, asAt: IsoDate): Promise<HomeDetail> {
  const r = await db
    .selectFrom('dwellings as d')
    .leftJoin('blocks as b', 'b.id', 'd.block_id')
    .leftJoin('estates as e', 'e.id', 'b.estate_id')
    .select(['d.id', 'd.uprn', 'd.address', 'd.block_id', 'd.tenure', 'd.has_gas', 'd.active', 'b.name as block_name', 'e.name as estate_name'])
    .where('d.id', '=', id)
    .executeTakeFirst();
  if (!r) throw notFound('The home');
  return {
    ...homeRow(r, (await gapsFor(db, [id], asAt)).get(id) ?? []),
    certificates: await listCertificates(db, { dwellingId: id }),
    noAccess: await noAccessFor(db, id, r.block_id),
  };
}
