import { lastYearEnd, remedialDueDate } from '../../shared/domain/compliance';
import { assertPersonExists } from '../people/peopleRepo';
import { remedialSummary } from './remedials';
import type { Handlers } from '../core/handlers';
import { writeAudit } from '../core/audit';
import { loadGasChain, rederiveGasChain } from './gasChain';
import { invalid } from '../core/errors';
import { addCodeRemedials, expiryFor, outcomeAndCodes, resolveTarget, resolveVisitTarget } from './certificates';
import { buildingSafetyMeasures } from './measures';
import { compliancePosition, homeChecks } from './position';
import { noAccessLabel } from './noAccessHandlers';

export const complianceHandlers: Handlers<
  | 'compliance.createEstate'
  | 'compliance.createBlock'
  | 'compliance.createDwelling'
  | 'compliance.addCertificate'
  | 'compliance.addNoAccess'
  | 'compliance.measures'
  | 'compliance.position'
  | 'compliance.home'
  | 'compliance.addRemedial'
  | 'compliance.completeRemedial'
  | 'compliance.remedials'
> = {
  'compliance.createEstate': async (input, ctx) =>
    ctx.db.transaction().execute(async (trx) => {
      const clash = (await trx.selectFrom('estates').select('name').execute()).find((e) => e.name.toLowerCase() === input.name.toLowerCase());
      if (clash) throw invalid('name', `There is already an estate called ${clash.name}.`);
      const row = await trx
        .insertInto('estates')
        .values({ name: input.name, created_at: ctx.now, updated_at: ctx.now })
        .returning(['id', 'name'])
        .executeTakeFirstOrThrow();
      await writeAudit(trx, ctx, { entity: 'estate', entityId: row.id, action: 'create', label: row.name, after: row });
      return row;
    }),

  /** A block's passenger lifts are created with it, numbered 1..N. */
  'compliance.createBlock': async (input, ctx) =>
    ctx.db.transaction().execute(async (trx) => {
      const estate = await trx.selectFrom('estates').select('id').where('id', '=', input.estateId).executeTakeFirst();
      if (!estate) throw invalid('estateId', 'Choose an estate from the list.');
      const clash = await trx
        .selectFrom('blocks')
        .select('id')
        .where('estate_id', '=', input.estateId)
        .where((eb) => eb(eb.fn('lower', ['name']), '=', input.name.toLowerCase()))
        .executeTakeFirst();
      if (clash) throw invalid('name', `The estate already has a block called ${input.name}.`);
      const row = await trx
        .insertInto('blocks')
        .values({
          estate_id: input.estateId,
          name: input.name,
          storeys: input.storeys,
          year_built: input.yearBuilt,
          fire_risk_tier: input.fireRiskTier,
          passenger_lifts: input.passengerLifts,
          communal_water: input.communalWater ? 1 : 0,
          asbestos_present: input.asbestosPresent ? 1 : 0,
          communal_electrics: input.communalElectrics ? 1 : 0,
          created_at: ctx.now,
          updated_at: ctx.now,
        })
        .returningAll()
        .executeTakeFirstOrThrow();
      const liftIds: number[] = [];
      for (let n = 1; n <= input.passengerLifts; n++) {
        const lift = await trx
          .insertInto('lifts')
          .values({ block_id: row.id, number: n, name: `Lift ${n}`, created_at: ctx.now, updated_at: ctx.now })
          .returning('id')
          .executeTakeFirstOrThrow();
        liftIds.push(lift.id);
      }
      await writeAudit(trx, ctx, { entity: 'block', entityId: row.id, action: 'create', label: row.name, after: row });
      return { id: row.id, name: row.name, liftIds };
    }),

  'compliance.createDwelling': async (input, ctx) =>
    ctx.db.transaction().execute(async (trx) => {
      if (input.blockId !== null && !(await trx.selectFrom('blocks').select('id').where('id', '=', input.blockId).executeTakeFirst())) {
        throw invalid('blockId', 'Choose a block from the list.');
      }
      if (await trx.selectFrom('dwellings').select('id').where('uprn', '=', input.uprn).executeTakeFirst())
        throw invalid('uprn', `UPRN ${input.uprn} is already recorded.`);
      const row = await trx
        .insertInto('dwellings')
        .values({
          uprn: input.uprn,
          address: input.address,
          block_id: input.blockId,
          tenure: input.tenure,
          has_gas: input.hasGas ? 1 : 0,
          active: input.active ? 1 : 0,
          created_at: ctx.now,
          updated_at: ctx.now,
        })
        .returningAll()
        .executeTakeFirstOrThrow();
      await writeAudit(trx, ctx, { entity: 'dwelling', entityId: row.id, action: 'create', label: `${row.uprn} ${row.address}`, after: row });
      return { id: row.id, uprn: row.uprn };
    }),

  'compliance.addCertificate': async (input, ctx) =>
    ctx.db.transaction().execute(async (trx) => {
      if (input.dateDone > ctx.today) throw invalid('dateDone', 'The date done cannot be in the future.');
      if (input.expiryDate && input.expiryDate <= input.dateDone) throw invalid('expiryDate', 'The expiry date must be after the date done.');
      const target = await resolveTarget(trx, input.checkType, input);
      const { outcome, codes } = outcomeAndCodes(input.checkType, input.outcome, input.eicrCodes);
      if (
        input.reference &&
        (await trx
          .selectFrom('certificates')
          .select('id')
          .where((eb) => eb(eb.fn('lower', ['reference']), '=', input.reference!.toLowerCase()))
          .executeTakeFirst())
      ) {
        throw invalid('reference', `Reference ${input.reference} is already recorded on another certificate.`);
      }
      const expiry = input.expiryDate ?? (await expiryFor(trx, input.checkType, target, input.dateDone));
      const gasBefore = input.checkType === 'GAS' ? await loadGasChain(trx, target.dwellingId) : [];
      const row = await trx
        .insertInto('certificates')
        .values({
          check_type: input.checkType,
          dwelling_id: target.dwellingId,
          block_id: target.blockId,
          lift_id: target.liftId,
          date_done: input.dateDone,
          expiry_date: expiry,
          expiry_given: input.expiryDate ? 1 : 0,
          outcome,
          eicr_codes: codes,
          contractor: input.contractor,
          reference: input.reference,
          evidence_path: input.evidencePath,
          created_at: ctx.now,
          updated_at: ctx.now,
        })
        .returningAll()
        .executeTakeFirstOrThrow();
      await writeAudit(trx, ctx, {
        entity: 'certificate',
        entityId: row.id,
        action: 'create',
        label: `${row.check_type} ${row.reference ?? row.id}`,
        after: row,
      });
      if (row.check_type === 'GAS') await rederiveGasChain(trx, ctx, row.dwelling_id, gasBefore);
      const remedials = await addCodeRemedials(trx, ctx, row);
      return { id: row.id, expiryDate: row.expiry_date, outcome, eicrCodes: codes, remedials };
    }),

  'compliance.addNoAccess': async (input, ctx) =>
    ctx.db.transaction().execute(async (trx) => {
      if (input.visitDate > ctx.today) throw invalid('visitDate', 'The visit date cannot be in the future.');
      const target = await resolveVisitTarget(trx, input.checkType, input);
      const row = await trx
        .insertInto('no_access_visits')
        .values({
          check_type: input.checkType,
          dwelling_id: target.dwellingId,
          block_id: target.blockId,
          visit_date: input.visitDate,
          notes: input.notes,
          created_at: ctx.now,
          updated_at: ctx.now,
        })
        .returningAll()
        .executeTakeFirstOrThrow();
      await writeAudit(trx, ctx, { entity: 'no_access', entityId: row.id, action: 'create', label: noAccessLabel(row), after: row });
      return { id: row.id };
    }),

  'compliance.measures': async (input, ctx) => buildingSafetyMeasures(ctx.db, input.asAt ?? lastYearEnd(ctx.today)),
  'compliance.position': async (input, ctx) => compliancePosition(ctx.db, input.asAt ?? ctx.today),
  'compliance.home': async (input, ctx) => homeChecks(ctx.db, input.uprn, input.asAt ?? ctx.today),

  'compliance.addRemedial': async (input, ctx) =>
    ctx.db.transaction().execute(async (trx) => {
      const cert = await trx.selectFrom('certificates').select(['id', 'date_done', 'check_type']).where('id', '=', input.certificateId).executeTakeFirst();
      if (!cert) throw invalid('certificateId', 'There is no such certificate.');
      await assertPersonExists(trx, input.ownerId, 'ownerId');
      const due = input.dueDate ?? remedialDueDate(input.priority, cert.date_done);
      if (due < cert.date_done) throw invalid('dueDate', 'The due date cannot be before the check that found the problem.');
      const row = await trx
        .insertInto('remedial_actions')
        .values({
          certificate_id: cert.id,
          description: input.description,
          priority: input.priority,
          due_date: due,
          completed_date: null,
          owner_id: input.ownerId,
          created_at: ctx.now,
          updated_at: ctx.now,
        })
        .returningAll()
        .executeTakeFirstOrThrow();
      await writeAudit(trx, ctx, {
        entity: 'remedial',
        entityId: row.id,
        action: 'create',
        label: `${cert.check_type}: ${row.description}`,
        after: row,
        parent: { entity: 'certificate', id: cert.id },
      });
      return { id: row.id, dueDate: row.due_date };
    }),

  'compliance.completeRemedial': async (input, ctx) =>
    ctx.db.transaction().execute(async (trx) => {
      const before = await trx
        .selectFrom('remedial_actions')
        .innerJoin('certificates', 'certificates.id', 'remedial_actions.certificate_id')
        .selectAll('remedial_actions')
        .select('certificates.date_done')
        .where('remedial_actions.id', '=', input.id)
        .executeTakeFirst();
      if (!before) throw invalid('id', 'There is no such remedial action.');
      if (input.completedDate > ctx.today) throw invalid('completedDate', 'The completion date cannot be in the future.');
      if (input.completedDate < before.date_done) throw invalid('completedDate', 'The work cannot be completed before the check that found it.');
      await trx.updateTable('remedial_actions').set({ completed_date: input.completedDate, updated_at: ctx.now }).where('id', '=', input.id).execute();
      await writeAudit(trx, ctx, {
        entity: 'remedial',
        entityId: input.id,
        action: 'update',
        label: before.description,
        before: { completed_date: before.completed_date },
        after: { completed_date: input.completedDate },
      });
      return { id: input.id };
    }),

  'compliance.remedials': async (input, ctx) => remedialSummary(ctx.db, input.asAt ?? ctx.today),
};
