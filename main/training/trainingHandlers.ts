import type { TrainingCompletion, TrainingWaiver } from '../../shared/contract';
import { formatDateLong } from '../../shared/domain/dates';
import { completionExpiry } from '../../shared/domain/training';
import type { Handlers } from '../core/handlers';
import { invalid } from '../core/errors';
import { mutation, query } from '../core/mutation';
import type { ReadDb } from '../core/context';
import { trainingSettings } from '../settings/settingsRepo';
import { courseRow } from './catalogueRepo';
import { trainingMatrix } from './matrixRepo';
import { trainingSummary } from './summaryRepo';
import type { TrainingCompletionsTable, TrainingWaiversTable } from './tables';

async function personRow(db: ReadDb, id: number) {
  const row = await db.selectFrom('people').select(['id', 'name', 'start_date']).where('id', '=', id).executeTakeFirst();
  if (!row) throw invalid('personId', `There is no person with id ${id}. Choose a person from the list.`);
  return row;
}

type Stored<T> = Omit<T, 'id'> & { id: number };

const toCompletion = (r: Stored<TrainingCompletionsTable>): TrainingCompletion => ({
  id: r.id,
  personId: r.person_id,
  courseId: r.course_id,
  dateCompleted: r.date_completed,
  expiryDate: r.expiry_date,
  expiryGiven: r.expiry_given === 1,
  evidence: r.evidence,
});

const toWaiver = (r: Stored<TrainingWaiversTable>): TrainingWaiver => ({
  id: r.id,
  personId: r.person_id,
  courseId: r.course_id,
  reason: r.reason,
  agreedOn: r.agreed_on,
  until: r.until_date,
  agreedBy: r.agreed_by,
});

export const trainingHandlers: Handlers<'training.matrix' | 'training.summary' | 'training.record' | 'training.waive'> = {
  'training.matrix': query(async (input, ctx) => {
    const { graceDays } = await trainingSettings(ctx.db);
    return trainingMatrix(ctx.db, { asAt: input.asAt ?? ctx.today, graceDays, teamId: input.teamId });
  }),

  'training.summary': query(async (input, ctx) => trainingSummary(ctx.db, input.asAt ?? ctx.today, await trainingSettings(ctx.db))),

  'training.record': mutation(async (input, ctx) => {
    const person = await personRow(ctx.db, input.personId);
    const course = await courseRow(ctx.db, input.courseId);
    if (input.dateCompleted > ctx.today) throw invalid('dateCompleted', 'The date completed cannot be in the future.');
    if (person.start_date && input.dateCompleted < person.start_date)
      throw invalid('dateCompleted', `${person.name} started on ${formatDateLong(person.start_date)}: the course cannot have been completed before that.`);
    if (input.expiryDate && input.expiryDate < input.dateCompleted) throw invalid('expiryDate', 'The expiry date cannot be before the date completed.');
    const expiry = completionExpiry({ refreshMonths: course.refresh_months }, { dateCompleted: input.dateCompleted, expiryDate: input.expiryDate });
    const row = await ctx.db
      .insertInto('training_completions')
      .values({
        person_id: person.id,
        course_id: course.id,
        date_completed: input.dateCompleted,
        expiry_date: expiry,
        expiry_given: input.expiryDate ? 1 : 0,
        evidence: input.evidence,
        created_at: ctx.now,
        updated_at: ctx.now,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    await ctx.audit({
      entity: 'training_completion',
      entityId: row.id,
      action: 'create',
      label: `${person.name}: ${course.name}, ${formatDateLong(input.dateCompleted)}`,
      after: row,
      parent: { entity: 'person', id: person.id },
    });
    return toCompletion(row);
  }),

  'training.waive': mutation(async (input, ctx) => {
    const person = await personRow(ctx.db, input.personId);
    const course = await courseRow(ctx.db, input.courseId);
    if (input.until < ctx.today) throw invalid('until', 'Waived until must be today or later.');
    const row = await ctx.db
      .insertInto('training_waivers')
      .values({
        person_id: person.id,
        course_id: course.id,
        reason: input.reason,
        agreed_on: ctx.today,
        until_date: input.until,
        agreed_by: input.agreedBy,
        created_at: ctx.now,
        updated_at: ctx.now,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    await ctx.audit({
      entity: 'training_waiver',
      entityId: row.id,
      action: 'create',
      label: `${person.name}: ${course.name} waived until ${formatDateLong(input.until)}`,
      after: row,
      parent: { entity: 'person', id: person.id },
    });
    return toWaiver(row);
  }),
};
