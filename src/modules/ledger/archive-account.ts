import { recordAudit } from '../../platform/audit/record-audit.ts';
import type { CompanyDb } from '../../platform/db/company-scope.ts';
import { inTransaction } from '../../platform/db/transaction.ts';
import { AppError } from '../../platform/errors.ts';
import { countChildren, findAccount, nonZeroBalances, presentAccount, updateAccountRow } from './accounts.repository.ts';
import type { AccountView } from './chart.schemas.ts';
import { type LedgerCall, typed } from './ledger-db.ts';
import { refuse } from './refusals.ts';

/**
 * Archive an account: it keeps its history but takes no new lines. Only an account whose balance is
 * zero in every currency, with no draft lines waiting and no active sub-accounts, can be archived.
 */
export async function archiveAccount(db: CompanyDb, call: LedgerCall, id: string): Promise<AccountView> {
  return inTransaction(db, async (trx) => {
    const account = await findAccount(trx, id);
    if (!account) throw new AppError('NOT_FOUND');
    const balances = await nonZeroBalances(trx, id);
    if (balances.length) {
      throw refuse('CONFLICT', 'ledger.archive_balance', { account: account.code }, { currencies: balances.map((b) => b.currency) });
    }
    if ((await countChildren(trx, id, true)) > 0) throw refuse('CONFLICT', 'ledger.archive_children', { account: account.code });
    const draft = await typed(trx).selectFrom('ledger_draft_line').select('id').where('account_id', '=', id).limit(1).executeTakeFirst();
    if (draft) throw refuse('CONFLICT', 'ledger.archive_drafts', { account: account.code });
    const now = call.clock.now().toISOString();
    await updateAccountRow(trx, id, { active: 0, updated_at: now });
    await recordAudit(trx, call.clock, call.actor, {
      action: 'ledger.account.archived',
      targetType: 'ledger_account',
      targetId: id,
      summary: { code: account.code },
    });
    return presentAccount({ ...account, active: 0, updated_at: now });
  });
}
