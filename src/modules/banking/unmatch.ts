import { recordAudit } from '../../platform/audit/record-audit.ts';
import type { CompanyDb } from '../../platform/db/company-scope.ts';
import { inTransaction } from '../../platform/db/transaction.ts';
import { AppError } from '../../platform/errors.ts';
import { closedReason } from '../ledger/index.ts';
import { bankAccountOf } from './bank-account-of.ts';
import type { BankingCall } from './banking-call.ts';
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
    for (const date of [...new Set(lines.map((l) => String(l.date)))].sort()) {
      const closed = await closedReason(trx, date);
      if (closed) throw new AppError('PERIOD_LOCKED', `${closed}: a match with a line dated ${date} cannot be undone`, { date });
    }
    const now = call.clock.now().toISOString();
    await releaseMatch(trx, match.id, call.actor.label, now, reason ?? null);
    await recordAudit(trx, call.clock, call.actor, {
      action: 'banking.match.unmatched',
      targetType: 'bank_match',
      targetId: match.id,
      summary: { bankAccount: account.name, total: money(BigInt(match.bank_total)), reason: reason ?? null, lines: lines.length },
    });
    return presentMatch({ ...match, status: 'unmatched', unmatched_by: call.actor.label, unmatched_at: now }, lines, money);
  });
}
