import type { CompanyDb } from '../../platform/db/company-scope.ts';
import { inTransaction } from '../../platform/db/transaction.ts';
import { AppError } from '../../platform/errors.ts';
import { bankAccountOf } from './bank-account-of.ts';
import type { BankingCall } from './banking-call.ts';
import { bankLinesByIds, standingMatchLines } from './matching.repository.ts';
import type { PostBankLineInput } from './matching.schemas.ts';
import { postLineAndMatch } from './post-line-and-match.ts';
import { checkDimensions } from './rule-dimensions.ts';

/**
 * "Create an entry from a bank line": post the unmatched statement line against an account (a one-off
 * rule) and match it, in one transaction. The line is looked up first, so another company's id is
 * NOT_FOUND whatever the body says.
 */
export async function postBankLine(
  db: CompanyDb,
  call: BankingCall,
  bankLineId: string,
  input: PostBankLineInput,
): Promise<{ entryId: string; matchId: string }> {
  return inTransaction(db, async (trx) => {
    const [line] = await bankLinesByIds(trx, [bankLineId]);
    if (!line) throw new AppError('NOT_FOUND', 'No such statement line');
    const { account, money } = await bankAccountOf(trx, line.bank_account_id);
    const issues: { path: string; message: string }[] = [];
    if (!input.accountId) issues.push({ path: 'accountId', message: 'Required: the account to post against' });
    if (!input.journalId) issues.push({ path: 'journalId', message: 'Required: the journal to post in' });
    if (input.accountId === account.ledger_account_id) issues.push({ path: 'accountId', message: 'The bank account cannot be posted against itself' });
    const dimensions = await checkDimensions(trx, input.dimensions, issues);
    if (issues.length) throw new AppError('VALIDATION', 'The entry cannot be posted', issues);
    if ((await standingMatchLines(trx, [line.id], [])).length) throw new AppError('CONFLICT', 'The statement line is already matched');
    return postLineAndMatch(trx, call, { id: account.id, ledgerAccountId: account.ledger_account_id, currency: account.currency }, line, money, {
      accountId: input.accountId as string,
      journalId: input.journalId as string,
      memo: input.memo ?? null,
      dimensions,
    });
  });
}
