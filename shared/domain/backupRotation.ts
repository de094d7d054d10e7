import { addDays, daysBetween, type IsoDate } from './dates';

// Which automatic backups to keep: the newest of each of the last 7 days that have one, of each of
// the last 4 weeks (Monday to Sunday) and of each of the last 12 months: at most 23 files, reaching
// back a year. Every backup of the newest day is kept too ("Back up now" twice in a day keeps
// both until the next day's). Everything else is deleted after a new backup has been written and
// verified.

export const KEEP = { daily: 7, weekly: 4, monthly: 12 } as const;

/** A backup older than this many days earns a warning in Settings. */
export const BACKUP_STALE_DAYS = 7;

export interface BackupFile {
  name: string;
  /** the day it was taken */
  date: IsoDate;
  /** when it was taken, for ordering backups of the same day */
  takenAt: string;
}

const mondayOf = (date: IsoDate): IsoDate => {
  const weekday = (new Date(`${date}T00:00:00Z`).getUTCDay() + 6) % 7;
  return addDays(date, -weekday);
};

/** The names of the backups to keep, newest first in each bucket. */
export function backupsToKeep(files: readonly BackupFile[]): Set<string> {
  const newestFirst = [...files].sort((a, b) => b.takenAt.localeCompare(a.takenAt) || b.name.localeCompare(a.name));
  const keep = new Set<string>(newestFirst.filter((f) => f.date === newestFirst[0]!.date).map((f) => f.name));
  const buckets: [keyOf: (d: IsoDate) => string, count: number][] = [
    [(d) => d, KEEP.daily],
    [mondayOf, KEEP.weekly],
    [(d) => d.slice(0, 7), KEEP.monthly],
  ];
  for (const [keyOf, count] of buckets) {
    const seen = new Set<string>();
    for (const f of newestFirst) {
      const key = keyOf(f.date);
      if (seen.has(key)) continue;
      if (seen.size === count) break;
      seen.add(key);
      keep.add(f.name);
    }
  }
  return keep;
}

/** Whether the newest backup is too old (or there is none). */
export function backupIsStale(newest: IsoDate | null, today: IsoDate): boolean {
  return newest === null || daysBetween(newest, today) > BACKUP_STALE_DAYS;
}
