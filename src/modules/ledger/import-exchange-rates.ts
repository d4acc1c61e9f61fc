import { recordAudit } from '../../platform/audit/record-audit.ts';
import type { CompanyDb } from '../../platform/db/company-scope.ts';
import { inTransaction } from '../../platform/db/transaction.ts';
import { AppError } from '../../platform/errors.ts';
import { CsvError, parseCsv } from './csv.ts';
import { listCurrencies } from './currencies.repository.ts';
import { upsertRate } from './exchange-rates.repository.ts';
import { type ExchangeRateImport, type ExchangeRateImportResult, exchangeRateImportSchema, exchangeRateInputSchema } from './exchange-rates.schemas.ts';
import type { Issue } from './journal-entry.ts';
import { companyFacts, type LedgerCall } from './ledger-db.ts';
import { issueAt } from './refusals.ts';
import { rateIssues } from './set-exchange-rate.ts';

const MAX_ROWS = 20_000;
const MAX_ISSUES = 200;

/**
 * Import dated rates from CSV (header `currency,date,rate`, optional `source` column), all or nothing:
 * any bad row refuses the file with every error named by row and column (row 1 is the header). A
 * rate for a currency and day that exists already is replaced, as when entered by hand.
 */
export async function importExchangeRates(db: CompanyDb, call: LedgerCall, input: ExchangeRateImport): Promise<ExchangeRateImportResult> {
  const { csv, source } = exchangeRateImportSchema.parse(input);
  const company = await companyFacts(db, call.actor);
  let rows: string[][];
  try {
    rows = parseCsv(csv);
  } catch (err) {
    if (err instanceof CsvError) throw new AppError('VALIDATION', 'The file is not valid CSV', [issueAt(`row ${err.line}`, err.code)]);
    throw err;
  }
  const header = (rows.shift() ?? []).map((h) => h.trim().toLowerCase());
  const col = (name: string) => header.indexOf(name);
  const missing = ['currency', 'date', 'rate'].filter((h) => col(h) < 0);
  if (missing.length)
    throw new AppError(
      'VALIDATION',
      'The header must name currency, date and rate',
      missing.map((column) => issueAt('row 1', 'ledger.csv_no_column', { column })),
    );
  if (rows.length > MAX_ROWS)
    throw new AppError('VALIDATION', `At most ${MAX_ROWS} rates per file`, [issueAt('file', 'ledger.csv_too_many_rows', { max: MAX_ROWS, rows: rows.length })]);
  const known = new Set((await listCurrencies(db)).map((c) => c.code));
  const issues: Issue[] = [];
  const seen = new Map<string, number>();
  const good = rows.flatMap((cells, i) => {
    const at = `row ${i + 2}.`;
    const raw = {
      currency: cells[col('currency')]?.trim() ?? '',
      date: cells[col('date')]?.trim() ?? '',
      rate: cells[col('rate')]?.trim() ?? '',
      source: (col('source') >= 0 ? cells[col('source')]?.trim() : '') || source || 'csv',
    };
    const parsed = exchangeRateInputSchema.safeParse(raw);
    if (!parsed.success) {
      for (const e of parsed.error.issues) issues.push({ path: `${at}${e.path.join('.')}`, message: e.message });
      return [];
    }
    const own = rateIssues(parsed.data, company, known, at);
    const key = `${raw.currency}|${raw.date}`;
    if (seen.has(key)) own.push(issueAt(`${at}date`, 'ledger.rate_twice_in_file', { currency: raw.currency, date: raw.date, row: seen.get(key) ?? 0 }));
    seen.set(key, i + 2);
    issues.push(...own);
    return own.length ? [] : [parsed.data];
  });
  if (issues.length) throw new AppError('VALIDATION', `${issues.length} problem(s) in the file; nothing was imported`, issues.slice(0, MAX_ISSUES));
  return inTransaction(db, async (trx) => {
    const now = call.clock.now().toISOString();
    for (const r of good)
      await upsertRate(trx, { currency: r.currency, date: r.date, rate: r.rate, source: r.source ?? 'csv', updated_by: call.actor.label, updated_at: now });
    const currencies = [...new Set(good.map((r) => r.currency))].sort();
    await recordAudit(trx, call.clock, call.actor, {
      action: 'ledger.exchange_rate.imported',
      targetType: 'ledger_exchange_rate',
      summary: { rows: good.length, currencies },
    });
    return { imported: good.length, currencies };
  });
}
