import { AppError } from '../../../platform/errors.ts';
import type { JobHandler } from '../../../platform/module.ts';
import { importHledger } from '../interop/import-hledger.ts';
import type { LedgerCall } from '../ledger-db.ts';
import { importEntriesCsv } from './import-entries-csv.ts';
import { importActor, importPath, removeUpload } from './import-files.ts';
import type { ImportProgress, ImportResult } from './import-report.ts';
import { findImport, updateImport } from './imports.repository.ts';

const WRITE_EVERY_MS = 1000;

/** The import module's company-owned table, registered by the ledger's descriptor. */
export const IMPORT_TABLES = ['ledger_import'] as const;

/**
 * The job queue's handler for `ledger.import`: check the uploaded file, post it, and keep the import
 * row's progress current (during posting, each batch's count commits with the batch). A refusal by
 * the ledger (a period closed meanwhile) fails the import for good; any other error is retried by the
 * queue, and the retry skips what was posted (idempotency keys), so nothing is posted twice.
 */
export const runImportJob: JobHandler = async ({ platform, companyId, payload }) => {
  if (!companyId) throw new Error('ledger.import needs a company');
  const { importId } = payload as { importId: string };
  const db = platform.forCompany(companyId);
  const row = await findImport(db, importId);
  if (!row || row.status === 'done' || row.status === 'failed') return;
  const call: LedgerCall = { actor: importActor(row, companyId), clock: platform.clock };
  const now = () => platform.clock.now().toISOString();
  const progressSet = (p: ImportProgress) => ({
    status: p.phase === 'validating' ? ('validating' as const) : ('posting' as const),
    rows_read: BigInt(p.rowsRead),
    entries_total: BigInt(p.entriesTotal),
    entries_posted: BigInt(p.entriesPosted),
    entries_skipped: BigInt(p.entriesSkipped),
    updated_at: now(),
  });
  let last = 0;
  let pending: Promise<void> = Promise.resolve();
  const onProgress = (p: ImportProgress) => {
    if (p.phase !== 'validating' || Date.now() - last < WRITE_EVERY_MS) return;
    last = Date.now();
    pending = pending.then(() => updateImport(db, importId, progressSet(p)));
  };
  const opts = { importId, onProgress, onBatch: (trx: typeof db, p: ImportProgress) => updateImport(trx, importId, progressSet(p)) };
  await updateImport(db, importId, { status: 'validating', updated_at: now() });
  const path = importPath(platform.config.dataDir, companyId, importId);
  let result: ImportResult;
  try {
    result = row.format === 'hledger' ? await importHledger(db, call, path, opts) : await importEntriesCsv(db, call, path, opts);
  } catch (err) {
    await pending;
    if (!(err instanceof AppError)) throw err;
    const errors = [{ row: 0, column: '', reason: err.message }];
    await updateImport(db, importId, { status: 'failed', error_count: 1n, errors: JSON.stringify(errors), updated_at: now(), finished_at: now() });
    return;
  }
  await pending;
  await updateImport(db, importId, {
    status: result.ok ? 'done' : 'failed',
    file_hash: result.fileHash,
    rows_read: BigInt(result.rows),
    entries_total: BigInt(result.entries),
    entries_posted: BigInt(result.posted),
    entries_skipped: BigInt(result.skipped),
    error_count: BigInt(result.errorCount),
    errors: JSON.stringify(result.errors),
    updated_at: now(),
    finished_at: now(),
  });
  await removeUpload(platform.config.dataDir, companyId, importId);
};
