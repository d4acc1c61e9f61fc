import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { toMinorLines } from '../entry-lines.ts';
import { isIsoDate } from '../fiscal-calendar.ts';
import { findImbalances } from '../journal-entry.ts';
import type { LineInput } from '../ledger.schemas.ts';
import type { BatchEntry } from '../post-batch.ts';
import { type Reason, rowIssue, rowRefusal } from '../refusals.ts';
import { csvRecordBatches } from './csv-records.ts';
import { dateRefusal, type ImportLookups } from './import-lookups.ts';
import type { ImportIssue } from './import-report.ts';

/**
 * The entry CSV: one row per line, rows of one entry next to each other under the same entry key.
 * Date, journal, memo and reference are the entry's: on its first row, and blank or equal on the
 * others. Debit and credit are plain decimals in the line's currency (blank: the base currency).
 */
export const CSV_COLUMNS = [
  'entry_key',
  'date',
  'journal',
  'memo',
  'reference',
  'account',
  'debit',
  'credit',
  'currency',
  'base_amount',
  'rate',
  'line_memo',
] as const;
type Column = (typeof CSV_COLUMNS)[number];
const REQUIRED: Column[] = ['entry_key', 'date', 'journal', 'account', 'debit', 'credit'];
const ALIASES: Record<string, Column> = { journal_code: 'journal', account_code: 'account', key: 'entry_key' };
const MAX_LINES = 1000;
const MAX_TEXT = 500;

export interface CsvEntry {
  key: string;
  /** The CSV record number of its first row (the header is row 1). */
  row: number;
  cells: Record<Column, string>;
  lines: { row: number; cells: Record<Column, string> }[];
  issues: ImportIssue[];
}

const normalise = (h: string) => {
  const k = h
    .trim()
    .toLowerCase()
    .replace(/[\s-]+/g, '_');
  return (ALIASES[k] ?? k) as Column;
};

/**
 * Stream a CSV file as entries, grouping consecutive rows by entry key; the file's SHA-256 is
 * known once the iteration ends. Only one entry's rows are held at a time.
 */
export async function* readCsvEntries(path: string, hash?: { digest?: string }, onRow?: (row: number) => void): AsyncGenerator<CsvEntry> {
  const sha = createHash('sha256');
  async function* bytes() {
    for await (const chunk of createReadStream(path, { highWaterMark: 1 << 20 })) {
      sha.update(chunk as Buffer);
      yield chunk as Buffer;
    }
  }
  let columns: Column[] | undefined;
  // Where each known column is in a record (the last one of a repeated header wins), or -1.
  let at: number[] = [];
  let row = 0;
  let current: CsvEntry | undefined;
  const seen = new Set<string>();
  const get = (record: string[]) => {
    const cells = {} as Record<Column, string>;
    for (let k = 0; k < CSV_COLUMNS.length; k++) {
      const i = at[k];
      cells[CSV_COLUMNS[k]] = i >= 0 ? (record[i] ?? '').trim() : '';
    }
    return cells;
  };
  for await (const records of csvRecordBatches(bytes()))
    for (const record of records) {
      row++;
      onRow?.(row);
      if (!columns) {
        columns = record.map(normalise);
        at = CSV_COLUMNS.map((c) => (columns as Column[]).lastIndexOf(c));
        const missing = REQUIRED.filter((c) => !columns?.includes(c));
        if (missing.length) {
          yield {
            key: '',
            row: 1,
            cells: get([]),
            lines: [],
            issues: [rowRefusal(1, missing.join(','), 'ledger.import_missing_columns', { columns: missing.join(', ') })],
          };
          return;
        }
        continue;
      }
      const cells = get(record);
      if (current && cells.entry_key === current.key) {
        if (current.lines.length < MAX_LINES) current.lines.push({ row, cells });
        else if (current.lines.length === MAX_LINES) current.issues.push(rowRefusal(row, 'entry_key', 'ledger.import_too_many_lines', { max: MAX_LINES }));
        for (const c of ['date', 'journal', 'memo', 'reference'] as const) {
          if (cells[c] && cells[c] !== current.cells[c]) current.issues.push(rowRefusal(row, c, 'ledger.import_differs', { row: current.row }));
        }
        continue;
      }
      if (current) yield current;
      const issues: ImportIssue[] = [];
      if (!cells.entry_key) issues.push(rowRefusal(row, 'entry_key', 'ledger.import_required'));
      else if (cells.entry_key.length > 100) issues.push(rowRefusal(row, 'entry_key', 'ledger.import_max_chars', { max: 100 }));
      else if (seen.has(cells.entry_key)) issues.push(rowRefusal(row, 'entry_key', 'ledger.import_key_seen'));
      seen.add(cells.entry_key);
      current = { key: cells.entry_key, row, cells, lines: [{ row, cells }], issues };
    }
  if (current) yield current;
  if (hash) hash.digest = sha.digest('hex');
}

/**
 * One CSV entry as a posting would take it, or every reason it cannot be posted, each naming its
 * row and column. Pure: the same answer in the validation pass and in the posting pass.
 */
export function convertCsvEntry(e: CsvEntry, l: ImportLookups): { entry?: BatchEntry; issues: ImportIssue[] } {
  const issues = [...e.issues];
  const h = e.cells;
  if (!isIsoDate(h.date)) issues.push(rowRefusal(e.row, 'date', 'ledger.import_date'));
  else {
    const refusal = dateRefusal(l, h.date);
    if (refusal) issues.push(rowIssue(e.row, 'date', refusal));
  }
  const journal = l.journals.get(h.journal);
  if (!journal)
    issues.push(
      h.journal ? rowRefusal(e.row, 'journal', 'ledger.import_no_journal', { journal: h.journal }) : rowRefusal(e.row, 'journal', 'ledger.import_required'),
    );
  else if (!journal.active) issues.push(rowRefusal(e.row, 'journal', 'ledger.journal_inactive', { journal: h.journal }));
  if (h.memo.length > MAX_TEXT) issues.push(rowRefusal(e.row, 'memo', 'ledger.import_max_chars', { max: MAX_TEXT }));
  if (h.reference.length > 100) issues.push(rowRefusal(e.row, 'reference', 'ledger.import_max_chars', { max: 100 }));
  if (e.lines.length < 2) issues.push(rowRefusal(e.row, 'entry_key', 'ledger.entry_two_lines'));
  const inputs: LineInput[] = [];
  const rows: number[] = [];
  for (const { row, cells: c } of e.lines) {
    const before = issues.length;
    const account = l.accounts.get(c.account);
    if (!account)
      issues.push(
        c.account ? rowRefusal(row, 'account', 'ledger.import_no_account', { account: c.account }) : rowRefusal(row, 'account', 'ledger.import_required'),
      );
    else if (!account.postable) issues.push(rowRefusal(row, 'account', 'ledger.account_grouping', { account: c.account }));
    else if (!account.active) issues.push(rowRefusal(row, 'account', 'ledger.account_archived', { account: c.account }));
    const currency = c.currency || l.company.baseCurrency;
    if (account?.currency && account.currency !== currency)
      issues.push(rowRefusal(row, 'currency', 'ledger.account_currency_only', { account: c.account, currency: account.currency }));
    if (!c.debit === !c.credit) issues.push(rowRefusal(row, c.debit ? 'credit' : 'debit', 'ledger.import_one_side'));
    for (const col of ['debit', 'credit', 'base_amount', 'rate'] as const) {
      if (c[col] && !/^\d+(\.\d+)?$/.test(c[col])) issues.push(rowRefusal(row, col, 'ledger.import_not_decimal', { text: c[col] }));
    }
    if (c.line_memo.length > MAX_TEXT) issues.push(rowRefusal(row, 'line_memo', 'ledger.import_max_chars', { max: MAX_TEXT }));
    if (issues.length > before || !account) continue;
    inputs.push({
      accountId: account.id,
      ...(c.debit ? { debit: c.debit } : { credit: c.credit }),
      currency,
      rate: c.rate || undefined,
      baseAmount: c.base_amount || undefined,
      memo: c.line_memo || undefined,
    });
    rows.push(row);
  }
  const converted = toMinorLines(inputs, { base: l.company.baseCurrency, units: (c) => l.units.get(c) });
  for (const i of converted.issues) {
    const [, n, field = 'debit'] = i.path.split('.');
    const column = field === 'baseAmount' ? 'base_amount' : field === 'accountId' ? 'account' : field;
    issues.push(rowIssue(rows[Number(n)] ?? e.row, column, i as Reason));
  }
  if (issues.length) return { issues };
  for (const [n, line] of converted.lines.entries()) {
    if (line.amount === 0n && line.baseAmount === 0n) issues.push(rowRefusal(rows[n], 'debit', 'ledger.zero_line'));
  }
  for (const imbalance of findImbalances(converted.lines, l.company.baseCurrency, (c) => l.units.get(c) ?? 2)) {
    issues.push(rowIssue(e.row, 'debit,credit', imbalance as Reason));
  }
  if (issues.length) return { issues };
  return {
    issues,
    entry: { journalId: (journal as { id: string }).id, date: h.date, memo: h.memo || null, reference: h.reference || null, lines: converted.lines },
  };
}
