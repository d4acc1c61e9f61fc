import type { CompanyDb } from '../../../platform/db/company-scope.ts';
import { AppError } from '../../../platform/errors.ts';
import { monthOf } from '../fiscal-calendar.ts';
import { MoneyError, toMinor } from '../money.ts';
import { lastMovementMonths, rangeSums } from './balances.repository.ts';
import { draftsCreatedBefore, largeEntriesWithoutReference } from './checks.repository.ts';
import { loadReportChart } from './report-chart.ts';
import { addDays, addMonths } from './report-dates.ts';
import { moneyFormat, naturalSign } from './report-money.ts';
import type { ChecksQuery, ChecksReport } from './reports.schemas.ts';

type Item = ChecksReport['items'][number];
const none = { accountId: null, accountCode: null, entryId: null, number: null, currency: null, amount: null, drill: null };

/**
 * What needs a bookkeeper's attention as of a date ("verifying accounts"): balances on the wrong side
 * for the account's type, suspense and clearing accounts (subtype `suspense`) that are not zero,
 * drafts older than `draftDays`, posted entries in the year to the date at least `largeAmount` (base
 * currency) without a reference, and accounts with a balance but no posting for `idleDays` (counted in
 * whole months, from the kept balances). Each item links to its lines or its entry.
 */
export async function accountChecks(db: CompanyDb, q: ChecksQuery, facts: { baseCurrency: string; now: Date }): Promise<ChecksReport> {
  const chart = await loadReportChart(db);
  const money = await moneyFormat(db, [facts.baseCurrency]);
  let threshold: bigint;
  try {
    threshold = toMinor(q.largeAmount, money.units(facts.baseCurrency));
  } catch (err) {
    if (err instanceof MoneyError) throw new AppError('VALIDATION', 'Invalid amount', [{ path: 'largeAmount', message: err.message }]);
    throw err;
  }
  const yearAgo = addDays(addMonths(q.asOf, -12), 1);
  const idleSince = monthOf(addDays(q.asOf, -q.idleDays));
  const draftCutoff = new Date(facts.now.getTime() - q.draftDays * 86_400_000).toISOString();
  const [balances, drafts, large, lastMoves] = await Promise.all([
    rangeSums(db, undefined, q.asOf),
    draftsCreatedBefore(db, draftCutoff),
    largeEntriesWithoutReference(db, { from: yearAgo, to: q.asOf }, threshold),
    lastMovementMonths(db, monthOf(q.asOf)),
  ]);
  const units = await moneyFormat(db, [...new Set([...balances.values()].map((s) => s.currency))]);
  const items: Item[] = [];
  const nonZero = new Set<string>();
  for (const s of [...balances.values()].sort((x, y) => (chart.byId.get(x.accountId)?.code ?? '').localeCompare(chart.byId.get(y.accountId)?.code ?? ''))) {
    const a = chart.byId.get(s.accountId);
    if (!a || s.amount === 0n) continue;
    nonZero.add(a.id);
    const at = { accountId: a.id, accountCode: a.code, currency: s.currency, amount: units.text(s.amount, s.currency) };
    const drill = { accountId: a.id, currency: s.currency, from: null, to: q.asOf };
    if (a.subtype === 'suspense') {
      items.push({ ...none, ...at, kind: 'suspense_not_zero', message: `${a.code} ${a.nameEn} should be cleared to zero`, drill });
    } else if (naturalSign(a.type) * s.amount < 0n) {
      const side = s.amount > 0n ? 'debit' : 'credit';
      items.push({ ...none, ...at, kind: 'wrong_side', message: `${a.code} ${a.nameEn} (${a.type}) has a ${side} balance`, drill });
    }
  }
  for (const d of drafts)
    items.push({ ...none, kind: 'old_draft', entryId: d.id, message: `Draft dated ${d.date} saved ${d.created_at.slice(0, 10)} is still not posted` });
  for (const e of large)
    items.push({
      ...none,
      kind: 'large_without_reference',
      entryId: e.id,
      number: e.number,
      currency: facts.baseCurrency,
      amount: money.text(e.debits, facts.baseCurrency),
      message: `${e.number} on ${e.date} moves ${money.text(e.debits, facts.baseCurrency)} ${facts.baseCurrency} without a reference`,
    });
  for (const a of chart.ordered) {
    const last = lastMoves.get(a.id);
    if (!last || last >= idleSince || !nonZero.has(a.id)) continue;
    items.push({
      ...none,
      kind: 'no_movement',
      accountId: a.id,
      accountCode: a.code,
      message: `${a.code} ${a.nameEn} has had no posting since ${last}`,
      drill: { accountId: a.id, currency: null, from: null, to: q.asOf },
    });
  }
  return { asOf: q.asOf, items };
}
