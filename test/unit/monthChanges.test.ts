import { describe, expect, it } from 'vitest';
import { changeItems, netChange, statusBullet, type AuditStep, type TrackedFields } from '../../shared/domain/monthChanges';

const rec: TrackedFields = { status: 'in_progress', original_target_date: '2027-02-21', revised_target_date: null, owner_id: 4 };
let clock = 0;
const at = () => `2026-12-0${1 + (clock++ % 9)}T10:00:00.000Z`;
const update = (before: Record<string, unknown>, after: Record<string, unknown>): AuditStep => ({ action: 'update', at: at(), before, after });
const create = (row: Partial<TrackedFields> = {}): AuditStep => ({ action: 'create', at: at(), before: null, after: { ...rec, ...row } });
const remove = (row: Partial<TrackedFields> = {}): AuditStep => ({ action: 'delete', at: at(), before: { ...rec, ...row }, after: null });
const items = (steps: AuditStep[], opts: { later?: AuditStep[]; current?: TrackedFields | null; withProgramme?: boolean } = {}) =>
  changeItems(netChange(steps, opts.later ?? [], opts.current === undefined ? rec : opts.current, opts.withProgramme), 'R8', 'Estate offices').map(
    (c) => `${c.kind}: ${c.description} | ${c.suggestedText}`,
  );

describe('the net change of a recommendation over a month', () => {
  it('offers nothing when the status came back to where it started', () => {
    expect(items([update({ status: 'in_progress' }, { status: 'completed' }), update({ status: 'completed' }, { status: 'in_progress' })])).toEqual([]);
  });

  it('compares the first "before" with the last "after"', () => {
    expect(
      items(
        [
          update({ status: 'not_started' }, { status: 'in_progress' }),
          update({ status: 'in_progress' }, { status: 'completed' }),
          update({ status: 'completed' }, { status: 'on_hold' }),
        ],
        { current: { ...rec, status: 'on_hold' } },
      ),
    ).toEqual(['status: Status changed from Not started to On hold | Work on recommendation R8 (Estate offices) is paused for now.']);
  });

  it('offers nothing when a revised target date was set and cleared again', () => {
    expect(
      items([
        update({ revised_target_date: null }, { revised_target_date: '2027-03-03' }),
        update({ revised_target_date: '2027-03-03' }, { revised_target_date: null }),
      ]),
    ).toEqual([]);
  });

  it('reports the target as the revised date, else the original, at both ends', () => {
    expect(
      items(
        [
          update({ revised_target_date: null }, { revised_target_date: '2027-03-03' }),
          update({ original_target_date: '2027-02-21' }, { original_target_date: '2027-01-31' }),
          update({ revised_target_date: '2027-03-03' }, { revised_target_date: '2027-04-30' }),
        ],
        { current: { ...rec, original_target_date: '2027-01-31', revised_target_date: '2027-04-30' } },
      ),
    ).toEqual(['target: Target date changed from 21 Feb 2027 to 30 Apr 2027 | The target date for recommendation R8 (Estate offices) is now 30 Apr 2027.']);
  });

  it('reads a column the month left alone from the first later change, not from the record today', () => {
    const inMonth = [update({ original_target_date: '2027-02-21' }, { original_target_date: '2027-01-15' })];
    const later = [{ ...update({ revised_target_date: null }, { revised_target_date: '2027-06-30' }), at: '2027-01-10T10:00:00.000Z' }];
    expect(items(inMonth, { later, current: { ...rec, original_target_date: '2027-01-15', revised_target_date: '2027-06-30' } })).toEqual([
      'target: Target date changed from 21 Feb 2027 to 15 Jan 2027 | The target date for recommendation R8 (Estate offices) is now 15 Jan 2027.',
    ]);
  });

  it('offers nothing when the owner came back, or was only removed', () => {
    expect(items([update({ owner_id: 4 }, { owner_id: 7 }), update({ owner_id: 7 }, { owner_id: 4 })])).toEqual([]);
    expect(items([update({ owner_id: 4 }, { owner_id: null })], { current: { ...rec, owner_id: null } })).toEqual([]);
    expect(items([update({ owner_id: 4 }, { owner_id: 7 })], { current: { ...rec, owner_id: 7 } })).toEqual([
      'owner: Owner changed | A new lead officer is now responsible for recommendation R8 (Estate offices).',
    ]);
  });

  it('offers one added in the month once, with its values at the month’s end', () => {
    const steps = [
      create({ status: 'not_started', original_target_date: null }),
      update({ original_target_date: null }, { original_target_date: '2027-02-01' }),
      update({ status: 'not_started' }, { status: 'completed' }),
    ];
    expect(items(steps, { current: { ...rec, status: 'completed', original_target_date: '2027-02-01' } })).toEqual([
      'new: New recommendation: Completed, target date 1 Feb 2027 | We have added recommendation R8 to the plan: Estate offices. It has already been completed; the target date is 1 Feb 2027.',
    ]);
    const created = steps[0]!;
    expect(changeItems(netChange(steps, [], rec), 'R8', 'Estate offices')[0]!.at).toBe(created.at);
  });

  it('offers nothing for one added and deleted in the month, or deleted in it', () => {
    expect(items([create(), update({ status: 'in_progress' }, { status: 'completed' }), remove({ status: 'completed' })], { current: null })).toEqual([]);
    expect(items([update({ status: 'in_progress' }, { status: 'completed' }), remove({ status: 'completed' })], { current: null })).toEqual([]);
  });

  it('takes one created as its programme was set up as the starting point, not as news', () => {
    expect(items([create({ status: 'not_started' })], { withProgramme: true, current: { ...rec, status: 'not_started' } })).toEqual([]);
    expect(items([create({ status: 'not_started' }), update({ status: 'not_started' }, { status: 'in_progress' })], { withProgramme: true })).toEqual([
      'status: Status changed from Not started to In progress | Work has started on recommendation R8: Estate offices.',
    ]);
  });
});

describe('status bullets', () => {
  it('say what the net change means, from where it started', () => {
    expect(statusBullet('in_progress', 'completed', 'R8', 'T')).toBe('We have completed recommendation R8: T.');
    expect(statusBullet('not_started', 'in_progress', 'R8', 'T')).toBe('Work has started on recommendation R8: T.');
    expect(statusBullet('on_hold', 'in_progress', 'R8', 'T')).toBe('Work on recommendation R8 (T) has resumed.');
    expect(statusBullet('completed', 'in_progress', 'R8', 'T')).toBe('We have reopened recommendation R8 (T): there is more work to do.');
    expect(statusBullet('in_progress', 'on_hold', 'R8', 'T')).toBe('Work on recommendation R8 (T) is paused for now.');
    expect(statusBullet('completed', 'not_started', 'R8', 'T')).toBe('We have reopened recommendation R8 (T): work on it has not started yet.');
    expect(statusBullet('in_progress', 'not_started', 'R8', 'T')).toBe('Recommendation R8 (T) is now recorded as not started.');
  });
});
