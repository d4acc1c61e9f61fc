import type { CompanyDb } from '../../platform/db/company-scope.ts';
import { AppError } from '../../platform/errors.ts';
import { fromMinor } from '../ledger/index.ts';
import { accountFacts, byCode } from './account-names.ts';
import type { BudgetCall } from './budget-call.ts';
import { amountsOf } from './budgets.repository.ts';
import type { RevisionComparison } from './budgets.schemas.ts';
import { loadBudget } from './load-budget.ts';

/** Cells of two revisions as lines (account × dimension value) of twelve months each, and the lines present in either. Pure. */
export function sideBySide(months: string[], a: Cell[], b: Cell[]) {
  const index = new Map(months.map((m, i) => [m, i]));
  const lines = new Map<string, { accountId: string; dimensionValueId: string; a: bigint[]; b: bigint[] }>();
  const put = (cells: Cell[], side: 'a' | 'b') => {
    for (const c of cells) {
      const key = `${c.account_id}|${c.dimension_value_id}`;
      const l = lines.get(key) ?? { accountId: c.account_id, dimensionValueId: c.dimension_value_id, a: months.map(() => 0n), b: months.map(() => 0n) };
      const i = index.get(c.month);
      if (i !== undefined) l[side][i] = (l[side][i] as bigint) + BigInt(c.amount);
      lines.set(key, l);
    }
  };
  put(a, 'a');
  put(b, 'b');
  return [...lines.values()].map((l) => ({ ...l, diff: l.b.map((x, i) => x - (l.a[i] as bigint)) }));
}
type Cell = { account_id: string; month: string; dimension_value_id: string; amount: bigint };

/** Two revisions of a budget side by side per account (and dimension value) × month: A, B and B − A, changed lines flagged. */
export async function compareRevisions(db: CompanyDb, call: BudgetCall, id: string, q: { a: string; b: string }): Promise<RevisionComparison> {
  const bud = await loadBudget(db, call, id);
  const find = (rid: string, side: string) => {
    const r = bud.revisions.find((x) => x.id === rid);
    if (!r) throw new AppError('NOT_FOUND', `No such revision (${side})`);
    return r;
  };
  const ra = find(q.a, 'a');
  const rb = find(q.b, 'b');
  const lines = sideBySide(bud.view.months, await amountsOf(db, ra.id), await amountsOf(db, rb.id));
  const facts = await accountFacts(
    db,
    lines.map((l) => l.accountId),
  );
  const money = (x: bigint) => fromMinor(x, bud.units);
  const sum = (xs: bigint[]) => xs.reduce((s, x) => s + x, 0n);
  return {
    budgetId: id,
    a: { id: ra.id, number: Number(ra.number), status: ra.status },
    b: { id: rb.id, number: Number(rb.number), status: rb.status },
    months: bud.view.months,
    lines: lines
      .map((l) => {
        const f = facts.get(l.accountId) ?? { code: '?', nameEn: '?', nameAr: '?', type: 'expense' };
        return {
          accountId: l.accountId,
          ...f,
          dimensionValueId: l.dimensionValueId || null,
          a: l.a.map(money),
          b: l.b.map(money),
          diff: l.diff.map(money),
          totalA: money(sum(l.a)),
          totalB: money(sum(l.b)),
          totalDiff: money(sum(l.diff)),
          changed: l.diff.some((d) => d !== 0n),
        };
      })
      .sort(byCode),
  };
}
