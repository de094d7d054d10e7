import type { StaffRow } from './staffImport';
import { nameKey } from './namedRecords';

/** A person on record, as the staff import compares them. */
export interface PersonOnRecord {
  id: number;
  name: string;
  email: string;
  team: string | null;
  role: string | null;
  start: string | null;
  leave: string | null;
  managerId: number | null;
}

/** A line manager: someone on record (and not in the file), or a row of the file (with their id when on record). */
export type ManagerRef = { id: number } | { row: number; existingId: number | null };

/**
 * Finds each row's line manager, by e-mail or by name, among the file's rows and the people on
 * record (a person in the file is taken as the file has them). Refused: unknown, two people of that
 * name, the person themself, or a row that cannot itself be imported (repeated until none is left).
 */
export function resolveManagers(
  rows: StaffRow[],
  onRecord: PersonOnRecord[],
  bad: Set<number>,
  problem: (row: number, column: string, message: string) => void,
): void {
  const fileEmails = new Set(rows.map((r) => r.email.toLowerCase()).filter(Boolean));
  const others = onRecord.filter((p) => !p.email || !fileEmails.has(p.email.toLowerCase()));
  const find = (r: StaffRow, wanted: string): ManagerRef | string => {
    const byEmail = wanted.includes('@');
    const key = byEmail ? wanted.toLowerCase() : nameKey(wanted);
    const inFile = rows.filter((x) => (byEmail ? x.email.toLowerCase() === key : x.name && nameKey(x.name) === key));
    const onFile = others.filter((p) => (byEmail ? p.email.toLowerCase() === key : nameKey(p.name) === key));
    const n = inFile.length + onFile.length;
    if (n === 0) return `There is no one called “${wanted}” in the file or on record.`;
    if (n > 1) return byEmail ? `More than one person has the e-mail ${wanted}.` : `${n} people are called ${wanted}: give the line manager’s e-mail instead.`;
    if (inFile[0] === r) return 'A person cannot be their own line manager.';
    return inFile[0] ? { row: inFile[0].row, existingId: inFile[0].before?.id ?? null } : { id: onFile[0]!.id };
  };
  for (const r of rows) {
    if (r.manager === undefined) continue;
    if (r.manager === null) {
      r.managerRef = null;
      continue;
    }
    const found = find(r, r.manager);
    if (typeof found === 'string') problem(r.row, 'Line manager', found);
    else r.managerRef = found;
  }
  // A manager whose own row is refused cannot be linked to; that may refuse further rows.
  for (let more = true; more;) {
    more = false;
    for (const r of rows) {
      const ref = r.managerRef;
      if (bad.has(r.row) || !ref || 'id' in ref || !bad.has(ref.row)) continue;
      problem(r.row, 'Line manager', `${rows.find((x) => x.row === ref.row)!.name}’s own row (row ${ref.row}) cannot be imported: correct it first.`);
      more = true;
    }
  }
}
