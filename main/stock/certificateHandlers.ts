import { addedCodes } from '../../shared/domain/eicr';
import type { Handlers } from '../core/handlers';
import { mutation, query } from '../core/mutation';
import { loadGasChain, rederiveGasChain } from './gasChain';
import { invalid, notFound } from '../core/errors';
import { addCodeRemedials, expiryFor, outcomeAndCodes, resolveTarget } from './certificates';
import { getCertificate, listCertificates, remedialsOf } from './stockRepo';

// Certificates of a home or a block: recorded, corrected after they were entered, and removed when
// entered by mistake. A certificate with remedial actions cannot be deleted until they are removed.

export const certificateHandlers: Handlers<'certificates.list' | 'certificates.create' | 'certificates.update' | 'certificates.delete'> = {
  'certificates.list': query(async (input, ctx) => {
    if (input.homeId !== null) return listCertificates(ctx.db, { dwellingId: input.homeId });
    return listCertificates(ctx.db, { blockId: input.blockId! });
  }),

  'certificates.create': mutation(async (input, ctx) => {
    if (input.dateDone > ctx.today) throw invalid('dateDone', 'The date done cannot be in the future.');
    if (input.expiryDate && input.expiryDate <= input.dateDone) throw invalid('expiryDate', 'The expiry date must be after the date done.');
    const target = await resolveTarget(ctx.db, input.checkType, { dwellingId: input.homeId, blockId: input.blockId, liftId: input.liftId });
    const { outcome, codes } = outcomeAndCodes(input.checkType, input.outcome, input.eicrCodes);
    if (
      input.reference &&
      (await ctx.db
        .selectFrom('certificates')
        .select('id')
        .where((eb) => eb(eb.fn('lower', ['reference']), '=', input.reference!.toLowerCase()))
        .executeTakeFirst())
    ) {
      throw invalid('reference', `Reference ${input.reference} is already recorded on another certificate.`);
    }
    const expiry = input.expiryDate ?? (await expiryFor(ctx.db, input.checkType, target, input.dateDone));
    const gasBefore = input.checkType === 'GAS' ? await loadGasChain(ctx.db, target.dwellingId) : [];
    const row = await ctx.db
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
    await ctx.audit({
      entity: 'certificate',
      entityId: row.id,
      action: 'create',
      label: `${row.check_type} ${row.reference ?? row.id}`,
      after: row,
    });
    if (row.check_type === 'GAS') await rederiveGasChain(ctx, row.dwelling_id, gasBefore);
    const remedials = await addCodeRemedials(ctx, row);
    return { id: row.id, expiryDate: row.expiry_date, outcome, eicrCodes: codes, remedials };
  }),

  /** The expiry is derived again when the date done, check type or target changes, unless it was entered. */
  'certificates.update': mutation(async (input, ctx) => {
    const before = await ctx.db.selectFrom('certificates').selectAll().where('id', '=', input.id).executeTakeFirst();
    if (!before) throw notFound('The certificate');
    const p = input.patch;
    const checkType = p.checkType ?? before.check_type;
    const dateDone = p.dateDone ?? before.date_done;
    if (dateDone > ctx.today) throw invalid('dateDone', 'The date done cannot be in the future.');
    const target = await resolveTarget(ctx.db, checkType, {
      dwellingId: p.homeId !== undefined ? p.homeId : before.dwelling_id,
      blockId: p.blockId !== undefined ? p.blockId : before.block_id,
      liftId: p.liftId !== undefined ? p.liftId : checkType === 'LIFT' ? before.lift_id : null,
    });
    const reference = p.reference !== undefined ? p.reference || null : before.reference;
    if (
      reference &&
      reference !== before.reference &&
      (await ctx.db
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
      expiry = p.expiryDate ?? (await expiryFor(ctx.db, checkType, target, dateDone, before.id));
    } else if (!expiryGiven && moved) {
      expiry = await expiryFor(ctx.db, checkType, target, dateDone, before.id);
    }
    if (expiry <= dateDone) throw invalid(p.expiryDate ? 'expiryDate' : 'dateDone', `The expiry date (${expiry}) must be after the date done.`);
    // New codes without an outcome give the outcome again; a check that stops being electrical drops its codes.
    const codesText = p.eicrCodes !== undefined ? p.eicrCodes : checkType === 'EICR' ? before.eicr_codes : '';
    const given = p.outcome !== undefined ? p.outcome : p.eicrCodes !== undefined ? null : before.outcome;
    const { outcome, codes } = outcomeAndCodes(checkType, given, codesText);
    const remedials = await remedialsOf(ctx.db, [before.id]);
    const early = remedials.find((r) => r.dueDate < dateDone || (r.completedDate !== null && r.completedDate < dateDone));
    if (early) throw invalid('dateDone', `The remedial action “${early.description}” is dated before ${dateDone}: change it first.`);
    // the gas checks after this one, where it was and where it is now, follow a change to its date, home, type or expiry
    const chainMoves = (before.check_type === 'GAS' || checkType === 'GAS') && (moved || expiry !== before.expiry_date);
    const homes = chainMoves
      ? [...new Set([before.check_type === 'GAS' ? before.dwelling_id : null, checkType === 'GAS' ? target.dwellingId : null])].filter(
          (h): h is number => h !== null,
        )
      : [];
    const chainsBefore = await Promise.all(homes.map((h) => loadGasChain(ctx.db, h)));
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
    await ctx.db
      .updateTable('certificates')
      .set({ ...values, updated_at: ctx.now })
      .where('id', '=', before.id)
      .execute();
    const { id: _id, created_at: _c, updated_at: _u, ...old } = before;
    await ctx.audit({
      entity: 'certificate',
      entityId: before.id,
      action: 'update',
      label: `${checkType} ${reference ?? before.id}`,
      before: old,
      after: values,
    });
    // codes the correction adds (a C2 found on re-reading the report) raise their remedial work, as on entry
    for (const [i, h] of homes.entries()) await rederiveGasChain(ctx, h, chainsBefore[i]!);
    const added = addedCodes(before.eicr_codes, codes);
    if (added) await addCodeRemedials(ctx, { id: before.id, date_done: dateDone, eicr_codes: added });
    return getCertificate(ctx.db, before.id);
  }),

  'certificates.delete': mutation(async (input, ctx) => {
    const before = await ctx.db.selectFrom('certificates').selectAll().where('id', '=', input.id).executeTakeFirst();
    if (!before) throw notFound('The certificate');
    const remedials = await remedialsOf(ctx.db, [before.id]);
    if (remedials.length) {
      throw invalid(
        'id',
        `This certificate has ${remedials.length} remedial action${remedials.length === 1 ? '' : 's'}: remove ${remedials.length === 1 ? 'it' : 'them'} first, or keep the certificate.`,
      );
    }
    const gasBefore = before.check_type === 'GAS' ? await loadGasChain(ctx.db, before.dwelling_id) : [];
    await ctx.db.deleteFrom('certificates').where('id', '=', before.id).execute();
    await ctx.audit({
      entity: 'certificate',
      entityId: before.id,
      action: 'delete',
      label: `${before.check_type} ${before.reference ?? before.id}`,
      before,
    });
    if (before.check_type === 'GAS') await rederiveGasChain(ctx, before.dwelling_id, gasBefore);
    return { id: before.id };
  }),
};
