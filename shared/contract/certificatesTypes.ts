import type { CheckType, RemedialPriority } from '../domain/compliance';

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
  homeId: number | null;
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
  homeId: number | null;
  blockId: number | null;
  visitDate: string;
  notes: string;
}
