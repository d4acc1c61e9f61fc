import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import type { CompanyDb } from '../../../platform/db/company-scope.ts';
import { createJournal } from '../create-journal.ts';
import type { ImportOptions } from '../import/import-entries-csv.ts';
import { dateRefusal, loadImportLookups } from '../import/import-lookups.ts';
import { type ImportProgress, type ImportResult, IssueReport } from '../import/import-report.ts';
import { postCheckedFile } from '../import/post-checked-file.ts';
import type { KeyedEntry } from '../import/post-in-batches.ts';
import { companyFacts, type LedgerCall } from '../ledger-db.ts';
import { rowRefusal } from '../refusals.ts';
import { setExchangeRate } from '../set-exchange-rate.ts';
import { chartPaths, ensureAccounts, pathIssues } from './hledger-accounts.ts';
import { convertTransaction, type HledgerContext } from './hledger-entry.ts';
import { type HItem, HledgerParser } from './hledger-parse.ts';
import { DatedRates, priceAsRate, readFilePrices } from './hledger-prices.ts';

/** Every item of a journal file, streamed line by line; the SHA-256 is set once the file is read. */
async function* items(path: string, hash?: { digest?: string }, onLine?: (n: number) => void): AsyncGenerator<HItem> {
  const sha = createHash('sha256');
  const input = createReadStream(path);
  input.on('data', (chunk) => sha.update(chunk));
  const parser = new HledgerParser();
  let n = 0;
  for await (const line of createInterface({ input, crlfDelay: Number.POSITIVE_INFINITY })) {
    n++;
    onLine?.(n);
    yield* parser.feed(n === 1 ? line.replace(/^\uFEFF/, '') : line, n);
  }
  yield* parser.end();
  if (hash) hash.digest = sha.digest('hex');
}

/**
 * `kawalis ledger import --format hledger FILE`: all or nothing, like the CSV import. The first
 * pass reads every line and reports every problem by line; only then are missing accounts created
 * (from their colon-separated paths) and the transactions posted, a thousand per transaction, into
 * one journal (GEN unless `journal` says otherwise).
 */
export async function importHledger(db: CompanyDb, call: LedgerCall, path: string, opts: ImportOptions & { journal?: string } = {}): Promise<ImportResult> {
  const company = await companyFacts(db, call.actor);
  const lookups = await loadImportLookups(db, company);
  const chart = await chartPaths(db);
  const report = new IssueReport(opts.maxErrors);
  const journalCode = opts.journal ?? 'GEN';
  const journal = lookups.journals.get(journalCode);
  // A company without journals yet (no default chart) gets its general journal once the file checks out.
  const createGeneral = !journal && journalCode === 'GEN';
  if (journal ? !journal.active : !createGeneral) report.add([rowRefusal(0, 'journal', 'ledger.import_no_target_journal', { journal: journalCode })]);
  // `P` prices become dated exchange rates; a foreign amount without `@` takes the rate of its date.
  const filePrices = await readFilePrices(path, company.baseCurrency, lookups.units);
  const rates = await DatedRates.load(db, filePrices);
  const used = new Map<string, number>();
  const declared = new Map<string, number>();
  const cx: HledgerContext = {
    base: company.baseCurrency,
    units: lookups.units,
    journalId: journal?.id ?? '',
    accountId: (p) => p,
    dateRefusal: (d) => dateRefusal(lookups, d),
    rateOn: (c, d) => rates.on(c, d),
  };
  const progress: ImportProgress = { phase: 'validating', rowsRead: 0, entriesTotal: 0, entriesPosted: 0, entriesSkipped: 0 };
  const onLine = (n: number) => {
    progress.rowsRead = n;
    if (n % 5000 === 0) opts.onProgress?.({ ...progress });
  };
  const hash: { digest?: string } = {};
  for await (const item of items(path, hash, onLine)) {
    if (item.kind === 'error')
      report.add([{ row: item.line, column: '', reason: item.reason, code: item.code, ...(item.params ? { params: item.params } : {}) }]);
    else if (item.kind === 'account') declared.set(item.name, declared.get(item.name) ?? item.line);
    else if (item.kind === 'price') {
      const r = priceAsRate(item, company.baseCurrency, lookups.units);
      if (!('rate' in r)) report.add([r]);
    } else {
      progress.entriesTotal++;
      for (const p of item.txn.postings) if (!used.has(p.account)) used.set(p.account, p.line);
      const converted = convertTransaction(item.txn, cx);
      for (const a of converted.accounts) if (!used.has(a)) used.set(a, item.txn.line);
      report.add(converted.issues);
    }
  }
  // A declared account that only groups others stays a group; the rest are leaves.
  const all = [...used.keys(), ...declared.keys()];
  for (const [name, line] of declared) if (!used.has(name) && !all.some((o) => o.startsWith(`${name}:`))) used.set(name, line);
  report.add(pathIssues(used, chart));
  const result: ImportResult = {
    ok: report.count === 0,
    fileHash: hash.digest ?? '',
    rows: progress.rowsRead,
    entries: progress.entriesTotal,
    posted: 0,
    skipped: 0,
    errorCount: report.count,
    errors: report.issues.sort((a, b) => a.row - b.row),
    ranges: [],
  };
  if (!result.ok) {
    opts.onProgress?.({ ...progress, phase: 'failed' });
    return result;
  }
  if (createGeneral) cx.journalId = (await createJournal(db, call, { code: 'GEN', nameEn: 'General journal', nameAr: 'اليومية العامة', kind: 'general' })).id;
  const ids = await ensureAccounts(db, call, used.keys(), chart);
  for (const r of filePrices) await setExchangeRate(db, call, { currency: r.currency, date: r.date, rate: r.rate, source: 'hledger' });
  cx.accountId = (p) => ids.get(p) as string;
  progress.phase = 'posting';
  opts.onProgress?.({ ...progress });
  async function* entries(): AsyncGenerator<KeyedEntry> {
    for await (const item of items(path)) {
      if (item.kind !== 'txn') continue;
      const { entry, issues } = convertTransaction(item.txn, cx);
      if (!entry) throw new Error(`line ${issues[0]?.row}: the file changed after it was checked (${issues[0]?.reason})`);
      yield { key: String(item.txn.line), entry };
    }
  }
  return postCheckedFile(db, call, company, entries(), { format: 'hledger', result, progress }, opts);
}
