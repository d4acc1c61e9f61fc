import type { CompanyDb } from '../../platform/db/company-scope.ts';
import { listDimensions, monthlyTrend } from '../ledger/index.ts';
import type { LoadedBudget } from './load-budget.ts';

/**
 * The budget CSV: `account,dimension_value,<YYYY-MM>×12` — account and dimension value by code,
 * one line per account (and value), amounts as decimals. Export writes the same shape import reads.
 */
export const csvHeader = (months: string[]) => ['account', 'dimension_value', ...months];

/** Account codes ↔ ids (every account, through the ledger's monthly trend rows) and the budget dimension's value codes ↔ ids. */
export async function codeBook(db: CompanyDb, b: LoadedBudget) {
  const trend = await monthlyTrend(
    db,
    { to: b.view.months[11], months: 1, types: ['asset', 'liability', 'equity', 'income', 'expense'] } as never,
    b.row.currency,
  );
  const accounts = new Map(trend.rows.map((r) => [r.code, { id: r.accountId, postable: !r.group }]));
  const dim = b.row.dimension_id ? (await listDimensions(db)).find((d) => d.id === b.row.dimension_id) : undefined;
  const values = new Map((dim?.values ?? []).map((v) => [v.code, v.id]));
  return {
    accounts,
    values,
    codeOf: new Map(trend.rows.map((r) => [r.accountId, r.code])),
    valueCodeOf: new Map((dim?.values ?? []).map((v) => [v.id, v.code])),
  };
}

const quote = (s: string) => (/[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);
export const csvLine = (fields: string[]) => fields.map(quote).join(',');
