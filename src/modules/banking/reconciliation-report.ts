import { findCompany } from '../../platform/companies/index.ts';
import type { CompanyDb } from '../../platform/db/company-scope.ts';
import { linesForMatching, toMinor, trialBalance } from '../ledger/index.ts';
import { bankAccountOf } from './bank-account-of.ts';
import { typed } from './banking.tables.ts';
import { matchedLedgerLineIds, matchedTotalsUpTo, unmatchedBankLines } from './matching.repository.ts';
import type { ReconciliationView } from './matching.schemas.ts';
import { ledgerText } from './propose-matches.ts';

const ITEMS = 200;

/**
 * Where reconciliation starts: the first day of the account's earliest statement, and the bank's
 * balance at its opening (stated, or its closing less its lines, or zero when it states neither).
 */
async function reconciliationStart(db: CompanyDb, bankAccountId: string) {
  const first = await typed(db)
    .selectFrom('bank_statement')
    .select(['from_date', 'opening_balance', 'closing_balance', 'total_credits', 'total_debits'])
    .where('bank_account_id', '=', bankAccountId)
    .orderBy('from_date')
    .orderBy('imported_at')
    .limit(1)
    .executeTakeFirst();
  if (!first) return undefined;
  const opening =
    first.opening_balance !== null
      ? BigInt(first.opening_balance)
      : first.closing_balance !== null
        ? BigInt(first.closing_balance) - BigInt(first.total_credits) - BigInt(first.total_debits)
        : 0n;
  return { date: String(first.from_date), opening };
}

/**
 * The statement balance at a date: the latest stated closing balance up to it, plus the lines after
 * that statement; with no stated closing, the opening balance at the start plus every line.
 */
async function statementBalance(db: CompanyDb, bankAccountId: string, asOf: string, opening: bigint) {
  const d = typed(db);
  const last = await d
    .selectFrom('bank_statement')
    .select(['id', 'to_date', 'closing_balance'])
    .where('bank_account_id', '=', bankAccountId)
    .where('to_date', '<=', asOf)
    .where('closing_balance', 'is not', null)
    .orderBy('to_date', 'desc')
    .limit(1)
    .executeTakeFirst();
  let q = d.selectFrom('bank_line').select('amount').where('bank_account_id', '=', bankAccountId).where('booking_date', '<=', asOf);
  if (last) q = q.where('booking_date', '>', String(last.to_date));
  const later = (await q.execute()).reduce((s, r) => s + BigInt(r.amount), 0n);
  return last
    ? { balance: BigInt(last.closing_balance ?? 0n) + later, from: 'closing-balance' as const }
    : { balance: opening + later, from: 'lines' as const };
}

/**
 * Reconciliation of one bank account at a date: statement balance against the mirrored ledger
 * account's balance, the unmatched items of each side, and the difference explained:
 * difference = unmatched statement lines − unmatched ledger lines + timing (matched lines up to the
 * date whose counterpart is dated later) + unexplained. Reconciliation starts on the first day of the
 * earliest statement (when on or before the date): ledger lines dated before it are not outstanding
 * items but the ledger's opening balance, which a reconciled account has equal to the statement's
 * opening balance (any gap between them stays unexplained). Reconciled when nothing is unexplained
 * and no statement line up to the date is unmatched.
 */
export async function reconciliationReport(db: CompanyDb, companyId: string, bankAccountId: string, asOf: string): Promise<ReconciliationView> {
  const { account, units, money } = await bankAccountOf(db, bankAccountId);
  // biome-ignore lint/suspicious/noExplicitAny: the platform's own table type
  const company = await findCompany(db as any, companyId);
  const tb = await trialBalance(db, asOf, company?.baseCurrency ?? account.currency);
  const row = tb.rows.find((r) => r.accountId === account.ledger_account_id && r.currency === account.currency);
  const ledgerBalance = row ? toMinor(row.balance, units) : 0n;
  const found = await reconciliationStart(db, account.id);
  const start = found && found.date <= asOf ? found : undefined;
  const statement = await statementBalance(db, account.id, asOf, start?.opening ?? 0n);
  const bank = await unmatchedBankLines(db, account.id, { to: asOf });
  const matched = await matchedLedgerLineIds(db, account.ledger_account_id, '0001-01-01', asOf);
  const lines = await linesForMatching(db, { accountId: account.ledger_account_id, currency: account.currency, from: '0001-01-01', to: asOf });
  const before = start ? lines.filter((l) => l.date < start.date) : [];
  const ledgerOpening = before.reduce((s, l) => s + l.amount, 0n);
  const ledger = lines.filter((l) => !matched.has(l.lineId) && (!start || l.date >= start.date));
  const bankTotal = bank.reduce((s, b) => s + BigInt(b.amount), 0n);
  const ledgerTotal = ledger.reduce((s, l) => s + l.amount, 0n);
  const totals = await matchedTotalsUpTo(db, account.id, asOf);
  const timing = totals.bank - totals.ledger;
  const difference = statement.balance - ledgerBalance;
  const unexplained = difference - bankTotal + ledgerTotal - timing;
  const explanation: string[] = [];
  if (start) {
    explanation.push(
      `Reconciliation starts ${start.date}: statement opening balance ${money(start.opening)}, ledger balance before it ${money(ledgerOpening)} (${before.length} line(s), not outstanding items)`,
    );
  }
  explanation.push(
    `Statement balance ${money(statement.balance)} − ledger balance ${money(ledgerBalance)} = ${money(difference)}`,
    `${bank.length} statement line(s) not in the ledger yet: ${money(bankTotal)}`,
    `${ledger.length} ledger line(s) not on the statement yet: ${money(-ledgerTotal)}`,
  );
  if (timing !== 0n) explanation.push(`Matched lines whose counterpart is dated after ${asOf}: ${money(timing)}`);
  explanation.push(unexplained === 0n ? 'Nothing is unexplained' : `Unexplained: ${money(unexplained)} (opening balances that differ, or a missing statement)`);
  return {
    bankAccountId: account.id,
    name: account.name,
    currency: account.currency,
    asOf,
    statementBalance: money(statement.balance),
    statementBalanceFrom: statement.from,
    startDate: start?.date ?? null,
    statementOpening: money(start?.opening ?? 0n),
    ledgerOpening: money(ledgerOpening),
    ledgerBalance: money(ledgerBalance),
    difference: money(difference),
    unmatchedBank: {
      count: bank.length,
      total: money(bankTotal),
      items: bank.slice(0, ITEMS).map((b) => ({ id: b.id, date: String(b.booking_date), amount: money(BigInt(b.amount)), text: b.text })),
    },
    unmatchedLedger: {
      count: ledger.length,
      total: money(ledgerTotal),
      items: ledger.slice(0, ITEMS).map((l) => ({ id: l.lineId, date: l.date, amount: money(l.amount), text: ledgerText(l) })),
    },
    timing: money(timing),
    unexplained: money(unexplained),
    reconciled: unexplained === 0n && bank.length === 0,
    explanation,
  };
}
