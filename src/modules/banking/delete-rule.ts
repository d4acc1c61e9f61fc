import { recordAudit } from '../../platform/audit/record-audit.ts';
import type { CompanyDb } from '../../platform/db/company-scope.ts';
import { inTransaction } from '../../platform/db/transaction.ts';
import { AppError } from '../../platform/errors.ts';
import { bankAccountOf } from './bank-account-of.ts';
import type { BankingCall } from './banking-call.ts';
import { deleteRuleRow, findRule } from './rule-changes.repository.ts';

/**
 * Delete a rule (audited, with what it was). The matches and entries it made stay: a match keeps the
 * rule's id and its reason names the rule, and the ledger keeps the entries.
 */
export async function deleteRule(db: CompanyDb, call: BankingCall, id: string): Promise<void> {
  await inTransaction(db, async (trx) => {
    const rule = await findRule(trx, id);
    if (!rule) throw new AppError('NOT_FOUND', 'No such rule');
    const { account } = await bankAccountOf(trx, rule.bank_account_id);
    await deleteRuleRow(trx, id);
    await recordAudit(trx, call.clock, call.actor, {
      action: 'banking.rule.deleted',
      targetType: 'bank_rule',
      targetId: id,
      summary: { name: rule.name, bankAccount: account.name, textContains: rule.text_contains, textPattern: rule.text_pattern, accountId: rule.account_id },
    });
  });
}
