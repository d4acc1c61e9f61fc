import { stat } from 'node:fs/promises';
import type { CompanyDb } from '../../../platform/db/company-scope.ts';
import { companyFacts, type LedgerCall } from '../ledger-db.ts';
import { entriesReader, WORKER_FROM_BYTES } from './entries-reader.ts';
import { loadImportLookups } from './import-lookups.ts';
import type { ImportProgress, ImportResult } from './import-report.ts';
import { postCheckedFile } from './post-checked-file.ts';
import { DEFAULT_BATCH } from './post-in-batches.ts';

export interface ImportOptions {
  importId?: string;
  batchSize?: number;
  /** Called every few thousand rows and after every batch. */
  onProgress?: (p: ImportProgress) => void;
  /** Runs inside each batch's transaction (the HTTP job records its progress there). */
  onBatch?: (trx: CompanyDb, p: ImportProgress) => Promise<void>;
  maxErrors?: number;
  /** Parse in a worker thread; by default, files of `WORKER_FROM_BYTES` and more are. */
  inWorker?: boolean;
}

/**
 * Import a CSV file of entries, all or nothing: a first streamed pass checks every row and collects
 * every error (row, column, reason; the report is capped, the count is not); only a clean file is
 * posted, in a second streamed pass, `DEFAULT_BATCH` entries per transaction through postEntriesBatch.
 * Neither pass holds more than a few batches of entries (plus the set of entry keys seen). A large
 * file is parsed in a worker thread, so the second pass's parsing runs beside the posting.
 */
export async function importEntriesCsv(db: CompanyDb, call: LedgerCall, path: string, opts: ImportOptions = {}): Promise<ImportResult> {
  const company = await companyFacts(db, call.actor);
  const lookups = await loadImportLookups(db, company);
  const batchSize = opts.batchSize ?? DEFAULT_BATCH;
  const inWorker = opts.inWorker ?? (await stat(path)).size >= WORKER_FROM_BYTES;
  const reader = entriesReader(path, lookups, { maxErrors: opts.maxErrors, batchSize, inWorker });
  try {
    const progress: ImportProgress = { phase: 'validating', rowsRead: 0, entriesTotal: 0, entriesPosted: 0, entriesSkipped: 0 };
    const checked = await reader.check((rowsRead, entriesTotal) => opts.onProgress?.({ ...progress, rowsRead, entriesTotal }));
    progress.rowsRead = checked.rows;
    progress.entriesTotal = checked.entries;
    const result: ImportResult = { ...checked, posted: 0, skipped: 0, ranges: [] };
    if (!result.ok) {
      opts.onProgress?.({ ...progress, phase: 'failed' });
      return result;
    }
    progress.phase = 'posting';
    opts.onProgress?.({ ...progress });
    return await postCheckedFile(db, call, company, reader.entries(), { format: 'csv', result, progress }, { ...opts, batchSize });
  } finally {
    await reader.close();
  }
}
