import type { CheckType, FireRiskTier, Tenure } from '../domain/compliance';
import type { CertificateRow, NoAccessRow } from './certificatesTypes';

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
  notInDate: CheckType[];
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
