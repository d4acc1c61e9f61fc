import type { Kysely } from 'kysely';
import type { CompanyDb } from '../../../platform/db/company-scope.ts';
import type { ImportIssue } from './import-report.ts';

export type ImportStatus = 'uploading' | 'queued' | 'validating' | 'posting' | 'done' | 'failed';

export interface ImportTable {
  id: string;
  company_id: string;
  format: 'csv' | 'hledger';
  file_name: string;
  bytes: bigint;
  status: ImportStatus;
  job_id: string | null;
  file_hash: string | null;
  rows_read: bigint;
  entries_total: bigint;
  entries_posted: bigint;
  entries_skipped: bigint;
  error_count: bigint;
  /** JSON: the first errors found (row, column, reason), capped. */
  errors: string;
  created_by: string | null;
  /** Who started it: the job posts in their name. */
  created_label: string;
  created_at: string;
  updated_at: string;
  finished_at: string | null;
}

const typed = (db: CompanyDb) => db as unknown as Kysely<{ ledger_import: ImportTable }>;

export const findImport = (db: CompanyDb, id: string) => typed(db).selectFrom('ledger_import').selectAll().where('id', '=', id).executeTakeFirst();

export async function insertImport(db: CompanyDb, row: Omit<ImportTable, 'company_id'>) {
  await typed(db)
    .insertInto('ledger_import')
    .values(row as ImportTable)
    .execute();
}

export async function updateImport(db: CompanyDb, id: string, set: Partial<Omit<ImportTable, 'id' | 'company_id'>>) {
  await typed(db).updateTable('ledger_import').set(set).where('id', '=', id).execute();
}

export const presentImport = (r: ImportTable) => ({
  id: r.id,
  format: r.format,
  fileName: r.file_name,
  bytes: Number(r.bytes),
  status: r.status,
  jobId: r.job_id,
  rowsRead: Number(r.rows_read),
  entriesTotal: Number(r.entries_total),
  entriesPosted: Number(r.entries_posted),
  entriesSkipped: Number(r.entries_skipped),
  errorCount: Number(r.error_count),
  errors: JSON.parse(r.errors) as ImportIssue[],
  createdAt: r.created_at,
  finishedAt: r.finished_at,
});
