import type BetterSqlite3 from 'better-sqlite3';
import type { CheckType } from '../../shared/domain/compliance';

// A row of a contractor's file is the same check as one on record when it has the same type, the
// same home, block or lift, and the same date done: a file sent twice is then unchanged, and one
// that corrects an outcome, codes, contractor or expiry is an update.

export interface RecordedCheck {
  id: number;
  reference: string | null;
  outcome: string;
  eicr_codes: string;
  contractor: string;
  expiry_date: string;
  expiry_given: number;
  evidence_path: string;
}

const COLUMNS = 'id, reference, outcome, eicr_codes, contractor, expiry_date, expiry_given, evidence_path';
// with a reference: that certificate; without: the first of that day (one without a reference first)
const BY_REFERENCE = 'and (? is null or lower(reference) = lower(?)) order by reference is not null, id limit 1';

/** The check on record of a type, on a home, lift or block, done on a day: found by the date-done index, only that day's checks sorted. */
export const RECORDED_CHECK_SQL = {
  home: `select ${COLUMNS} from certificates where check_type = ? and dwelling_id = ? and date_done = ? ${BY_REFERENCE}`,
  lift: `select ${COLUMNS} from certificates where lift_id = ? and date_done = ? ${BY_REFERENCE}`,
  block: `select ${COLUMNS} from certificates where check_type = ? and block_id = ? and dwelling_id is null and lift_id is null and date_done = ? ${BY_REFERENCE}`,
} as const;

export function recordedCheckFinder(sqlite: BetterSqlite3.Database) {
  const home = sqlite.prepare(RECORDED_CHECK_SQL.home);
  const lift = sqlite.prepare(RECORDED_CHECK_SQL.lift);
  const block = sqlite.prepare(RECORDED_CHECK_SQL.block);
  return (
    type: CheckType,
    dwellingId: number | null,
    blockId: number | null,
    liftId: number | null,
    done: string,
    reference: string | null = null,
  ): RecordedCheck | undefined =>
    (dwellingId
      ? home.get(type, dwellingId, done, reference, reference)
      : liftId
        ? lift.get(liftId, done, reference, reference)
        : block.get(type, blockId, done, reference, reference)) as RecordedCheck | undefined;
}

/** What the row would change on the check on record; a value the file leaves blank changes nothing. */
export function checkChanges(
  known: RecordedCheck,
  row: {
    type: CheckType;
    outcome: string;
    codes: string;
    outcomeGiven: boolean;
    contractor: string;
    expiry: string | null;
    reference: string | null;
    evidence: string;
  },
): Record<string, [unknown, unknown]> {
  const changes: Record<string, [unknown, unknown]> = {};
  if (row.outcomeGiven && known.outcome !== row.outcome) changes.outcome = [known.outcome, row.outcome];
  if (row.outcomeGiven && row.type === 'EICR' && known.eicr_codes !== row.codes) changes.eicr_codes = [known.eicr_codes, row.codes];
  if (row.contractor && known.contractor !== row.contractor) changes.contractor = [known.contractor, row.contractor];
  if (row.expiry && (known.expiry_given !== 1 || known.expiry_date !== row.expiry)) changes.expiry_date = [known.expiry_date, row.expiry];
  if (row.reference && !known.reference) changes.reference = [null, row.reference];
  if (row.evidence && known.evidence_path !== row.evidence) changes.evidence_path = [known.evidence_path, row.evidence];
  return changes;
}
