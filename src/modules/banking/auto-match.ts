import type { CompanyDb } from '../../platform/db/company-scope.ts';
import { acceptProposals } from './accept-proposals.ts';
import { bankAccountOf } from './bank-account-of.ts';
import type { BankingCall } from './banking-call.ts';
import type { AutoMatchResult } from './matching.schemas.ts';
import { findProposals } from './propose-matches.ts';

export const DEFAULT_AUTO_SCORE = 85;

/**
 * Confirm every proposal scoring at least `minScore` (default 85: exact amount within two days, or
 * with a shared reference), set-based (`acceptProposals`: a batch checked and written in a few
 * statements). Proposals with a ledger line in a closed period are skipped (`periodLocked`), as are
 * those with a line another confirmation matched meanwhile (`conflicts`).
 */
export async function autoMatch(
  db: CompanyDb,
  call: BankingCall,
  bankAccountId: string,
  opts: { minScore?: number; windowDays?: number } = {},
): Promise<AutoMatchResult> {
  const minScore = opts.minScore ?? DEFAULT_AUTO_SCORE;
  const { account } = await bankAccountOf(db, bankAccountId);
  const { proposals, bank, ledger, money } = await findProposals(db, bankAccountId, { windowDays: opts.windowDays ?? 3 });
  const good = proposals.filter((p) => p.score >= minScore);
  const done = await acceptProposals(db, call, { bankAccountId: account.id, bankAccountName: account.name, proposals: good, bank, ledger, money });
  return { confirmed: done.confirmed, conflicts: done.conflicts, belowScore: proposals.length - good.length, periodLocked: done.periodLocked };
}
