import { sql } from 'kysely';
import type { CompanyDb } from '../../platform/db/company-scope.ts';
import { minorUnits } from './currencies.repository.ts';
import { monthOf, monthStart } from './fiscal-calendar.ts';
import type { TrialBalance } from './ledger.schemas.ts';
import { typed } from './ledger-db.ts';
import { fromMinor } from './money.ts';

/**
 * The trial balance as of a date: every account's balance per currency, from the balances kept at
 * posting for whole months before the date's month, plus the balances kept per day for that month up
 * to the date. Cost: O(accounts × (months + days of one month)), whatever the number of lines.
 */
export async function trialBalance(db: CompanyDb, asOf: string, baseCurrency: string): Promise<TrialBalance> {
  const d = typed(db);
  const before = await d
    .selectFrom('ledger_balance')
    .select(['account_id', 'currency', sql<bigint>`cast(sum(amount) as bigint)`.as('amount'), sql<bigint>`cast(sum(base_amount) as bigint)`.as('base')])
    .where('period', '<', monthOf(asOf))
    .groupBy(['account_id', 'currency'])
    .execute();
  const partial = await d
    .selectFrom('ledger_balance_day')
    .select(['account_id', 'currency', sql<bigint>`cast(sum(amount) as bigint)`.as('amount'), sql<bigint>`cast(sum(base_amount) as bigint)`.as('base')])
    .where('day', '>=', monthStart(asOf))
    .where('day', '<=', asOf)
    .groupBy(['account_id', 'currency'])
    .execute();
  const sums = new Map<string, { accountId: string; currency: string; amount: bigint; base: bigint }>();
  for (const r of [...before, ...partial]) {
    const k = `${r.account_id}|${r.currency}`;
    const s = sums.get(k) ?? { accountId: r.account_id, currency: r.currency, amount: 0n, base: 0n };
    s.amount += BigInt(r.amount);
    s.base += BigInt(r.base);
    sums.set(k, s);
  }
  const nonZero = [...sums.values()].filter((s) => s.amount !== 0n || s.base !== 0n);
  const accounts = new Map((await d.selectFrom('ledger_account').selectAll().execute()).map((a) => [a.id, a]));
  const units = await minorUnits(db, [baseCurrency, ...nonZero.map((s) => s.currency)]);
  const u = (c: string) => units.get(c) ?? 2;
  const totals = new Map<string, bigint>();
  let baseTotal = 0n;
  const rows = nonZero.map((s) => {
    const a = accounts.get(s.accountId);
    totals.set(s.currency, (totals.get(s.currency) ?? 0n) + s.amount);
    baseTotal += s.base;
    return {
      accountId: s.accountId,
      code: a?.code ?? '',
      nameEn: a?.name_en ?? '',
      nameAr: a?.name_ar ?? '',
      type: a?.type ?? '',
      currency: s.currency,
      balance: fromMinor(s.amount, u(s.currency)),
      baseBalance: fromMinor(s.base, u(baseCurrency)),
    };
  });
  rows.sort((x, y) => (x.code === y.code ? x.currency.localeCompare(y.currency) : x.code < y.code ? -1 : 1));
  return {
    asOf,
    baseCurrency,
    rows,
    totals: [...totals.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([currency, t]) => ({ currency, balance: fromMinor(t, u(currency)) })),
    baseTotal: fromMinor(baseTotal, u(baseCurrency)),
  };
}
