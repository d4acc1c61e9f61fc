import type { CompanyDb } from '../../platform/db/company-scope.ts';
import { AppError } from '../../platform/errors.ts';
import { fromMinor } from '../ledger/index.ts';
import { accountFacts, byCode } from './account-names.ts';
import type { BudgetCall } from './budget-call.ts';
import { amountsOf } from './budgets.repository.ts';
import type { Grid } from './budgets.schemas.ts';
import { loadBudget } from './load-budget.ts';

/** The amounts of one revision (default: the latest) as account × month lines with yearly totals. */
export async function budgetGrid(db: CompanyDb, call: BudgetCall, id: string, revisionId?: string): Promise<Grid> {
  const b = await loadBudget(db, call, id);
  const rev = revisionId ? b.revisions.find((r) => r.id === revisionId) : b.latest;
  if (!rev) throw new AppError('NOT_FOUND', 'No such revision');
  const amounts = await amountsOf(db, rev.id);
  const index = new Map(b.view.months.map((m, i) => [m, i]));
  const lines = new Map<string, { accountId: string; dimensionValueId: string | null; v: bigint[] }>();
  for (const a of amounts) {
    const key = `${a.account_id}|${a.dimension_value_id}`;
    const line = lines.get(key) ?? { accountId: a.account_id, dimensionValueId: a.dimension_value_id || null, v: b.view.months.map(() => 0n) };
    const i = index.get(a.month);
    if (i !== undefined) line.v[i] = (line.v[i] as bigint) + BigInt(a.amount);
    lines.set(key, line);
  }
  const facts = await accountFacts(
    db,
    [...lines.values()].map((l) => l.accountId),
  );
  return {
    budgetId: id,
    revisionId: rev.id,
    editable: rev.status === 'draft' && rev.id === b.latest.id,
    months: b.view.months,
    lines: [...lines.values()]
      .map((l) => {
        const f = facts.get(l.accountId) ?? { code: '?', nameEn: '?', nameAr: '?', type: 'expense' };
        return {
          accountId: l.accountId,
          ...f,
          dimensionValueId: l.dimensionValueId,
          amounts: l.v.map((x) => fromMinor(x, b.units)),
          total: fromMinor(
            l.v.reduce((s, x) => s + x, 0n),
            b.units,
          ),
        };
      })
      .sort(byCode),
  };
}
