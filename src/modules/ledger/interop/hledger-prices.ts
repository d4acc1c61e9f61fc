import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import type { CompanyDb } from '../../../platform/db/company-scope.ts';
import type { ImportIssue } from '../import/import-report.ts';
import { typed } from '../ledger-db.ts';
import { MoneyError, parseRate } from '../money.ts';
import { rowIssue, rowRefusal } from '../refusals.ts';
import { currencyOf } from './hledger-amount.ts';
import { HledgerParser, type HPrice } from './hledger-parse.ts';

/** A `P` price as a Kawalis exchange rate: base-currency units per unit of `currency` from `date` on. */
export interface FileRate {
  line: number;
  currency: string;
  date: string;
  rate: string;
}

/**
 * A `P` directive as an exchange rate, or why it cannot be one: the commodity must be a known
 * foreign currency and the price a positive amount in the base currency.
 */
export function priceAsRate(p: HPrice, base: string, units: ReadonlyMap<string, number>): FileRate | ImportIssue {
  const currency = currencyOf(p.commodity, base, (c) => units.has(c));
  if (!currency || currency === base) return rowRefusal(p.line, 'commodity', 'ledger.hledger_unknown_commodity', { commodity: p.commodity });
  if (currencyOf(p.price.commodity, base, (c) => units.has(c)) !== base) return rowRefusal(p.line, 'amount', 'ledger.hledger_price_not_base', { base });
  try {
    parseRate(p.price.quantity);
  } catch (err) {
    if (!(err instanceof MoneyError)) throw err;
    return rowIssue(p.line, 'amount', err.reason);
  }
  return { line: p.line, currency, date: p.date, rate: p.price.quantity };
}

/**
 * Every usable `P` price of a file, read before its transactions (a price may come after the
 * transactions it dates). Only `P` lines are parsed; the main pass reports the broken ones.
 */
export async function readFilePrices(path: string, base: string, units: ReadonlyMap<string, number>): Promise<FileRate[]> {
  const out: FileRate[] = [];
  let inComment = false;
  let n = 0;
  for await (const raw of createInterface({ input: createReadStream(path), crlfDelay: Number.POSITIVE_INFINITY })) {
    n++;
    if (inComment) inComment = !/^end\s+comment\s*$/.test(raw);
    else if (/^comment\s*$/.test(raw)) inComment = true;
    else if (/^P\s/.test(raw)) {
      for (const item of new HledgerParser().feed(raw, n)) {
        if (item.kind !== 'price') continue;
        const r = priceAsRate(item, base, units);
        if ('rate' in r) out.push(r);
      }
    }
  }
  return out;
}

/**
 * Dated rates in memory: the company's, with the file's prices over them (a price of the same
 * currency and day replaces the stored one, as entering it would). `on` answers the latest rate
 * on or before a date.
 */
export class DatedRates {
  private byCurrency = new Map<string, { date: string; rate: string }[]>();

  static async load(db: CompanyDb, file: FileRate[]): Promise<DatedRates> {
    const rows = await typed(db).selectFrom('ledger_exchange_rate').select(['currency', 'date', 'rate']).execute();
    const r = new DatedRates();
    const all = new Map<string, { currency: string; date: string; rate: string }>();
    for (const x of [...rows, ...file]) all.set(`${x.currency}/${x.date}`, { currency: x.currency, date: x.date, rate: x.rate });
    for (const x of all.values()) r.byCurrency.set(x.currency, [...(r.byCurrency.get(x.currency) ?? []), { date: x.date, rate: x.rate }]);
    for (const list of r.byCurrency.values()) list.sort((a, b) => a.date.localeCompare(b.date));
    return r;
  }

  on(currency: string, date: string): string | undefined {
    const list = this.byCurrency.get(currency);
    if (!list) return undefined;
    let [lo, hi] = [0, list.length - 1];
    let found: string | undefined;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (list[mid].date <= date) {
        found = list[mid].rate;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    return found;
  }
}
