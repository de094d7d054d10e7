import { describe, expect, it } from 'vitest';
import { checkRecommendationRules, daysOverdue, deriveRag, effectiveRag, ragShown, type RecStatus } from '../../shared/domain/actionPlan';
import { addDays } from '../../shared/domain/dates';

const today = '2026-11-23';
const rec = (status: RecStatus, original: string | null, revised: string | null = null) => ({
  status,
  originalTargetDate: original,
  revisedTargetDate: revised,
});

describe('RAG rule', () => {
  it('is complete for completed items whatever the dates', () => {
    expect(deriveRag(rec('completed', '2020-01-01'), today)).toBe('complete');
  });

  it('is red the day after the target, amber on the target day', () => {
    expect(deriveRag(rec('in_progress', addDays(today, -1)), today)).toBe('red');
    expect(deriveRag(rec('in_progress', today), today)).toBe('amber');
  });

  it('is amber up to and including 30 days ahead, green from 31', () => {
    expect(deriveRag(rec('not_started', addDays(today, 30)), today)).toBe('amber');
    expect(deriveRag(rec('not_started', addDays(today, 31)), today)).toBe('green');
  });

  it('uses the revised target date when there is one', () => {
    expect(deriveRag(rec('in_progress', addDays(today, -60), addDays(today, 90)), today)).toBe('green');
    expect(deriveRag(rec('in_progress', addDays(today, 90), addDays(today, -2)), today)).toBe('red');
  });

  it('treats on hold like any open item, and no date as green', () => {
    expect(deriveRag(rec('on_hold', addDays(today, -5)), today)).toBe('red');
    expect(deriveRag(rec('in_progress', null), today)).toBe('green');
  });

  it('lets an override win and counts days overdue', () => {
    expect(effectiveRag({ ...rec('in_progress', addDays(today, -5)), ragOverride: 'amber' }, today)).toBe('amber');
    expect(effectiveRag({ ...rec('in_progress', addDays(today, -5)), ragOverride: null }, today)).toBe('red');
    expect(daysOverdue(rec('in_progress', addDays(today, -5)), today)).toBe(5);
    expect(daysOverdue(rec('completed', addDays(today, -5)), today)).toBe(0);
    expect(daysOverdue(rec('in_progress', addDays(today, 5)), today)).toBe(0);
  });
});

describe('recommendation rules', () => {
  const ok = {
    status: 'in_progress' as RecStatus,
    completionDate: null,
    originalTargetDate: '2026-12-01',
    revisedTargetDate: null,
    revisedReason: null,
    ragOverride: null,
    ragOverrideReason: null,
  };
  it('accepts a consistent record', () => {
    expect(checkRecommendationRules(ok, today)).toBeNull();
  });
  it('names the field of each broken rule', () => {
    expect(checkRecommendationRules({ ...ok, revisedTargetDate: '2027-01-01' }, today)?.field).toBe('revisedReason');
    expect(checkRecommendationRules({ ...ok, revisedTargetDate: '2027-01-01', revisedReason: '  ' }, today)?.field).toBe('revisedReason');
    expect(checkRecommendationRules({ ...ok, status: 'completed' }, today)?.field).toBe('completionDate');
    expect(checkRecommendationRules({ ...ok, completionDate: '2026-11-01' }, today)?.field).toBe('completionDate');
    expect(checkRecommendationRules({ ...ok, status: 'completed', completionDate: '2026-12-01' }, today)?.message).toMatch(/future/);
    expect(checkRecommendationRules({ ...ok, ragOverride: 'green' }, today)?.field).toBe('ragOverrideReason');
    expect(checkRecommendationRules({ ...ok, originalTargetDate: null, revisedTargetDate: '2027-01-01', revisedReason: 'x' }, today)?.field).toBe(
      'originalTargetDate',
    );
  });
});

describe('the RAG a report shows', () => {
  it('shows an item on hold as "On hold", never "Green – on track", and leaves it out of the RAG counts', () => {
    expect(ragShown({ status: 'on_hold', rag: 'green', ragOverride: null })).toEqual({ rag: null, label: 'On hold' });
    expect(ragShown({ status: 'on_hold', rag: 'red', ragOverride: null })).toEqual({ rag: null, label: 'On hold' });
  });
  it('keeps a RAG set by hand on an item on hold, and the rule’s RAG for every other item', () => {
    expect(ragShown({ status: 'on_hold', rag: 'amber', ragOverride: 'amber' })).toEqual({ rag: 'amber', label: 'Amber – due soon' });
    expect(ragShown({ status: 'in_progress', rag: 'green', ragOverride: null })).toEqual({ rag: 'green', label: 'Green – on track' });
  });
});
