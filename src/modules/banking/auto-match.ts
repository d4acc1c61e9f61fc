import type { CompanyDb } from '../../platform/db/company-scope.ts';
import { AppError } from '../../platform/errors.ts';
import type { BankingCall } from './banking-call.ts';
import { confirmMatch } from './confirm-match.ts';
import type { AutoMatchResult } from './matching.schemas.ts';
import { findProposals } from './propose-matches.ts';

export const DEFAULT_AUTO_SCORE = 85;

/**
 * Confirm every proposal scoring at least `minScore` (default 85: exact amount within two days, or
 * with a shared reference). Each is its own confirmation: one refused because another user matched a
 * line meanwhile (CONFLICT) is counted and skipped, the rest carry on.
 */
export async function autoMatch(
  db: CompanyDb,
  call: BankingCall,
  bankAccountId: string,
  opts: { minScore?: number; windowDays?: number } = {},
): Promise<AutoMatchResult> {
  const minScore = opts.minScore ?? DEFAULT_AUTO_SCORE;
  const { proposals } = await findProposals(db, bankAccountId, { windowDays: opts.windowDays ?? 3 });
  const result = { confirmed: 0, conflicts: 0, belowScore: 0 };
  for (const p of proposals) {
    if (p.score < minScore) {
      result.belowScore++;
      continue;
    }
    try {
      await confirmMatch(
        db,
        call,
        { bankAccountId, bankLineIds: p.bankLineIds, ledgerLineIds: p.ledgerLineIds },
        { source: 'auto', score: p.score, reasons: p.reasons },
      );
      result.confirmed++;
    } catch (err) {
      if (err instanceof AppError && err.code === 'CONFLICT') result.conflicts++;
      else throw err;
    }
  }
  return result;
}
