import type { Kysely } from 'kysely';
import { likeText } from '../db/like.ts';
import type { AuditTables } from './audit.tables.ts';

export interface AuditFilter {
  companyId: string;
  action?: string;
  actorId?: string;
  targetId?: string;
  from?: string;
  to?: string;
  limit: number;
  offset: number;
}

/** Events of one company, newest first. The audit table is platform-wide, so the company filter is explicit here. */
export async function listAuditEvents(db: Kysely<AuditTables>, f: AuditFilter) {
  let q = db.selectFrom('audit_event').where('company_id', '=', f.companyId);
  if (f.action) q = q.where((eb) => likeText(eb.ref('action'), f.action as string, 'prefix'));
  if (f.actorId) q = q.where('actor_id', '=', f.actorId);
  if (f.targetId) q = q.where('target_id', '=', f.targetId);
  if (f.from) q = q.where('at', '>=', f.from);
  if (f.to) q = q.where('at', '<', f.to);
  const [rows, count] = await Promise.all([
    q.selectAll().orderBy('seq', 'desc').limit(f.limit).offset(f.offset).execute(),
    q.select((eb) => eb.fn.countAll<bigint>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return {
    total: Number(count.n),
    items: rows.map((r) => ({
      id: r.id,
      seq: String(r.seq),
      at: r.at,
      actorId: r.actor_id,
      actorLabel: r.actor_label,
      action: r.action,
      targetType: r.target_type,
      targetId: r.target_id,
      requestId: r.request_id,
      ip: r.ip,
      summary: JSON.parse(r.summary) as unknown,
    })),
  };
}
