import { remedialDueDate } from '../../shared/domain/compliance';
import { addedCodes } from '../../shared/domain/eicr';
import type { Handlers } from '../core/handlers';
import { writeAudit } from '../core/audit';
import { loadGasChain, rederiveGasChain } from './gasChain';
import { invalid, notFound } from '../core/errors';
import { assertPersonExists } from '../people/peopleRepo';
import { addCodeRemedials, expiryFor, outcomeAndCodes, resolveTarget } from './certificates';
import { getCertificate, remedialsOf } from './stockRepo';

// Correcting a certificate or a remedial action after it was entered, and removing one entered by
// mistake. A certificate with remedial actions cannot be deleted until they are removed.

export const certificateEditHandlers: Handlers<'stock.updateCertificate' | 'stock.deleteCertificate' | 'stock.updateRemedial' | 'stock.deleteRemedial'> = {
  /** The expiry is derived again when the date done, check type or target changes, unless it was entered. */
  'stock.updateCertificate': async (input, ctx) =>
    ctx.db.transaction().execute(async (trx) => {
      const before = await trx.selectFrom('certificates').selectAll().where('id', '=', input.id).executeTakeFirst();
      if (!before) throw notFound('The certificate');
      const p = input.patch;
      const checkType = p.checkType ?? before.check_type;
      const dateDone = p.dateDone ?? before.date_done;
      if (dateDone > ctx.today) throw invalid('dateDone', 'The date done cannot be in the future.');
      const target = await resolveTarget(trx, checkType, {
        dwellingId: p.dwellingId !== undefined ? p.dwellingId : before.dwelling_id,
        blockId: p.blockId !== undefined ? p.blockId : before.block_id,
        liftId: p.liftId !== undefined ? p.liftId : checkType === 'LIFT' ? before.lift_id : null,
      });
      const reference = p.reference !== undefined ? p.reference || null : before.reference;
      if (
        reference &&
        reference !== before.reference &&
        (await trx
          .selectFrom('certificates')
          .select('id')
          .where((eb) => eb(eb.fn('lower', ['reference']), '=', reference.toLowerCase()))
          .where('id', '!=', before.id)
          .executeTakeFirst())
      ) {
        throw invalid('reference', `Reference ${reference} is already recorded on another certificate.`);
      }
      const moved =
        checkType !== before.check_type ||
        dateDone !== before.date_done ||
        target.dwellingId !== before.dwelling_id ||
        target.blockId !== before.block_id ||
        target.liftId !== before.lift_id;
      let expiryGiven = before.expiry_given === 1;
      let expiry = before.expiry_date;
      if (p.expiryDate !== undefined) {
        expiryGiven = p.expiryDate !== null;
        expiry = p.expiryDate ?? (await expiryFor(trx, checkType, target, dateDone, before.id));
      } else if (!expiryGiven && moved) {
        expiry = await expiryFor(trx, checkType, target, dateDone, before.id);
      }
      if (expiry <= dateDone) throw invalid(p.expiryDate ? 'expiryDate' : 'dateDone', `The expiry date (${expiry}) must be after the date done.`);
      // New codes without an outcome give the outcome again; a check that stops being electrical drops its codes.
      const codesText = p.eicrCodes !== undefined ? p.eicrCodes : checkType === 'EICR' ? before.eicr_codes : '';
      const given = p.outcome !== undefined ? p.outcome : p.eicrCodes !== undefined ? null : before.outcome;
      const { outcome, codes } = outcomeAndCodes(checkType, given, codesText);
      const remedials = await remedialsOf(trx, [before.id]);
      const early = remedials.find((r) => r.dueDate < dateDone || (r.completedDate !== null && r.completedDate < dateDone));
      if (early) throw invalid('dateDone', `The remedial action “${early.description}” is dated before ${dateDone}: change it first.`);
      // the gas checks after this one, where it was and where it is now, follow a change to its date, home, type or expiry
      const chainMoves = (before.check_type === 'GAS' || checkType === 'GAS') && (moved || expiry !== before.expiry_date);
      const homes = chainMoves
        ? [...new Set([before.check_type === 'GAS' ? before.dwelling_id : null, checkType === 'GAS' ? target.dwellingId : null])].filter(
            (h): h is number => h !== null,
          )
        : [];
      const chainsBefore = await Promise.all(homes.map((h) => loadGasChain(trx, h)));
      const values = {
        check_type: checkType,
        dwelling_id: target.dwellingId,
        block_id: target.blockId,
        lift_id: target.liftId,
        date_done: dateDone,
        expiry_date: expiry,
        expiry_given: expiryGiven ? 1 : 0,
        outcome,
        eicr_codes: codes,
        contractor: p.contractor ?? before.contractor,
        reference,
        evidence_path: p.evidencePath ?? before.evidence_path,
      };
      await trx
        .updateTable('certificates')
        .set({ ...values, updated_at: ctx.now })
        .where('id', '=', before.id)
        .execute();
      const { id: _id, created_at: _c, updated_at: _u, ...old } = before;
      await writeAudit(trx, ctx, {
        entity: 'certificate',
        entityId: before.id,
        action: 'update',
        label: `${checkType} ${reference ?? before.id}`,
        before: old,
        after: values,
      });
      // codes the correction adds (a C2 found on re-reading the report) raise their remedial work, as on entry
      for (const [i, h] of homes.entries()) await rederiveGasChain(trx, ctx, h, chainsBefore[i]!);
      const added = addedCodes(before.eicr_codes, codes);
      if (added) await addCodeRemedials(trx, ctx, { id: before.id, date_done: dateDone, eicr_codes: added });
      return getCertificate(trx, before.id);
    }),

  'stock.deleteCertificate': async (input, ctx) =>
    ctx.db.transaction().execute(async (trx) => {
      const before = await trx.selectFrom('certificates').selectAll().where('id', '=', input.id).executeTakeFirst();
      if (!before) throw notFound('The certificate');
      const remedials = await remedialsOf(trx, [before.id]);
      if (remedials.length) {
        throw invalid(
          'id',
          `This certificate has ${remedials.length} remedial action${remedials.length === 1 ? '' : 's'}: remove ${remedials.length === 1 ? 'it' : 'them'} first, or keep the certificate.`,
        );
      }
      const gasBefore = before.check_type === 'GAS' ? await loadGasChain(trx, before.dwelling_id) : [];
      await trx.deleteFrom('certificates').where('id', '=', before.id).execute();
      await writeAudit(trx, ctx, {
        entity: 'certificate',
        entityId: before.id,
        action: 'delete',
        label: `${before.check_type} ${before.reference ?? before.id}`,
        before,
      });
      if (before.check_type === 'GAS') await rederiveGasChain(trx, ctx, before.dwelling_id, gasBefore);
      return { id: before.id };
    }),

  /** A new priority without a due date gives the priority's due date again. */
  'stock.updateRemedial': async (input, ctx) =>
    ctx.db.transaction().execute(async (trx) => {
      const before = await trx.selectFrom('remedial_actions').selectAll().where('id', '=', input.id).executeTakeFirst();
      if (!before) throw notFound('The remedial action');
      const cert = await trx
        .selectFrom('certificates')
        .select(['id', 'date_done', 'check_type'])
        .where('id', '=', before.certificate_id)
        .executeTakeFirstOrThrow();
      const p = input.patch;
      const priority = p.priority ?? before.priority;
      if (p.ownerId !== undefined) await assertPersonExists(trx, p.ownerId, 'ownerId');
      const due =
        p.dueDate ??
        (p.dueDate === null || (p.priority !== undefined && p.priority !== before.priority) ? remedialDueDate(priority, cert.date_done) : before.due_date);
      if (due < cert.date_done) throw invalid('dueDate', 'The due date cannot be before the check that found the problem.');
      const completed = p.completedDate !== undefined ? p.completedDate : before.completed_date;
      if (completed !== null && completed > ctx.today) throw invalid('completedDate', 'The completion date cannot be in the future.');
      if (completed !== null && completed < cert.date_done) throw invalid('completedDate', 'The work cannot be completed before the check that found it.');
      const values = {
        description: p.description ?? before.description,
        priority,
        due_date: due,
        owner_id: p.ownerId !== undefined ? p.ownerId : before.owner_id,
        completed_date: completed,
      };
      await trx
        .updateTable('remedial_actions')
        .set({ ...values, updated_at: ctx.now })
        .where('id', '=', before.id)
        .execute();
      const { id: _id, certificate_id: _cid, created_at: _c, updated_at: _u, ...old } = before;
      await writeAudit(trx, ctx, {
        entity: 'remedial',
        entityId: before.id,
        action: 'update',
        label: `${cert.check_type}: ${values.description}`,
        before: old,
        after: values,
        parent: { entity: 'certificate', id: cert.id },
      });
      const [row] = (await remedialsOf(trx, [cert.id])).filter((r) => r.id === before.id);
      return row!;
    }),

  'stock.deleteRemedial': async (input, ctx) =>
    ctx.db.transaction().execute(async (trx) => {
      const before = await trx.selectFrom('remedial_actions').selectAll().where('id', '=', input.id).executeTakeFirst();
      if (!before) throw notFound('The remedial action');
      await trx.deleteFrom('remedial_actions').where('id', '=', before.id).execute();
      await writeAudit(trx, ctx, {
        entity: 'remedial',
        entityId: before.id,
        action: 'delete',
        label: before.description,
        before,
        parent: { entity: 'certificate', id: before.certificate_id },
      });
      return { id: before.id };
    }),
};
