import { z } from 'zod';
import { REMEDIAL_PRIORITIES } from '../domain/compliance';
import { id, isoDate, optionalDate, optionalText, patchOf, requiredText } from './fields';
import { blockCreate, certificateCreate, dwellingCreate } from './compliance';

// Editing the stock (estates, blocks, lifts, homes) and the certificates recorded against it.

export const HOMES_PAGE_MAX = 500;

export const estateUpdate = z.strictObject({ id: id('Estate'), patch: patchOf({ name: requiredText('Estate name', 200) }) });

export const blocksList = z.strictObject({ estateId: id('Estate').nullable().default(null) });

const blockShape = blockCreate.shape;
export const blockUpdate = z.strictObject({
  id: id('Block'),
  patch: patchOf({
    estateId: blockShape.estateId,
    name: blockShape.name,
    storeys: blockShape.storeys,
    yearBuilt: blockShape.yearBuilt.unwrap(),
    fireRiskTier: blockShape.fireRiskTier.unwrap(),
    passengerLifts: blockShape.passengerLifts.unwrap(),
    communalWater: blockShape.communalWater.unwrap(),
    asbestosPresent: blockShape.asbestosPresent.unwrap(),
    communalElectrics: blockShape.communalElectrics.unwrap(),
  }),
});

export const liftRename = z.strictObject({ id: id('Lift'), name: requiredText('Lift name', 100) });

export const homesList = z.strictObject({
  /** a UPRN (or its start) or part of the address */
  search: z.string({ error: 'Search must be text.' }).trim().max(200, 'Search must be 200 characters or fewer.').default(''),
  blockId: id('Block').nullable().default(null),
  estateId: id('Estate').nullable().default(null),
  offset: z.number({ error: 'Offset must be a number.' }).int().min(0, 'Offset cannot be negative.').default(0),
  limit: z
    .number({ error: 'Limit must be a number.' })
    .int()
    .min(1, 'Ask for at least 1 home.')
    .max(HOMES_PAGE_MAX, `Ask for at most ${HOMES_PAGE_MAX} homes at a time.`)
    .default(100),
  sort: z.enum(['uprn', 'address', 'block'], { error: 'Sort by uprn, address or block.' }).default('uprn'),
  /** only homes with a check that is not in date */
  notCompliant: z.boolean({ error: 'Not compliant is yes or no.' }).default(false),
  descending: z.boolean().default(false),
});

const homeShape = dwellingCreate.shape;
export const dwellingUpdate = z.strictObject({
  id: id('Home'),
  patch: patchOf({
    uprn: homeShape.uprn,
    address: homeShape.address,
    blockId: homeShape.blockId.unwrap(),
    tenure: homeShape.tenure.unwrap(),
    hasGas: homeShape.hasGas.unwrap(),
    active: homeShape.active.unwrap(),
  }),
});

export const certificatesFor = z
  .strictObject({ dwellingId: id('Home').nullable().default(null), blockId: id('Block').nullable().default(null) })
  .refine((v) => (v.dwellingId === null) !== (v.blockId === null), { error: 'Give a home or a block.', path: ['dwellingId'] });

const certShape = certificateCreate.shape;
export const certificateUpdate = z.strictObject({
  id: id('Certificate'),
  patch: patchOf({
    checkType: certShape.checkType,
    dwellingId: certShape.dwellingId.unwrap(),
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

export const noAccessUpdate = z.strictObject({
  id: id('No-access visit'),
  patch: patchOf({ visitDate: isoDate('Visit date'), notes: optionalText('Notes', 2000) }),
});
