import { recordAudit } from '../../platform/audit/record-audit.ts';
import type { CompanyDb } from '../../platform/db/company-scope.ts';
import { inTransaction } from '../../platform/db/transaction.ts';
import { AppError } from '../../platform/errors.ts';
import { bankAccountOf } from './bank-account-of.ts';
import type { BankingCall } from './banking-call.ts';
import type { RuleView } from './matching.schemas.ts';
import { presentRule } from './present-rule.ts';
import { findRule, updateRuleRow } from './rule-changes.repository.ts';
import { checkRule } from './rule-checks.ts';
import { dimensionsOf } from './rule-dimensions.ts';
import { findRuleByName } from './rules.repository.ts';
import type { RulePatch } from './rules.schemas.ts';

/**
 * Change a rule (or deactivate it with `active: false`). The result is checked as a whole, as when
 * it was added. Entries the rule posted before stay as they are. Audited with the changed fields.
 */
export async function updateRule(db: CompanyDb, call: BankingCall, id: string, patch: RulePatch): Promise<RuleView> {
  return inTransaction(db, async (trx) => {
    const rule = await findRule(trx, id);
    if (!rule) throw new AppError('NOT_FOUND', 'No such rule');
    const { account, units, money } = await bankAccountOf(trx, rule.bank_account_id);
    if (patch.name !== undefined && patch.name !== rule.name && (await findRuleByName(trx, account.id, patch.name))) {
      throw new AppError('CONFLICT', `A rule named ${patch.name} exists`, { field: 'name' });
    }
    const pick = <T>(given: T | undefined, kept: T): T => (given === undefined ? kept : given);
    const { min, max, dimensions } = await checkRule(
      trx,
      { ledgerAccountId: account.ledger_account_id, units },
      {
        textContains: pick(patch.textContains, rule.text_contains),
        textPattern: pick(patch.textPattern, rule.text_pattern),
        minAmount: patch.minAmount === undefined ? (rule.min_amount === null ? null : money(BigInt(rule.min_amount))) : patch.minAmount,
        maxAmount: patch.maxAmount === undefined ? (rule.max_amount === null ? null : money(BigInt(rule.max_amount))) : patch.maxAmount,
        accountId: pick(patch.accountId, rule.account_id),
        dimensions: pick(patch.dimensions, dimensionsOf(rule.dimensions)),
      },
    );
    const changes = {
      name: pick(patch.name, rule.name),
      text_contains: pick(patch.textContains, rule.text_contains),
      text_pattern: pick(patch.textPattern, rule.text_pattern),
      min_amount: min,
      max_amount: max,
      account_id: pick(patch.accountId, rule.account_id),
      journal_id: pick(patch.journalId, rule.journal_id),
      memo: pick(patch.memo, rule.memo),
      priority: patch.priority === undefined ? rule.priority : BigInt(patch.priority),
      active: patch.active === undefined ? rule.active : patch.active ? 1n : 0n,
      dimensions: dimensions.length ? JSON.stringify(dimensions) : null,
    };
    await updateRuleRow(trx, id, changes);
    await recordAudit(trx, call.clock, call.actor, {
      action: 'banking.rule.updated',
      targetType: 'bank_rule',
      targetId: id,
      summary: { name: changes.name, fields: Object.keys(patch) },
    });
    return presentRule({ ...rule, ...changes }, money);
  });
}
