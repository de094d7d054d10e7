import { z } from 'zod';
import { FIRE_RISK_TIERS, TENURES } from '../domain/compliance';
import { byId, empty, id, patchOf, requiredText } from './fields';
import { call } from './call';
import type * as T from './stockTypes';

// The stock: estates, blocks with their lifts, and homes.

const yesNo = (label: string) => z.boolean({ error: `${label} must be yes or no.` });

export const estateCreate = z.strictObject({ name: requiredText('Estate name', 200) });

export const HOMES_PAGE_MAX = 500;

export const estateUpdate = z.strictObject({ id: id('Estate'), patch: patchOf({ name: requiredText('Estate name', 200) }) });

export const blockCreate = z.strictObject({
  estateId: id('Estate'),
  name: requiredText('Block name', 200),
  storeys: z.number({ error: 'Storeys must be a number.' }).int().min(1, 'A block has at least 1 storey.').max(100),
  yearBuilt: z.number().int().min(1800, 'Year built looks wrong.').max(2100, 'Year built looks wrong.').nullable().default(null),
  fireRiskTier: z.enum(FIRE_RISK_TIERS, { error: 'Fire risk tier must be high, medium or low.' }).default('medium'),
  passengerLifts: z.number({ error: 'Passenger lifts must be a number.' }).int().min(0).max(50).default(0),
  communalWater: yesNo('Communal water').default(false),
  asbestosPresent: yesNo('Asbestos present').default(false),
  communalElectrics: yesNo('Communal electrical supply').default(true),
});

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

export const homeCreate = z.strictObject({
  uprn: z
    .string({ error: 'Enter the UPRN.' })
    .trim()
    .regex(/^\d{1,12}$/, 'The UPRN is a number of up to 12 digits.'),
  address: requiredText('Address', 300),
  blockId: id('Block').nullable().default(null),
  tenure: z.enum(TENURES, { error: 'Tenure must be tenant, shared ownership or leaseholder.' }).default('tenant'),
  hasGas: yesNo('Gas').default(false),
  active: yesNo('Active').default(true),
});

const homeShape = homeCreate.shape;
export const homeUpdate = z.strictObject({
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

export const stockCalls = {
  'estates.list': call<T.EstateRow[]>()(empty),
  'estates.create': call<{ id: number; name: string }>()(estateCreate),
  'estates.update': call<T.EstateRow>()(estateUpdate),

  'blocks.list': call<T.BlockRow[]>()(blocksList),
  'blocks.get': call<T.BlockDetail>()(byId('Block')),
  'blocks.create': call<{ id: number; name: string; liftIds: number[] }>()(blockCreate),
  'blocks.update': call<T.BlockUpdateResult>()(blockUpdate),

  'lifts.rename': call<T.BlockDetail>()(liftRename),
  'lifts.remove': call<T.BlockDetail>()(byId('Lift')),

  'homes.list': call<T.HomesPage>()(homesList),
  'homes.get': call<T.HomeDetail>()(byId('Home')),
  'homes.create': call<{ id: number; uprn: string }>()(homeCreate),
  'homes.update': call<T.HomeDetail>()(homeUpdate),
} as const;
