import type { CompanyDb } from '../../../platform/db/company-scope.ts';
import { newId } from '../../../platform/ids.ts';
import type { CompanyFacts, LedgerCall } from '../ledger-db.ts';
import type { ImportOptions } from './import-entries-csv.ts';
import type { ImportProgress, ImportResult } from './import-report.ts';
import { type KeyedEntry, postInBatches } from './post-in-batches.ts';

/**
 * The posting pass shared by the CSV and hledger imports, once their file checked out: its entries
 * posted in batches under keys made of the file's hash, the progress kept current after each batch
 * (in the batch's transaction, then to the caller), and the checked result completed.
 */
export async function postCheckedFile(
  db: CompanyDb,
  call: LedgerCall,
  company: CompanyFacts,
  entries: AsyncIterable<KeyedEntry>,
  file: { format: 'csv' | 'hledger'; result: ImportResult; progress: ImportProgress },
  opts: ImportOptions,
): Promise<ImportResult> {
  const { format, result, progress } = file;
  const posted = await postInBatches(db, call, company, entries, {
    keyPrefix: `${format}:${result.fileHash.slice(0, 24)}`,
    importId: opts.importId ?? newId(),
    batchSize: opts.batchSize,
    summary: { format, fileHash: result.fileHash },
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
