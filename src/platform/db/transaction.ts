import type { Kysely, Transaction } from 'kysely';
import type { CompanyDb } from './company-scope.ts';

/**
 * Run `fn` in a transaction: a new one, or the caller's when `db` already is one. Every module
 * function that writes takes `db` and calls this, so a caller can compose several modules' writes
 * into one transaction just by passing its own. A company-scoped handle stays scoped inside.
 */
export function inTransaction<T>(db: CompanyDb, fn: (trx: CompanyDb) => Promise<T>): Promise<T>;
export function inTransaction<DB, T>(db: Kysely<DB>, fn: (trx: Transaction<DB>) => Promise<T>): Promise<T>;
// biome-ignore lint/suspicious/noExplicitAny: overload implementation
export function inTransaction(db: Kysely<any>, fn: (trx: any) => Promise<unknown>): Promise<unknown> {
  if (db.isTransaction) return fn(db);
  return db.transaction().execute(fn);
}
