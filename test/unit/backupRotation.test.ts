import { describe, expect, it } from 'vitest';
import { addDays, type IsoDate } from '../../shared/domain/dates';
import { backupIsStale, backupsToKeep, type BackupFile } from '../../shared/domain/backupRotation';

const file = (date: IsoDate, time = '09:00'): BackupFile => ({ name: `hd-${date}-${time}.sqlite`, date, takenAt: `${date}T${time}` });

describe('backup rotation: 7 daily, 4 weekly, 12 monthly', () => {
  it('keeps every backup of a daily run for the last week, then one a week for four weeks, then one a month for a year', () => {
    // a backup every day for two years, up to Friday 4 December 2026
    const days = Array.from({ length: 730 }, (_, i) => addDays('2026-12-04', -i));
    const keep = [...backupsToKeep(days.map((d) => file(d)))].map((n) => n.slice(3, 13)).sort();
    expect(keep).toEqual(
      [
        // the last 7 days
        '2026-11-28',
        '2026-11-29',
        '2026-11-30',
        '2026-12-01',
        '2026-12-02',
        '2026-12-03',
        '2026-12-04',
        // the newest of each of the last 4 weeks (Monday to Sunday): this week's is today's; then Sundays
        '2026-11-15',
        '2026-11-22',
        // the newest of each of the last 12 months: month ends
        '2026-01-31',
        '2026-02-28',
        '2026-03-31',
        '2026-04-30',
        '2026-05-31',
        '2026-06-30',
        '2026-07-31',
        '2026-08-31',
        '2026-09-30',
        '2026-10-31',
      ].sort(),
    );
    expect(keep.length).toBeLessThanOrEqual(23);
  });

  it('keeps every backup of the newest day, the newest of an earlier day that has several, and everything when there are few', () => {
    const same = [file('2026-12-04', '08:00'), file('2026-12-04', '17:30'), file('2026-12-03', '08:00'), file('2026-12-03', '17:00')];
    expect(backupsToKeep(same)).toEqual(new Set(['hd-2026-12-04-08:00.sqlite', 'hd-2026-12-04-17:30.sqlite', 'hd-2026-12-03-17:00.sqlite']));
    expect(backupsToKeep([])).toEqual(new Set());
  });

  it('reaches back to the 12th month of backups even with gaps of months between them', () => {
    const sparse = ['2026-12-01', '2026-06-15', '2025-01-10', '2024-05-05'].map((d) => file(d));
    expect(backupsToKeep(sparse)).toEqual(new Set(sparse.map((f) => f.name)));
  });
});

describe('a stale backup', () => {
  it('is one more than 7 days old, or none at all', () => {
    expect(backupIsStale('2026-11-27', '2026-12-04')).toBe(false);
    expect(backupIsStale('2026-11-26', '2026-12-04')).toBe(true);
    expect(backupIsStale(null, '2026-12-04')).toBe(true);
  });
});
