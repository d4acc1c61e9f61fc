import { recordAudit } from '../../platform/audit/record-audit.ts';
import type { CompanyDb } from '../../platform/db/company-scope.ts';
import { inTransaction } from '../../platform/db/transaction.ts';
import { AppError } from '../../platform/errors.ts';
import { newId } from '../../platform/ids.ts';
import { bankAccountOf } from './bank-account-of.ts';
import type { BankingCall } from './banking-call.ts';
import { type RuleInput, type RuleView, ruleInputSchema } from './matching.schemas.ts';
import { presentRule } from './present-rule.ts';
import { checkRule } from './rule-checks.ts';
import { findRuleByName, insertRule } from './rules.repository.ts';

/** A matching rule of a bank account: which lines it takes, and the account, dimensions and memo their entries post to. */
export async function createRule(db: CompanyDb, call: BankingCall, input: RuleInput): Promise<RuleView> {
  const r = ruleInputSchema.parse(input);
  return inTransaction(db, async (trx) => {
    const { account, units, money } = await bankAccountOf(trx, r.bankAccountId);
    if (await findRuleByName(trx, account.id, r.name)) throw new AppError('CONFLICT', `A rule named ${r.name} exists`, { field: 'name' });
    const { min, max, dimensions } = await checkRule(
      trx,
      { ledgerAccountId: account.ledger_account_id, units },
      {
        textContains: r.textContains ?? null,
        textPattern: r.textPattern ?? null,
        minAmount: r.minAmount ?? null,
        maxAmount: r.maxAmount ?? null,
        accountId: r.accountId,
        dimensions: r.dimensions ?? [],
      },
    );
    const row = {
      id: newId(),
      bank_account_id: account.id,
      name: r.name,
      text_contains: r.textContains ?? null,
      text_pattern: r.textPattern ?? null,
      min_amount: min,
      max_amount: max,
      account_id: r.accountId,
      journal_id: r.journalId,
      memo: r.memo ?? null,
      priority: BigInt(r.priority ?? 100),
      active: 1n,
      dimensions: dimensions.length ? JSON.stringify(dimensions) : null,
      created_by: call.actor.label,
      created_at: call.clock.now().toISOString(),
    };
    await insertRule(trx, row);
    await recordAudit(trx, call.clock, call.actor, {
      action: 'banking.rule.created',
      targetType: 'bank_rule',
      targetId: row.id,
      summary: { name: r.name, bankAccount: account.name },
    });
    return presentRule({ ...row, company_id: '' }, money);
  });
}
