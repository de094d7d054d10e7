import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contract, type CallName } from '../../shared/contract';
import { ERROR_CODES } from '../../shared/contract/result';
import { makeCore, snapshot, type TestCore } from '../helpers/testCore';

// Every call, given inputs made up by fast-check (anything at all, and objects with the call's own
// field names holding anything): the core never throws, never fails inside ("internal"), always
// answers with a known error code and a message, and a refused call writes nothing.

// Left out: calls that start work beyond the database (an import's worker thread, a backup file).
const SKIPPED = new Set<CallName>(['imports.start', 'backups.create', 'demo.load']);
const RUNS = Number(process.env.HOSTILE_RUNS ?? 25);

let t: TestCore;
beforeAll(async () => {
  t = await makeCore({ today: '2026-12-04' });
  // a little of everything for the calls to find: a team, a person, a programme with a recommendation
  const team = await t.call('teams.create', { name: 'Tenancy' });
  const person = await t.call('people.create', { name: 'Ann Patel', teamId: team.id });
  const programme = await t.call('programmes.create', { code: 'RF', name: 'Resident Focus' });
  await t.call('recommendations.create', { programmeId: programme.id, ref: 'R1', title: 'Answer calls', ownerId: person.id, originalTargetDate: '2027-03-31' });
});
afterAll(async () => t.close());

/** The field names a call's input schema declares, so that generated objects reach past the first check. */
function fieldsOf(name: CallName): string[] {
  const shape = (contract[name].input as unknown as { shape?: Record<string, unknown> }).shape;
  return shape ? Object.keys(shape) : [];
}

const hostile = (fields: string[]) =>
  fc.oneof(
    fc.anything(),
    fields.length
      ? fc.dictionary(
          fc.constantFrom(...fields),
          fc.oneof(
            fc.anything(),
            fc.string(),
            fc.integer(),
            fc.date().map((d) => (Number.isNaN(d.getTime()) ? '' : d.toISOString().slice(0, 10))),
          ),
        )
      : fc.constant({}),
  );

const names = (Object.keys(contract) as CallName[]).filter((n) => !SKIPPED.has(n));

describe('every call under made-up input', () => {
  it.each(names)('%s', async (name) => {
    await fc.assert(
      fc.asyncProperty(hostile(fieldsOf(name)), async (input) => {
        const before = snapshot(t.database);
        const r = await t.core.call(name, input);
        expect(typeof r.ok).toBe('boolean');
        if (!r.ok) {
          expect(ERROR_CODES).toContain(r.error.code);
          expect(r.error.code, `${name} failed inside: ${r.error.message}`).not.toBe('internal');
          expect(r.error.message.length).toBeGreaterThan(0);
          expect(snapshot(t.database), `${name} was refused but wrote`).toBe(before);
        }
      }),
      { numRuns: RUNS },
    );
  });
});
