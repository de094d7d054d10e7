import type { CheckType, FireRiskTier, RemedialPriority, Tenure } from '../domain/compliance';

// Result types of the stock and certificate calls (see stock.ts for their inputs).

export interface EstateRow {
  id: number;
  name: string;
  blocks: number;
  homes: number;
}

export interface LiftRow {
  id: number;
  number: number;
  name: string;
  /** how many certificates are recorded against it (a lift with any cannot be removed) */
  certificates: number;
}

export interface BlockRow {
  id: number;
  estateId: number;
  estateName: string;
  name: string;
  storeys: number;
  yearBuilt: number | null;
  fireRiskTier: FireRiskTier;
  passengerLifts: number;
  communalWater: boolean;
  asbestosPresent: boolean;
  communalElectrics: boolean;
  homes: number;
  lifts: LiftRow[];
}

export interface RemedialRow {
  id: number;
  certificateId: number;
  description: string;
  priority: RemedialPriority;
  dueDate: string;
  completedDate: string | null;
  ownerId: number | null;
  ownerName: string | null;
}

export interface CertificateRow {
  id: number;
  checkType: CheckType;
  dwellingId: number | null;
  uprn: string | null;
  blockId: number | null;
  liftId: number | null;
  liftName: string | null;
  dateDone: string;
  expiryDate: string;
  /** true when the expiry was entered; false when derived from the interval */
  expiryGiven: boolean;
  outcome: 'satisfactory' | 'unsatisfactory' | 'advisory';
  eicrCodes: string;
  contractor: string;
  reference: string | null;
  evidencePath: string;
  remedials: RemedialRow[];
}

export interface NoAccessRow {
  id: number;
  checkType: CheckType;
  dwellingId: number | null;
  blockId: number | null;
  visitDate: string;
  notes: string;
}

export interface BlockDetail extends BlockRow {
  /** the block's own checks and its lifts' examinations (not the homes' own) */
  certificates: CertificateRow[];
  noAccess: NoAccessRow[];
}

export interface HomeRow {
  id: number;
  uprn: string;
  address: string;
  blockId: number | null;
  blockName: string | null;
  estateName: string | null;
  tenure: Tenure;
  hasGas: boolean;
  active: boolean;
  /** the checks this home has that are not in date today (overdue, never recorded or no access) */
  notInDate: import('../domain/compliance').CheckType[];
}

export interface HomesPage {
  rows: HomeRow[];
  /** every home matching the search and filters, not only this page */
  total: number;
}

export interface HomeDetail extends HomeRow {
  /** the home's own checks, with their remedial actions */
  certificates: CertificateRow[];
  /** visits to the home, and to its block, that could not get in */
  noAccess: NoAccessRow[];
}

/** The block's latest fire risk assessment, when a new fire risk tier changed (or would have changed) its expiry. */
export interface TierExpiryChange {
  certificateId: number;
  dateDone: string;
  expiryBefore: string;
  expiryDate: string;
  /** true: the expiry was entered by hand, so it is kept as it was */
  expiryGiven: boolean;
}

export interface BlockUpdateResult extends BlockDetail {
  /** lifts removed because the number of passenger lifts went down, by name */
  removedLifts: string[];
  /** null unless the fire risk tier changed and the block has a fire risk assessment */
  latestFireRiskAssessment: TierExpiryChange | null;
}
