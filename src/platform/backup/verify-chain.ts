import type Sqlite from 'better-sqlite3';
import type { KyselyPlugin, PluginTransformQueryArgs, PluginTransformResultArgs, QueryResult, UnknownRow } from 'kysely';
import { Kysely } from 'kysely';
import type { AuditTables } from '../audit/audit.tables.ts';
import { type ChainReport, verifyAuditChain } from '../audit/verify-audit-chain.ts';
import type { AnyDb } from '../db/create-database.ts';
import { KawalisSqliteDialect } from '../db/sqlite-adapter.ts';

export type ChainProgress = (checked: number, total: number) => void;

/** Counts the rows each batch query returns, so a long walk can report how far it has got. */
class RowCounter implements KyselyPlugin {
  seen = 0;
  constructor(
    private readonly total: number,
    private readonly onProgress: ChainProgress,
  ) {}
  transformQuery(args: PluginTransformQueryArgs) {
    return args.node;
  }
  async transformResult(args: PluginTransformResultArgs): Promise<QueryResult<UnknownRow>> {
    this.seen += args.result.rows.length;
    this.onProgress(Math.min(this.seen, this.total), this.total);
    return args.result;
  }
}

export async function countAuditEvents(db: AnyDb): Promise<number> {
  const r = await (db as Kysely<AuditTables>)
    .selectFrom('audit_event')
    .select((eb) => eb.fn.countAll<bigint>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(r.n);
}

/** verifyAuditChain, reporting progress after each batch it reads. */
export async function verifyChain(db: AnyDb, onProgress?: ChainProgress, batch = 5000): Promise<ChainReport> {
  if (!onProgress) return verifyAuditChain(db as Kysely<AuditTables>, batch);
  const total = await countAuditEvents(db);
  return verifyAuditChain((db as Kysely<AuditTables>).withPlugin(new RowCounter(total, onProgress)), batch);
}

/** Verify the chain of a raw better-sqlite3 handle (a backup file, not the configured database). */
export async function verifySqliteFile(sqlite: Sqlite.Database, onProgress?: ChainProgress): Promise<{ report: ChainReport; users: number }> {
  const db: AnyDb = new Kysely({ dialect: new KawalisSqliteDialect({ database: sqlite }) });
  const report = await verifyChain(db, onProgress);
  const users = Number((sqlite.prepare('select count(*) as n from app_user').get() as { n: bigint }).n);
  return { report, users };
}

export const describeBadEvent = (r: ChainReport) =>
  r.firstBad ? `audit event ${r.firstBad.id} (seq ${r.firstBad.seq}): ${r.firstBad.reason}` : 'the audit chain verifies';
