import { z } from 'zod';
import { CHECK_TYPES, CHECK_TYPE_LABELS, REMEDIAL_PRIORITIES } from '../domain/compliance';
import { byId, choice, id, isoDate, optionalDate, optionalText, patchOf, requiredText } from './fields';
import { call } from './call';
import type * as T from './certificatesTypes';

// Certificates recorded against homes, blocks and lifts, their remedial actions, and visits that could not get in.

export const checkType = choice('Check type', CHECK_TYPES, CHECK_TYPE_LABELS);

export const certificateCreate = z.strictObject({
  checkType,
  homeId: id('Home').nullable().default(null),
  blockId: id('Block').nullable().default(null),
  liftId: id('Lift').nullable().default(null),
  dateDone: isoDate('Date done'),
  expiryDate: optionalDate('Expiry date').default(null),
  /** null: satisfactory, or for an electrical report whatever its codes give */
  outcome: z
    .enum(['satisfactory', 'unsatisfactory', 'advisory'], { error: 'Outcome must be satisfactory, unsatisfactory or advisory.' })
    .nullable()
    .default(null),
  eicrCodes: optionalText('EICR codes', 100).default(''),
  contractor: optionalText('Contractor', 200).default(''),
  reference: optionalText('Reference', 100).nullable().default(null),
  evidencePath: optionalText('Evidence file', 500).default(''),
});

export const certificatesList = z
  .strictObject({ homeId: id('Home').nullable().default(null), blockId: id('Block').nullable().default(null) })
  .refine((v) => (v.homeId === null) !== (v.blockId === null), { error: 'Give a home or a block.', path: ['homeId'] });

const certShape = certificateCreate.shape;
export const certificateUpdate = z.strictObject({
  id: id('Certificate'),
  patch: patchOf({
    checkType: certShape.checkType,
    homeId: certShape.homeId.unwrap(),
    blockId: certShape.blockId.unwrap(),
    liftId: certShape.liftId.unwrap(),
    dateDone: certShape.dateDone,
    /** null: derive the expiry from the interval again */
    expiryDate: certShape.expiryDate.unwrap(),
    outcome: certShape.outcome.unwrap(),
    eicrCodes: certShape.eicrCodes.unwrap(),
    contractor: certShape.contractor.unwrap(),
    reference: certShape.reference.unwrap(),
    evidencePath: certShape.evidencePath.unwrap(),
  }),
});

export const remedialCreate = z.strictObject({
  certificateId: id('Certificate'),
  description: requiredText('Remedial action', 1000),
  priority: z.enum(['immediate', '24h', '28_days', '3_months', 'advisory'], { error: 'Priority must be immediate, 24 hours, 28 days, 3 months or advisory.' }),
  dueDate: optionalDate('Due date').default(null),
  ownerId: id('Owner').nullable().default(null),
});

export const remedialComplete = z.strictObject({ id: id('Remedial action'), completedDate: isoDate('Completed on') });

export const remedialUpdate = z.strictObject({
  id: id('Remedial action'),
  patch: patchOf({
    description: requiredText('Remedial action', 1000),
    priority: z.enum(REMEDIAL_PRIORITIES, { error: 'Priority must be immediate, 24 hours, 28 days, 3 months or advisory.' }),
    dueDate: optionalDate('Due date'),
    ownerId: id('Owner').nullable(),
    /** null reopens the action */
    completedDate: optionalDate('Completed on'),
  }),
});

export const noAccessCreate = z.strictObject({
  checkType,
  homeId: id('Home').nullable().default(null),
  blockId: id('Block').nullable().default(null),
  visitDate: isoDate('Visit date'),
  notes: optionalText('Notes', 2000).default(''),
});

export const noAccessUpdate = z.strictObject({
  id: id('No-access visit'),
  patch: patchOf({ visitDate: isoDate('Visit date'), notes: optionalText('Notes', 2000) }),
});

export const certificatesCalls = {
  'certificates.list': call<T.CertificateRow[]>()(certificatesList),
  'certificates.create': call<{ id: number; expiryDate: string; outcome: string; eicrCodes: string; remedials: number }>()(certificateCreate),
  'certificates.update': call<T.CertificateRow>()(certificateUpdate),
  'certificates.delete': call<{ id: number }>()(byId('Certificate')),

  'remedials.create': call<{ id: number; dueDate: string }>()(remedialCreate),
  'remedials.update': call<T.RemedialRow>()(remedialUpdate),
  'remedials.complete': call<{ id: number }>()(remedialComplete),
  'remedials.delete': call<{ id: number }>()(byId('Remedial action')),

  'noAccess.create': call<{ id: number }>()(noAccessCreate),
  'noAccess.update': call<T.NoAccessRow>()(noAccessUpdate),
  'noAccess.delete': call<{ id: number }>()(byId('No-access visit')),
} as const;
