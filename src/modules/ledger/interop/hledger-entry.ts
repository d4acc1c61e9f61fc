import { toMinorLines } from '../entry-lines.ts';
import type { ImportIssue } from '../import/import-report.ts';
import { findImbalances } from '../journal-entry.ts';
import type { LineInput } from '../ledger.schemas.ts';
import { fromMinor, MoneyError, toMinor } from '../money.ts';
import type { BatchEntry } from '../post-batch.ts';
import { currencyOf } from './hledger-amount.ts';
import type { HTransaction } from './hledger-parse.ts';

export interface HledgerContext {
  base: string;
  units: Map<string, number>;
  journalId: string;
  /** Account path → id; during validation, a placeholder for paths still to be created. */
  accountId(path: string): string;
  dateRefusal(date: string): string | null;
}

/**
 * One hledger transaction as a Kawalis entry: the posting without an amount takes what balances
 * each currency (one line per currency, as hledger does); a foreign amount states its base value with
 * `@ rate` or `@@ total` in the base currency; every currency must balance on its own. Errors name
 * the line of the file.
 */
export function convertTransaction(t: HTransaction, cx: HledgerContext): { entry?: BatchEntry; issues: ImportIssue[] } {
  const issues: ImportIssue[] = [];
  const fail = (line: number, column: string, reason: string) => issues.push({ row: line, column, reason });
  const refusal = cx.dateRefusal(t.date);
  if (refusal) fail(t.line, 'date', refusal);
  if (t.description.length > 500) fail(t.line, 'description', 'at most 500 characters');
  if ((t.code ?? '').length > 100) fail(t.line, 'code', 'at most 100 characters');
  const inputs: LineInput[] = [];
  const lines: number[] = [];
  const sums = new Map<string, bigint>();
  let elided: (typeof t.postings)[number] | undefined;
  for (const p of t.postings) {
    if (!p.amount) {
      elided = p;
      continue;
    }
    const currency = currencyOf(p.amount.commodity, cx.base, (c) => cx.units.has(c));
    if (!currency) {
      fail(p.line, 'amount', `"${p.amount.commodity}" is not a currency Kawalis knows (ISO 4217 codes, $, €, £)`);
      continue;
    }
    const units = cx.units.get(currency) as number;
    let minor: bigint;
    try {
      minor = toMinor(p.amount.quantity, units);
    } catch (err) {
      if (!(err instanceof MoneyError)) throw err;
      fail(p.line, 'amount', err.message);
      continue;
    }
    sums.set(currency, (sums.get(currency) ?? 0n) + minor);
    const abs = p.amount.quantity.replace(/^-/, '');
    const line: LineInput = {
      accountId: cx.accountId(p.account),
      ...(minor < 0n ? { credit: abs } : { debit: abs }),
      currency,
      memo: p.memo?.slice(0, 500) ?? undefined,
    };
    if (p.cost) {
      if (currencyOf(p.cost.amount.commodity, cx.base, (c) => cx.units.has(c)) !== cx.base) {
        fail(p.line, 'amount', `a price must be in the base currency ${cx.base}`);
        continue;
      }
      const price = p.cost.amount.quantity.replace(/^-/, '');
      if (currency !== cx.base) Object.assign(line, p.cost.total ? { baseAmount: price } : { rate: price });
    }
    inputs.push(line);
    lines.push(p.line);
  }
  if (elided) {
    for (const [currency, sum] of [...sums.entries()].sort(([a], [b]) => a.localeCompare(b))) {
      if (sum === 0n) continue;
      if (currency !== cx.base) {
        fail(elided.line, 'amount', `the amount left out here would be in ${currency}: write it with its price in ${cx.base}`);
        continue;
      }
      const abs = fromMinor(sum < 0n ? -sum : sum, cx.units.get(currency) as number);
      inputs.push({ accountId: cx.accountId(elided.account), ...(sum > 0n ? { credit: abs } : { debit: abs }), currency, memo: elided.memo ?? undefined });
      lines.push(elided.line);
    }
  }
  const converted = toMinorLines(inputs, { base: cx.base, units: (c) => cx.units.get(c) });
  for (const i of converted.issues) fail(lines[Number(i.path.split('.')[1])] ?? t.line, 'amount', i.message);
  if (issues.length) return { issues };
  // A zero posting changes no balance (hledger shows none for it); Kawalis stores no zero lines.
  const kept = converted.lines.filter((l) => l.amount !== 0n || l.baseAmount !== 0n);
  if (kept.length < 2) fail(t.line, 'postings', 'a transaction needs at least two non-zero postings');
  for (const imbalance of findImbalances(kept, cx.base, (c) => cx.units.get(c) ?? 2)) fail(t.line, 'amount', `does not balance: ${imbalance.message}`);
  if (issues.length) return { issues };
  return { issues, entry: { journalId: cx.journalId, date: t.date, memo: t.description || null, reference: t.code, lines: kept } };
}
