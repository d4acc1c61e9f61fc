import { recordAudit } from '../../platform/audit/record-audit.ts';
import type { CompanyDb } from '../../platform/db/company-scope.ts';
import { inTransaction } from '../../platform/db/transaction.ts';
import { AppError } from '../../platform/errors.ts';
import { findAccount, presentAccount, updateAccountRow } from './accounts.repository.ts';
import type { AccountView } from './chart.schemas.ts';
import type { LedgerCall } from './ledger-db.ts';
import { refuse } from './refusals.ts';

/** Bring an archived account back into use (under an active parent). */
export async function unarchiveAccount(db: CompanyDb, call: LedgerCall, id: string): Promise<AccountView> {
  return inTransaction(db, async (trx) => {
    const account = await findAccount(trx, id);
    if (!account) throw new AppError('NOT_FOUND');
    if (account.parent_id) {
      const parent = await findAccount(trx, account.parent_id);
      if (parent && Number(parent.active) !== 1) throw refuse('CONFLICT', 'ledger.unarchive_parent_archived', { account: parent.code });
    }
    const now = call.clock.now().toISOString();
    await updateAccountRow(trx, id, { active: 1, updated_at: now });
    await recordAudit(trx, call.clock, call.actor, {
      action: 'ledger.account.unarchived',
      targetType: 'ledger_account',
      targetId: id,
      summary: { code: account.code },
    });
    return presentAccount({ ...account, active: 1, updated_at: now });
  });
}
