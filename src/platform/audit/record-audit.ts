import type { Kysely } from 'kysely';
import { sql } from 'kysely';
import type { Actor } from '../auth/actor.ts';
import type { Clock } from '../clock.ts';
import { type AnyDb, isPostgres } from '../db/create-database.ts';
import { inTransaction } from '../db/transaction.ts';
import { newId } from '../ids.ts';
import type { AuditTables } from './audit.tables.ts';
import { GENESIS_HASH, hashEvent, redact } from './audit-hash.ts';

export interface AuditInput {
  action: string;
  targetType?: string;
  targetId?: string;
  summary?: Record<string, unknown>;
  /** Overrides the actor's company, e.g. for a failed login that has none. */
  companyId?: string | null;
}

export type AuditActor = Pick<Actor, 'userId' | 'label' | 'companyId' | 'requestId' | 'ip'>;

/**
 * Append one event to the hash chain. Call it inside the transaction of the change it records, so
 * the change and its event commit together. On PostgreSQL a transaction-scoped advisory lock orders
 * concurrent writers; on SQLite the single writer does; the unique prev_hash refuses any fork.
 */
export async function recordAudit(db: AnyDb, clock: Clock, actor: AuditActor | null, input: AuditInput): Promise<string> {
  const [id] = await recordAudits(db, clock, [{ actor, input }]);
  return id as string;
}

/**
 * Append several events in one go, in the given order, under ONE take of the chain lock (a group of
 * postings committed together): each event still chains to the one before it, exactly as if each
 * had been recorded alone, so `verifyAuditChain` sees no difference. Returns their ids in order.
 */
export async function recordAudits(db: AnyDb, clock: Clock, events: { actor: AuditActor | null; input: AuditInput }[]): Promise<string[]> {
  if (events.length === 0) return [];
  const write = async (tx: AnyDb) => {
    const trx = tx as Kysely<AuditTables>;
    // one writer at a time appends to the chain (the key is an arbitrary constant: "taid")
    if (isPostgres(db)) await sql`select pg_advisory_xact_lock(74616964)`.execute(trx);
    const last = await trx.selectFrom('audit_event').select('hash').orderBy('seq', 'desc').limit(1).executeTakeFirst();
    let prev = last?.hash ?? GENESIS_HASH;
    const at = clock.now().toISOString();
    const rows = events.map(({ actor, input }) => {
      const event = {
        id: newId(),
        company_id: input.companyId !== undefined ? input.companyId : (actor?.companyId ?? null),
        actor_id: actor?.userId ?? null,
        actor_label: actor?.label ?? 'system',
        action: input.action,
        target_type: input.targetType ?? null,
        target_id: input.targetId ?? null,
        at,
        request_id: actor?.requestId ?? null,
        ip: actor?.ip ?? null,
        summary: JSON.stringify(redact(input.summary ?? {})),
        prev_hash: prev,
      };
      const row = { ...event, hash: hashEvent(event) };
      prev = row.hash;
      return row;
    });
    // One row per INSERT: the sequence then follows the chain order on both dialects by construction.
    for (const row of rows) await trx.insertInto('audit_event').values(row).execute();
    return rows.map((r) => r.id);
  };
  return inTransaction(db, write);
}
