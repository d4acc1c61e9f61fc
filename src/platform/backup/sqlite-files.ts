import { existsSync, rmSync, statSync } from 'node:fs';
import Sqlite from 'better-sqlite3';

/** A backup or restore that cannot go ahead; the message says why and what to do instead. */
export class BackupError extends Error {}

export const sidecars = (file: string) => [`${file}-wal`, `${file}-shm`];

/** Tables every Kawalis database holds, whatever modules are installed. */
const REQUIRED_TABLES = ['company', 'app_user', 'audit_event', 'kawalis_migration_auth', 'kawalis_migration_audit'];

/**
 * Open a file read-only for inspection, refusing anything that is not a Kawalis database. Integers
 * come back as bigint, as they do from the server's own handle.
 */
export function openKawalisReadOnly(file: string): Sqlite.Database {
  if (!existsSync(file)) throw new BackupError(`${file}: no such file`);
  let db: Sqlite.Database | undefined;
  try {
    db = new Sqlite(file, { readonly: true, fileMustExist: true });
    db.defaultSafeIntegers(true);
    const rows = db.prepare(`select name from sqlite_master where type = 'table'`).all() as { name: string }[];
    const names = new Set(rows.map((r) => r.name));
    const missing = REQUIRED_TABLES.filter((t) => !names.has(t));
    if (missing.length) throw new BackupError(`${file} is not a Kawalis database (missing tables: ${missing.join(', ')})`);
    return db;
  } catch (err) {
    db?.close();
    if (err instanceof BackupError) throw err;
    const code = (err as { code?: string }).code;
    if (code === 'SQLITE_NOTADB' || code === 'SQLITE_CORRUPT') throw new BackupError(`${file} is not a SQLite database`);
    throw err;
  }
}

/**
 * Refuse when another process has the database open. In WAL mode an idle server holds no write lock,
 * so BEGIN IMMEDIATE alone only catches a write in progress; taking the exclusive locking mode fails
 * as long as any other connection is open at all.
 */
export function assertNotInUse(file: string): void {
  if (!existsSync(file)) return;
  const db = new Sqlite(file, { fileMustExist: true, timeout: 0 });
  try {
    db.exec('BEGIN IMMEDIATE');
    db.exec('ROLLBACK');
    db.pragma('locking_mode = EXCLUSIVE');
    db.exec('BEGIN EXCLUSIVE');
    db.exec('ROLLBACK');
  } catch (err) {
    const code = String((err as { code?: string }).code ?? '');
    if (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED')) {
      throw new BackupError(`${file} is in use (is \`kawalis serve\` running?): stop every Kawalis process first`);
    }
    throw err;
  } finally {
    db.close();
  }
}

/** Remove -wal/-shm files left beside a database; a stale WAL must never be replayed onto another file. */
export function removeSidecars(file: string, only?: (path: string) => boolean): void {
  for (const f of sidecars(file)) if (existsSync(f) && (!only || only(f))) rmSync(f, { force: true });
}

/** Sidecars that did not exist before `fn` and are empty after it: what merely reading a file left behind. */
export async function withoutLeftovers<T>(file: string, fn: () => Promise<T>): Promise<T> {
  const before = new Set(sidecars(file).filter((f) => existsSync(f)));
  try {
    return await fn();
  } finally {
    removeSidecars(file, (f) => !before.has(f) && (f.endsWith('-shm') || statSync(f).size === 0));
  }
}
