export interface AuditEntry {
  id: number;
  at: string;
  actor: string;
  entity: string;
  entityId: number;
  action: 'create' | 'update' | 'delete';
  label: string;
  changes: { field: string; before: unknown; after: unknown }[];
}
