import type { CompanyDb } from '../../platform/db/company-scope.ts';
import { AppError } from '../../platform/errors.ts';
import { type ActualLine, actualsByLine, fromMinor } from '../ledger/index.ts';
import { type AccountFacts, accountFacts } from './account-names.ts';
import type { BudgetCall } from './budget-call.ts';
import { type BudgetLine, budgetLines } from './budget-lines.ts';
import { naturalSign } from './budget-months.ts';
import type { Report } from './budgets.schemas.ts';
import { dimensionSlot } from './build-from-actuals.ts';
import { type LoadedBudget, loadBudget, revisionInForce } from './load-budget.ts';
import { totalsAndTop } from './report-pass.ts';
import { type Figures, isFavourable, pctOf, type VarianceLine, varianceTable } from './variance-table.ts';

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
  const { rows, facts, rev, through, slot, throughIndex } = await compare(db, call, b, q);
  const pageSize = q.pageSize ?? REPORT_PAGE_SIZE;
  const page = q.page ?? 1;
  const money = (x: bigint) => fromMinor(x, b.units);
  const show = (f: Figures) => ({ budget: money(f.budget), actual: money(f.actual), variance: money(f.variance), variancePct: pctOf(f) });
  const factsOf = (accountId: string) => facts.get(accountId) ?? unknownAccount;
  // only the lines shown (the page, the top variances) become figures and decimal strings
  const present = (r: CompareRow) => {
    const l = varianceTable([r], throughIndex)[0] as VarianceLine;
    const f = factsOf(l.accountId);
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
  sortByCode(rows, facts);
  // one pass over every line: budget and actual per account type and month, and the largest year-to-date variances
  const { totals, top } = totalsAndTop(rows, (accountId) => factsOf(accountId).type, b.view.months.length, throughIndex, TOP);
  return {
    budgetId: id,
    revisionId: rev.id,
    currency: b.row.currency,
    months: b.view.months,
    throughMonth: through,
    dimensionSlot: slot ?? null,
    page,
    pageSize,
    totalLines: rows.length,
    totals: [...totals.entries()]
      .sort((x, y) => x[0].localeCompare(y[0]))
      .map(([type, t]) => {
        const l = varianceTable([t], throughIndex)[0] as VarianceLine;
        return { type, months: l.months.map(show), ytd: show(l.ytd), year: show(l.year) };
      }),
    topVariances: top.map(present),
    lines: rows.slice((page - 1) * pageSize, page * pageSize).map(present),
  };
}

/** Orders lines by account code, then dimension value, through integer ranks: no string compare per pair of lines. */
function sortByCode(rows: CompareRow[], facts: Map<string, AccountFacts>): void {
  const collator = new Intl.Collator();
  const rank = new Map([...facts.entries()].sort((x, y) => collator.compare(x[1].code, y[1].code)).map(([accountId], i) => [accountId, i]));
  const values = [...new Set(rows.map((r) => r.dimensionValueId))].sort(collator.compare);
  const valueRank = new Map(values.map((v, i) => [v, i]));
  const key = (r: CompareRow) => ((rank.get(r.accountId) ?? -1) + 1) * values.length + (valueRank.get(r.dimensionValueId) ?? 0);
  const keyed = rows.map((r) => ({ r, k: key(r) }));
  keyed.sort((x, y) => x.k - y.k);
  keyed.forEach((x, i) => {
    rows[i] = x.r;
  });
}

/** One line of the comparison: budget and actual per month, both in the account's natural sign. */
export interface CompareRow {
  accountId: string;
  dimensionValueId: string;
  /** shared with the kept budget lines (or one array of zeros shared by the lines without a budget): never changed */
  budget: bigint[];
  /** the ledger's line in natural sign, or one array of zeros shared by the lines without actuals: never changed */
  actual: bigint[];
}

/**
 * The lines (account × dimension value, bigint per month) behind the report, also used by the alert check
 * and the forecast: the revision's budget lines and the ledger's actuals per line, both summed per month in SQL.
 */
export async function compare(db: CompanyDb, call: BudgetCall, b: LoadedBudget, q: { throughMonth?: string; revisionId?: string }) {
  const rev = q.revisionId ? b.revisions.find((r) => r.id === q.revisionId) : revisionInForce(b);
  if (!rev) throw new AppError('NOT_FOUND', 'No such revision');
  const months = b.view.months;
  const now = call.clock.now().toISOString().slice(0, 7);
  const wanted = q.throughMonth ?? now;
  const through = wanted < (months[0] as string) ? (months[0] as string) : wanted > (months[11] as string) ? (months[11] as string) : wanted;
  const budgetRows = await budgetLines(db, rev, months);
  // one array of zeros for every line without a budget or without actuals (lines are never changed)
  const zeros: bigint[] = new Array(months.length).fill(0n);
  const { rows, byAccount } = budgetSide(budgetRows, zeros);
  const accountIds = [...byAccount.keys()];
  const facts = await accountFacts(db, accountIds);
  const slot = await dimensionSlot(db, b.row.dimension_id);
  const actuals = await actualsByLine(db, { accountIds, months, dimensionSlot: slot });
  addActuals(rows, byAccount, actuals, facts, zeros);
  const throughIndex = months.indexOf(through);
  return { rows, facts, rev, through, slot, throughIndex };
}

type LinesByAccount = Map<string, Map<string, CompareRow>>;

/** One row per budget line, actuals zero; lines held per account, then per dimension value (no concatenated keys). */
function budgetSide(budgetRows: readonly BudgetLine[], zeros: bigint[]): { rows: CompareRow[]; byAccount: LinesByAccount } {
  const rows: CompareRow[] = [];
  const byAccount: LinesByAccount = new Map();
  for (let i = 0; i < budgetRows.length; i++) {
    const a = budgetRows[i] as BudgetLine;
    addRow(rows, byAccount, { accountId: a.accountId, dimensionValueId: a.dimensionValueId, budget: a.budget as bigint[], actual: zeros });
  }
  return { rows, byAccount };
}

/** Each actual line (in the account's natural sign) onto its budget line, or as a line of its own. Loops kept out of the async read. */
function addActuals(rows: CompareRow[], byAccount: LinesByAccount, actuals: readonly ActualLine[], facts: Map<string, AccountFacts>, zeros: bigint[]): void {
  const signs = new Map<string, bigint>();
  for (const accountId of byAccount.keys()) signs.set(accountId, naturalSign(facts.get(accountId)?.type ?? 'expense'));
  for (let i = 0; i < actuals.length; i++) {
    const a = actuals[i] as ActualLine;
    const sign = signs.get(a.accountId) ?? 1n;
    let actual = a.base;
    if (sign !== 1n) {
      actual = new Array(a.base.length);
      for (let m = 0; m < a.base.length; m++) actual[m] = -(a.base[m] as bigint);
    }
    const r = byAccount.get(a.accountId)?.get(a.dimensionValueId);
    if (r) r.actual = actual;
    else addRow(rows, byAccount, { accountId: a.accountId, dimensionValueId: a.dimensionValueId, budget: zeros, actual });
  }
}

function addRow(rows: CompareRow[], byAccount: LinesByAccount, r: CompareRow): void {
  let perDv = byAccount.get(r.accountId);
  if (!perDv) {
    perDv = new Map();
    byAccount.set(r.accountId, perDv);
  }
  perDv.set(r.dimensionValueId, r);
  rows.push(r);
}
