import type BetterSqlite3 from 'better-sqlite3';
import { addDays, type IsoDate } from '../../shared/domain/dates';
import type { Prng } from './prng';
import type { Sizes } from './sizes';
import { enteredAt, type Writer } from './writer';

/** What every register's generator is given: the connection, its sizes, the day it is generated for, and the ids of what came before. */
export interface GenerateCtx {
  sqlite: BetterSqlite3.Database;
  sizes: Sizes;
  today: IsoDate;
  /** the generation's own time: the audit rows of records entered today carry it */
  now: string;
  actor: string;
  seed: number;
  write: Writer;
}

/** When a record dated `date` was typed in: that day (or up to `lagDays` later), never after now. */
export function timeOf(ctx: GenerateCtx, rng: Prng, date: IsoDate, lagDays = 0): string {
  const day = lagDays > 0 ? addDays(date, rng.int(0, lagDays)) : date;
  return day >= ctx.today ? ctx.now : enteredAt(rng, day);
}

/** The people the other registers name as owners and authors. */
export interface Staff {
  teamIds: number[];
  teamNames: Map<number, string>;
  roleIds: number[];
  roleNames: Map<number, string>;
  personIds: number[];
  names: Map<number, string>;
  people: StaffMember[];
}

export interface StaffMember {
  id: number;
  name: string;
  teamId: number;
  roleId: number;
  start: IsoDate;
  leave: IsoDate | null;
}
