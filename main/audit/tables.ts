import type { Generated } from 'kysely';

export type AuditAction = 'create' | 'update' | 'delete';

export interface AuditLogTable {
  id: Generated<number>;
  at: string;
  actor: string;
  entity: string;
  entity_id: number;
  parent_entity: string | null;
  parent_id: number | null;
  action: AuditAction;
  label: string;
  before_json: string | null;
  after_json: string | null;
}
