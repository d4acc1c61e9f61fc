import { chmodSync, existsSync, renameSync, rmSync, statSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import Sqlite from 'better-sqlite3';
import type { Database } from '../db/create-database.ts';
import { BackupError } from './sqlite-files.ts';

export interface BackupProgress {
  totalPages: number;
  remainingPages: number;
  percent: number;
}

export interface BackupResult {
  file: string;
  bytes: number;
}

/**
 * Copy a live SQLite database to `file` with SQLite's online backup: the server can keep running and
 * the copy is one consistent moment. It is written beside the target and renamed into place only
 * when complete, and it is left in rollback-journal mode so that the backup is one self-contained file.
 * PostgreSQL has its own tools (pg_dump) and is refused here.
 */
export async function backupDatabase(
  database: Pick<Database, 'dialect' | 'sqlite'>,
  file: string,
  opts: { overwrite?: boolean; onProgress?: (p: BackupProgress) => void } = {},
): Promise<BackupResult> {
  if (database.dialect !== 'sqlite' || !database.sqlite) {
    throw new BackupError('The database is PostgreSQL: back it up with pg_dump (e.g. `pg_dump --format=custom "$DATABASE_URL" > kawalis.dump`)');
  }
  const target = resolve(file);
  if (target === resolve(database.sqlite.name)) throw new BackupError('The backup file cannot be the database itself');
  if (existsSync(target) && !opts.overwrite) throw new BackupError(`${file} already exists: choose a new name or pass --force`);
  if (!existsSync(dirname(target))) throw new BackupError(`${dirname(target)}: no such directory`);
  const partial = join(dirname(target), `.${basename(target)}.partial-${process.pid}`);
  try {
    await database.sqlite.backup(partial, {
      progress: ({ totalPages, remainingPages }) => {
        const percent = totalPages === 0 ? 100 : Math.floor(((totalPages - remainingPages) / totalPages) * 100);
        opts.onProgress?.({ totalPages, remainingPages, percent });
        return 256;
      },
    });
    opts.onProgress?.({ totalPages: 0, remainingPages: 0, percent: 100 });
    const copy = new Sqlite(partial);
    try {
      copy.pragma('journal_mode = DELETE');
    } finally {
      copy.close();
    }
    // The copy holds password hashes and personal data: readable by its owner only.
    chmodSync(partial, 0o600);
    renameSync(partial, target);
  } catch (err) {
    rmSync(partial, { force: true });
    throw err;
  }
  return { file: target, bytes: statSync(target).size };
}
