import { CompiledQuery, type Kysely, sql } from 'kysely';
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
    await insertEvents(trx, isPostgres(db), rows);
    return rows.map((r) => r.id);
  };
  return inTransaction(db, write);
}

const COLUMNS = [
  'id',
  'company_id',
  'actor_id',
  'actor_label',
  'action',
  'target_type',
  'target_id',
  'at',
  'request_id',
  'ip',
  'summary',
  'prev_hash',
  'hash',
] as const;
const ROWS_PER_INSERT = 500;
const statements = new Map<string, string>();

/** `insert into audit_event (…) values (…), (…)` for `n` rows, numbered placeholders on PostgreSQL. */
function insertSql(pg: boolean, n: number): string {
  const key = `${pg ? 'pg' : 'sqlite'}|${n}`;
  let text = statements.get(key);
  if (!text) {
    let k = 0;
    const row = () => `(${COLUMNS.map(() => (pg ? `$${++k}` : '?')).join(', ')})`;
    text = `insert into "audit_event" (${COLUMNS.map((c) => `"${c}"`).join(', ')}) values ${Array.from({ length: n }, row).join(', ')}`;
    statements.set(key, text);
  }
  return text;
}

/**
 * The events in chain order, as multi-row INSERTs (one per 500 events) of parameters only: a
 * group of postings appends its events in one statement instead of one statement each. Rows of one
 * VALUES list are inserted in list order, so the sequence still follows the chain on both dialects
 * (SQLite's rowid, PostgreSQL's identity), which `verifyAuditChain` reads in `seq` order.
 */
async function insertEvents(trx: Kysely<AuditTables>, pg: boolean, rows: Record<(typeof COLUMNS)[number], string | null>[]): Promise<void> {
  for (let i = 0; i < rows.length; i += ROWS_PER_INSERT) {
    const part = rows.slice(i, i + ROWS_PER_INSERT);
    const parameters: (string | null)[] = [];
    for (const row of part) for (const c of COLUMNS) parameters.push(row[c]);
    await trx.executeQuery(CompiledQuery.raw(insertSql(pg, part.length), parameters));
  }
}
