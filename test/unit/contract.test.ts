import { describe, expect, it } from 'vitest';
import { contract } from '../../shared/contract';
import { fromZodError } from '../../main/core/errors';

const parse = (name: keyof typeof contract, input: unknown) => contract[name].input.safeParse(input);
const errorOf = (name: keyof typeof contract, input: unknown) => {
  const r = parse(name, input);
  if (r.success) throw new Error('expected a validation error');
  return fromZodError(r.error).toShape();
};

describe('contract schemas', () => {
  it('fills defaults for a minimal new recommendation', () => {
    const r = parse('recommendations.create', { programmeId: 1, ref: 'R1', title: 'Set service standards' });
    expect(r.success).toBe(true);
    expect(r.data).toMatchObject({ status: 'not_started', priority: 'medium', ownerId: null, originalTargetDate: null, fullText: '' });
  });

  it('trims text and refuses an empty title, naming the field', () => {
    expect(errorOf('recommendations.create', { programmeId: 1, ref: 'R1', title: '   ' })).toEqual({
      code: 'validation',
      message: 'Enter title.',
      field: 'title',
    });
  });

  it('refuses a target date that is not a date, naming the field without the patch wrapper', () => {
    const e = errorOf('recommendations.update', { id: 3, patch: { originalTargetDate: '31/02/2026' } });
    expect(e.field).toBe('originalTargetDate');
    expect(e.message).toMatch(/Original target date must be a real date/);
  });

  it('refuses unknown statuses with the list of allowed words', () => {
    const e = errorOf('recommendations.update', { id: 3, patch: { status: 'done' } });
    expect(e.field).toBe('status');
    expect(e.message).toContain('Not started, In progress, Completed, On hold');
  });

  it('refuses fields that are not in the contract, and empty patches', () => {
    expect(errorOf('recommendations.update', { id: 3, patch: { version: 9 } }).field).toBe('version');
    expect(errorOf('recommendations.update', { id: 3, patch: {} }).message).toBe('Nothing to change.');
  });

  it('refuses ids that are not positive whole numbers', () => {
    expect(errorOf('recommendations.get', { id: '3' }).field).toBe('id');
    expect(errorOf('recommendations.get', { id: -1 }).field).toBe('id');
  });

  it('checks e-mail addresses and note visibility', () => {
    expect(errorOf('people.create', { name: 'A', email: 'not-an-email' }).field).toBe('email');
    expect(errorOf('notes.create', { recommendationId: 1, noteDate: '2026-11-01', body: 'x', visibility: 'secret' }).field).toBe('visibility');
  });

  it('has a schema for every call', () => {
    for (const [name, spec] of Object.entries(contract)) expect(typeof spec.input.safeParse, name).toBe('function');
  });
});
