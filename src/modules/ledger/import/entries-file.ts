import { rowRefusal } from '../refusals.ts';
import { convertCsvEntry, readCsvEntries } from './entries-csv.ts';
import type { ImportLookups } from './import-lookups.ts';
import { type ImportIssue, IssueReport } from './import-report.ts';
import type { KeyedEntry } from './post-in-batches.ts';

/** What the checking pass learnt of a file. */
export interface CheckedFile {
  ok: boolean;
  fileHash: string;
  rows: number;
  entries: number;
  errorCount: number;
  errors: ImportIssue[];
}

/** How often (in CSV records) the checking pass reports how far it got. */
export const PROGRESS_EVERY = 5000;

/**
 * The first pass over an entry CSV: every row checked against the lookups, every error kept (the
 * report is capped, the count is not), nothing held but the entry keys seen. An empty file (a
 * header at most) is refused here too.
 */
export async function checkEntriesFile(
  path: string,
  lookups: ImportLookups,
  maxErrors: number | undefined,
  onProgress?: (rowsRead: number, entriesTotal: number) => void,
): Promise<CheckedFile> {
  const report = new IssueReport(maxErrors);
  const hash: { digest?: string } = {};
  let rows = 0;
  let entries = 0;
  const tick = (row: number) => {
    rows = row;
    if (row % PROGRESS_EVERY === 0) onProgress?.(row, entries);
  };
  for await (const e of readCsvEntries(path, hash, tick)) {
    entries++;
    report.add(convertCsvEntry(e, lookups).issues);
  }
  const checked: CheckedFile = { ok: report.count === 0, fileHash: hash.digest ?? '', rows, entries, errorCount: report.count, errors: report.issues };
  if (rows <= 1 && report.count === 0) return { ...checked, ok: false, errorCount: 1, errors: [rowRefusal(1, '', 'ledger.import_empty')] };
  return checked;
}

/** The second pass: the same file read again, each entry converted for posting (it was checked). */
export async function* convertedEntries(path: string, lookups: ImportLookups): AsyncGenerator<KeyedEntry> {
  for await (const e of readCsvEntries(path)) {
    const { entry, issues } = convertCsvEntry(e, lookups);
    if (!entry) throw new Error(`row ${issues[0]?.row}: the file changed after it was checked (${issues[0]?.reason})`);
    yield { key: e.key, entry };
  }
}
