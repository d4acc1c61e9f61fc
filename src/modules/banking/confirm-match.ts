import { recordAudit } from '../../platform/audit/record-audit.ts';
import type { CompanyDb } from '../../platform/db/company-scope.ts';
import { inTransaction } from '../../platform/db/transaction.ts';
import { AppError } from '../../platform/errors.ts';
import { newId } from '../../platform/ids.ts';
import { linesForMatching } from '../ledger/index.ts';
import { bankAccountOf } from './bank-account-of.ts';
import type { BankingCall } from './banking-call.ts';
import { refuseClosedDates } from './closed-dates.ts';
import { bankLinesByIds, insertMatch, insertMatchLines, standingMatchLines } from './matching.repository.ts';
import { type ConfirmMatchInput, confirmMatchSchema, type MatchView } from './matching.schemas.ts';
import { presentMatch } from './present-match.ts';

export interface ConfirmOptions {
  source?: 'manual' | 'auto' | 'rule';
  score?: number | null;
  reasons?: string[];
  ruleId?: string | null;
  entryId?: string | null;
}

const isUnique = (err: unknown) => {
  const e = err as { code?: string };
  return e?.code === '23505' || e?.code === 'SQLITE_CONSTRAINT_UNIQUE';
};
const distinct = (ids: string[]) => new Set(ids).size === ids.length;

/**
 * Confirm a match of statement lines with ledger lines of the mirrored account. Refused when the
 * totals differ (VALIDATION naming the difference), when a ledger line is dated in a closed period or
 * on or before the lock date (PERIOD_LOCKED naming the line), or when a line already sits in a
 * standing match (CONFLICT). The once-indexes decide a race: of two concurrent confirmations of the same line, the
 * one that commits second fails on the index and answers CONFLICT, having written nothing.
 */
export async function confirmMatch(db: CompanyDb, call: BankingCall, input: ConfirmMatchInput, opts: ConfirmOptions = {}): Promise<MatchView> {
  const m = confirmMatchSchema.parse(input);
  try {
    return await inTransaction(db, async (trx) => {
      const { account, money } = await bankAccountOf(trx, m.bankAccountId);
      if (!distinct(m.bankLineIds) || !distinct(m.ledgerLineIds))
        throw new AppError('VALIDATION', 'A line is given twice', [{ path: 'bankLineIds', message: 'Each line may appear once' }]);
      const bank = await bankLinesByIds(trx, m.bankLineIds);
      const issues: { path: string; message: string }[] = [];
      for (const id of m.bankLineIds) {
        const b = bank.find((x) => x.id === id);
        if (!b || b.bank_account_id !== account.id) issues.push({ path: 'bankLineIds', message: `Statement line ${id} is not a line of ${account.name}` });
      }
      const ledger = await linesForMatching(trx, { lineIds: m.ledgerLineIds });
      for (const id of m.ledgerLineIds) {
        const l = ledger.find((x) => x.lineId === id);
        if (!l || l.accountId !== account.ledger_account_id || l.currency !== account.currency)
          issues.push({ path: 'ledgerLineIds', message: `Ledger line ${id} is not a posted ${account.currency} line of the account ${account.name} mirrors` });
      }
      if (issues.length) throw new AppError('VALIDATION', 'The match names lines it cannot hold', issues);
      await refuseClosedDates(
        trx,
        ledger.map((l) => ({ path: 'ledgerLineIds', id: l.lineId, date: l.date })),
        'a ledger line in a closed period cannot be matched',
      );
      const bankTotal = bank.reduce((s, b) => s + BigInt(b.amount), 0n);
      const ledgerTotal = ledger.reduce((s, l) => s + l.amount, 0n);
      if (bankTotal !== ledgerTotal) {
        const difference = money(bankTotal - ledgerTotal);
        throw new AppError(
          'VALIDATION',
          `The amounts do not add up: the statement lines total ${money(bankTotal)}, the ledger lines ${money(ledgerTotal)}, a difference of ${difference}`,
          [{ path: 'ledgerLineIds', message: `Difference ${difference} ${account.currency}` }],
        );
      }
      const taken = await standingMatchLines(trx, m.bankLineIds, m.ledgerLineIds);
      if (taken.length) throw new AppError('CONFLICT', 'A line is already matched; unmatch it first', { lineIds: taken });
      const id = newId();
      const now = call.clock.now().toISOString();
      const row = {
        id,
        bank_account_id: account.id,
        source: opts.source ?? 'manual',
        score: opts.score ?? null,
        reasons: JSON.stringify(opts.reasons ?? []),
        bank_total: bankTotal,
        ledger_total: ledgerTotal,
        rule_id: opts.ruleId ?? null,
        entry_id: opts.entryId ?? null,
        status: 'matched' as const,
        matched_by: call.actor.label,
        matched_at: now,
        unmatched_by: null,
        unmatched_at: null,
        unmatch_reason: null,
      };
      await insertMatch(trx, row);
      const lines = [
        ...bank.map((b) => ({ side: 'bank' as const, bank_line_id: b.id, ledger_line_id: null, amount: BigInt(b.amount), date: String(b.booking_date) })),
        ...ledger.map((l) => ({ side: 'ledger' as const, bank_line_id: null, ledger_line_id: l.lineId, amount: l.amount, date: l.date })),
      ].map((l) => ({ ...l, id: newId(), match_id: id, bank_account_id: account.id, live: 1n }));
      await insertMatchLines(trx, id, lines);
      await recordAudit(trx, call.clock, call.actor, {
        action: 'banking.match.confirmed',
        targetType: 'bank_match',
        targetId: id,
        summary: { bankAccount: account.name, source: row.source, total: money(bankTotal), bankLines: bank.length, ledgerLines: ledger.length },
      });
      return presentMatch({ ...row, company_id: '' }, lines, money);
    });
  } catch (err) {
    if (isUnique(err)) throw new AppError('CONFLICT', 'Another confirmation matched one of these lines first');
    throw err;
  }
}
