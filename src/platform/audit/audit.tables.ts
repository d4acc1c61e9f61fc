import type { Generated } from 'kysely';

export interface AuditEventTable {
  seq: Generated<bigint>;
  id: string;
  company_id: string | null;
  actor_id: string | null;
  actor_label: string;
  action: string;
  target_type: string | null;
  target_id: string | null;
  at: string;
  request_id: string | null;
  ip: string | null;
  summary: string;
  prev_hash: string;
  hash: string;
}

export interface AuditTables {
  audit_event: AuditEventTable;
}
