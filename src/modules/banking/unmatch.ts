import { recordAudit } from '../../platform/audit/record-audit.ts';
import type { CompanyDb } from '../../platform/db/company-scope.ts';
import { inTransaction } from '../../platform/db/transaction.ts';
import { AppError } from '../../platform/errors.ts';
import { bankAccountOf } from './bank-account-of.ts';
import type { BankingCall } from './banking-call.ts';
import { refuseClosedDates } from './closed-dates.ts';
import { findMatch, linesOfMatch, releaseMatch } from './matching.repository.ts';
import type { MatchView } from './matching.schemas.ts';
import { presentMatch } from './present-match.ts';

/**
 * Undo a match, audited. Allowed only while every line's date is open in the ledger (not on or before
 * the lock date, not in a closed period): a reconciled, closed period stays as it was signed off.
 * The lines stay in history (the match row, its lines with `live` NULL). An entry a rule posted is
 * not reversed here: reverse it in the ledger if it was wrong.
 */
export async function unmatch(db: CompanyDb, call: BankingCall, matchId: string, reason?: string): Promise<MatchView> {
  return inTransaction(db, async (trx) => {
    const match = await findMatch(trx, matchId, true);
    if (!match) throw new AppError('NOT_FOUND', 'No such match');
    const { account, money } = await bankAccountOf(trx, match.bank_account_id);
    if (match.status !== 'matched') throw new AppError('CONFLICT', 'This match was already undone');
    const lines = await linesOfMatch(trx, match.id);
    await refuseClosedDates(
      trx,
      lines.map((l) =>
        l.side === 'ledger'
          ? { path: 'ledgerLineIds', id: l.ledger_line_id as string, date: String(l.date) }
          : { path: 'bankLineIds', id: l.bank_line_id as string, date: String(l.date) },
      ),
      'a match with a line in a closed period cannot be undone',
    );
    const now = call.clock.now().toISOString();
    // audited first: the database refuses an unmatch whose audit event is not written (migration 005)
    await recordAudit(trx, call.clock, call.actor, {
      action: 'banking.match.unmatched',
      targetType: 'bank_match',
      targetId: match.id,
      summary: { bankAccount: account.name, total: money(BigInt(match.bank_total)), reason: reason ?? null, lines: lines.length },
    });
    await releaseMatch(trx, match.id, call.actor.label, now, reason ?? null);
    return presentMatch({ ...match, status: 'unmatched', unmatched_by: call.actor.label, unmatched_at: now }, lines, money);
  });
}
