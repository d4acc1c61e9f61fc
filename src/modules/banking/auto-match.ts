import type { CompanyDb } from '../../platform/db/company-scope.ts';
import { inTransaction } from '../../platform/db/transaction.ts';
import { AppError } from '../../platform/errors.ts';
import type { BankingCall } from './banking-call.ts';
import { closedDates } from './closed-dates.ts';
import { confirmMatch } from './confirm-match.ts';
import type { Proposal } from './match-engine.ts';
import type { AutoMatchResult } from './matching.schemas.ts';
import { findProposals } from './propose-matches.ts';

export const DEFAULT_AUTO_SCORE = 85;
const BATCH = 500;

const confirmOne = (db: CompanyDb, call: BankingCall, bankAccountId: string, p: Proposal) =>
  confirmMatch(db, call, { bankAccountId, bankLineIds: p.bankLineIds, ledgerLineIds: p.ledgerLineIds }, { source: 'auto', score: p.score, reasons: p.reasons });

/**
 * Confirm every proposal scoring at least `minScore` (default 85: exact amount within two days, or
 * with a shared reference), except those with a ledger line in a closed period (counted in
 * `periodLocked`). Proposals are confirmed 500 to a transaction; if one of a batch is refused
 * because another user matched a line meanwhile (CONFLICT), that batch is rolled back and confirmed
 * one by one, counting and skipping the conflicts.
 */
export async function autoMatch(
  db: CompanyDb,
  call: BankingCall,
  bankAccountId: string,
  opts: { minScore?: number; windowDays?: number } = {},
): Promise<AutoMatchResult> {
  const minScore = opts.minScore ?? DEFAULT_AUTO_SCORE;
  const { proposals, ledger } = await findProposals(db, bankAccountId, { windowDays: opts.windowDays ?? 3 });
  const good = proposals.filter((p) => p.score >= minScore);
  // a proposal with a ledger line in a closed period is not confirmed (confirmMatch would refuse it)
  const closed = await closedDates(
    db,
    good.flatMap((p) => p.ledgerLineIds.map((id) => ledger.get(id)?.date ?? '')),
  );
  const chosen = good.filter((p) => !p.ledgerLineIds.some((id) => closed.has(ledger.get(id)?.date ?? '')));
  const result = { confirmed: 0, conflicts: 0, belowScore: proposals.length - good.length, periodLocked: good.length - chosen.length };
  for (let i = 0; i < chosen.length; i += BATCH) {
    const batch = chosen.slice(i, i + BATCH);
    try {
      await inTransaction(db, async (trx) => {
        for (const p of batch) await confirmOne(trx, call, bankAccountId, p);
      });
      result.confirmed += batch.length;
    } catch (err) {
      if (!(err instanceof AppError && err.code === 'CONFLICT')) throw err;
      for (const p of batch) {
        try {
          await confirmOne(db, call, bankAccountId, p);
          result.confirmed++;
        } catch (e) {
          if (e instanceof AppError && e.code === 'CONFLICT') result.conflicts++;
          else throw e;
        }
      }
    }
  }
  return result;
}
