import type { CompanyDb } from '../../../platform/db/company-scope.ts';
import { newId } from '../../../platform/ids.ts';
import { companyFacts, type LedgerCall } from '../ledger-db.ts';
import { rowRefusal } from '../refusals.ts';
import { convertCsvEntry, readCsvEntries } from './entries-csv.ts';
import { loadImportLookups } from './import-lookups.ts';
import { type ImportProgress, type ImportResult, IssueReport } from './import-report.ts';
import { type KeyedEntry, postInBatches } from './post-in-batches.ts';

export interface ImportOptions {
  importId?: string;
  batchSize?: number;
  /** Called every few thousand rows and after every batch. */
  onProgress?: (p: ImportProgress) => void;
  /** Runs inside each batch's transaction (the HTTP job records its progress there). */
  onBatch?: (trx: CompanyDb, p: ImportProgress) => Promise<void>;
  maxErrors?: number;
}

const EVERY = 5000;

/**
 * Import a CSV file of entries, all or nothing: a first streamed pass checks every row and collects
 * every error (row, column, reason; the report is capped, the count is not); only a clean file is
 * posted, in a second streamed pass, `DEFAULT_BATCH` entries per transaction through postEntriesBatch.
 * Neither pass holds more than one entry's rows (plus the set of entry keys seen).
 */
export async function importEntriesCsv(db: CompanyDb, call: LedgerCall, path: string, opts: ImportOptions = {}): Promise<ImportResult> {
  const company = await companyFacts(db, call.actor);
  const lookups = await loadImportLookups(db, company);
  const report = new IssueReport(opts.maxErrors);
  const progress: ImportProgress = { phase: 'validating', rowsRead: 0, entriesTotal: 0, entriesPosted: 0, entriesSkipped: 0 };
  const tick = (row: number) => {
    progress.rowsRead = row;
    if (row % EVERY === 0) opts.onProgress?.({ ...progress });
  };
  const hash: { digest?: string } = {};
  for await (const e of readCsvEntries(path, hash, tick)) {
    progress.entriesTotal++;
    report.add(convertCsvEntry(e, lookups).issues);
  }
  const result: ImportResult = {
    ok: report.count === 0,
    fileHash: hash.digest ?? '',
    rows: progress.rowsRead,
    entries: progress.entriesTotal,
    posted: 0,
    skipped: 0,
    errorCount: report.count,
    errors: report.issues,
    ranges: [],
  };
  if (progress.rowsRead <= 1 && report.count === 0) {
    result.ok = false;
    result.errorCount = 1;
    result.errors = [rowRefusal(1, '', 'ledger.import_empty')];
  }
  if (!result.ok) {
    opts.onProgress?.({ ...progress, phase: 'failed' });
    return result;
  }
  progress.phase = 'posting';
  opts.onProgress?.({ ...progress });
  async function* entries(): AsyncGenerator<KeyedEntry> {
    for await (const e of readCsvEntries(path)) {
      const { entry, issues } = convertCsvEntry(e, lookups);
      if (!entry) throw new Error(`row ${issues[0]?.row}: the file changed after it was checked (${issues[0]?.reason})`);
      yield { key: e.key, entry };
    }
  }
  const posted = await postInBatches(db, call, company, entries(), {
    keyPrefix: `csv:${result.fileHash.slice(0, 24)}`,
    importId: opts.importId ?? newId(),
    batchSize: opts.batchSize,
    summary: { format: 'csv', fileHash: result.fileHash },
    onBatch: async (trx, p) => {
      progress.entriesPosted = p.posted;
      progress.entriesSkipped = p.skipped;
      await opts.onBatch?.(trx, { ...progress });
      opts.onProgress?.({ ...progress });
    },
  });
  opts.onProgress?.({ ...progress, phase: 'done' });
  return { ...result, posted: posted.posted, skipped: posted.skipped, ranges: posted.ranges };
}
