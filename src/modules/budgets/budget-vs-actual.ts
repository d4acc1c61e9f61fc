import type { CompanyDb } from '../../platform/db/company-scope.ts';
import { AppError } from '../../platform/errors.ts';
import { actualsByMonth, fromMinor } from '../ledger/index.ts';
import { type AccountFacts, accountFacts } from './account-names.ts';
import type { BudgetCall } from './budget-call.ts';
import { budgetLines } from './budget-lines.ts';
import { naturalSign } from './budget-months.ts';
import type { Report } from './budgets.schemas.ts';
import { dimensionSlot } from './build-from-actuals.ts';
import { type LoadedBudget, loadBudget, revisionInForce } from './load-budget.ts';
import { addFigures, type Figures, isFavourable, pctOf, type VarianceLine, varianceTable, zeroFigures } from './variance-table.ts';

export const REPORT_PAGE_SIZE = 100;
const TOP = 8;
const unknownAccount: AccountFacts = { code: '?', nameEn: '?', nameAr: '?', type: 'expense' };

/**
 * Budget vs actual of one revision (default: the latest approved one, else the latest): per account
 * (and dimension value), per month, year to date through `throughMonth` (default: this month, kept
 * inside the fiscal year) and the full year. Actuals come from the ledger's kept balances only.
 * Lines are paged (by account code, then dimension value); totals per account type and the largest
 * year-to-date variances cover every line. Figures stay bigint until the page is formatted.
 */
export async function budgetVsActual(
  db: CompanyDb,
  call: BudgetCall,
  id: string,
  q: { throughMonth?: string; revisionId?: string; page?: number; pageSize?: number } = {},
): Promise<Report> {
  const b = await loadBudget(db, call, id);
  const { lines, facts, rev, through, slot } = await compare(db, call, b, q);
  const pageSize = q.pageSize ?? REPORT_PAGE_SIZE;
  const page = q.page ?? 1;
  const money = (x: bigint) => fromMinor(x, b.units);
  const show = (f: Figures) => ({ budget: money(f.budget), actual: money(f.actual), variance: money(f.variance), variancePct: pctOf(f) });
  const factsOf = (l: VarianceLine) => facts.get(l.accountId) ?? unknownAccount;
  const present = (l: VarianceLine) => {
    const f = factsOf(l);
    return {
      accountId: l.accountId,
      code: f.code,
      nameEn: f.nameEn,
      nameAr: f.nameAr,
      type: f.type,
      dimensionValueId: l.dimensionValueId || null,
      months: l.months.map(show),
      ytd: show(l.ytd),
      year: show(l.year),
      favourable: isFavourable(f.type, l.ytd.variance),
    };
  };
  // order by account code (then dimension value) through a rank per account: no string compare per pair of lines
  const collator = new Intl.Collator();
  const ranked = [...facts.entries()].sort((x, y) => collator.compare(x[1].code, y[1].code));
  const rank = new Map(ranked.map(([accountId], i) => [accountId, i]));
  const r = (l: VarianceLine) => rank.get(l.accountId) ?? -1;
  lines.sort((x, y) => r(x) - r(y) || collator.compare(x.dimensionValueId, y.dimensionValueId));
  // totals per account type over every line
  const totals = new Map<string, { months: Figures[]; ytd: Figures; year: Figures }>();
  for (const l of lines) {
    const type = factsOf(l).type;
    let t = totals.get(type);
    if (!t) {
      t = { months: l.months.map(zeroFigures), ytd: zeroFigures(), year: zeroFigures() };
      totals.set(type, t);
    }
    for (let i = 0; i < l.months.length; i++) addFigures(t.months[i] as Figures, l.months[i] as Figures);
    addFigures(t.ytd, l.ytd);
    addFigures(t.year, l.year);
  }
  // the largest year-to-date variances in one pass (ties keep code order)
  const abs = (x: bigint) => (x < 0n ? -x : x);
  const top: { line: VarianceLine; size: bigint }[] = [];
  for (const l of lines) {
    const size = abs(l.ytd.variance);
    if (size === 0n || (top.length === TOP && size <= (top[TOP - 1] as { size: bigint }).size)) continue;
    let at = top.length;
    while (at > 0 && (top[at - 1] as { size: bigint }).size < size) at--;
    top.splice(at, 0, { line: l, size });
    if (top.length > TOP) top.pop();
  }
  return {
    budgetId: id,
    revisionId: rev.id,
    currency: b.row.currency,
    months: b.view.months,
    throughMonth: through,
    dimensionSlot: slot ?? null,
    page,
    pageSize,
    totalLines: lines.length,
    totals: [...totals.entries()]
      .sort((x, y) => x[0].localeCompare(y[0]))
      .map(([type, t]) => ({ type, months: t.months.map(show), ytd: show(t.ytd), year: show(t.year) })),
    topVariances: top.map((x) => present(x.line)),
    lines: lines.slice((page - 1) * pageSize, page * pageSize).map(present),
  };
}

/** The variance lines (bigint figures) behind the report, also used by the alert check and the forecast. */
export async function compare(db: CompanyDb, call: BudgetCall, b: LoadedBudget, q: { throughMonth?: string; revisionId?: string }) {
  const rev = q.revisionId ? b.revisions.find((r) => r.id === q.revisionId) : revisionInForce(b);
  if (!rev) throw new AppError('NOT_FOUND', 'No such revision');
  const months = b.view.months;
  const now = call.clock.now().toISOString().slice(0, 7);
  const wanted = q.throughMonth ?? now;
  const through = wanted < (months[0] as string) ? (months[0] as string) : wanted > (months[11] as string) ? (months[11] as string) : wanted;
  const index = new Map(months.map((m, i) => [m, i]));
  // budget cells summed per line and month in SQL (kept in memory for a frozen revision); lines held per account, then per dimension value
  const budgetRows = await budgetLines(db, rev, months);
  type Row = { accountId: string; dimensionValueId: string; budget: bigint[]; actual: bigint[] };
  const rows: Row[] = [];
  const byAccount = new Map<string, Map<string, Row>>();
  const row = (accountId: string, dv: string): Row => {
    let perDv = byAccount.get(accountId);
    if (!perDv) {
      perDv = new Map();
      byAccount.set(accountId, perDv);
    }
    let r = perDv.get(dv);
    if (!r) {
      r = { accountId, dimensionValueId: dv, budget: months.map(() => 0n), actual: months.map(() => 0n) };
      perDv.set(dv, r);
      rows.push(r);
    }
    return r;
  };
  for (const a of budgetRows) row(a.accountId, a.dimensionValueId).budget = a.budget.slice();
  const accountIds = [...byAccount.keys()];
  const facts = await accountFacts(db, accountIds);
  const slot = await dimensionSlot(db, b.row.dimension_id);
  const actuals = await actualsByMonth(db, {
    accountIds,
    fromMonth: months[0] as string,
    toMonth: months[11] as string,
    dimensionSlot: slot,
  });
  const signs = new Map(accountIds.map((a) => [a, naturalSign(facts.get(a)?.type ?? 'expense')]));
  for (const a of actuals) {
    const i = index.get(a.month);
    if (i !== undefined) row(a.accountId, a.dimensionValueId).actual[i] += (signs.get(a.accountId) ?? 1n) * a.base;
  }
  const throughIndex = index.get(through) as number;
  const lines: VarianceLine[] = varianceTable(rows, throughIndex);
  return { lines, facts, rev, through, slot, throughIndex };
}
