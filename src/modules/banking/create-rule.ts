import { recordAudit } from '../../platform/audit/record-audit.ts';
import type { CompanyDb } from '../../platform/db/company-scope.ts';
import { inTransaction } from '../../platform/db/transaction.ts';
import { AppError } from '../../platform/errors.ts';
import { newId } from '../../platform/ids.ts';
import { findAccount, MoneyError, toMinor } from '../ledger/index.ts';
import { bankAccountOf } from './bank-account-of.ts';
import type { BankingCall } from './banking-call.ts';
import { type RuleInput, type RuleView, ruleInputSchema } from './matching.schemas.ts';
import { presentRule } from './present-rule.ts';
import { findRuleByName, insertRule } from './rules.repository.ts';

type Issue = { path: string; message: string };

function amountOf(text: string | undefined, units: number, path: string, issues: Issue[]): bigint | null {
  if (text === undefined) return null;
  try {
    return toMinor(text, units);
  } catch (err) {
    if (!(err instanceof MoneyError)) throw err;
    issues.push({ path, message: err.message });
    return null;
  }
}

/** A matching rule of a bank account: which lines it takes, and the account (and memo) their entries post to. */
export async function createRule(db: CompanyDb, call: BankingCall, input: RuleInput): Promise<RuleView> {
  const r = ruleInputSchema.parse(input);
  return inTransaction(db, async (trx) => {
    const { account, units, money } = await bankAccountOf(trx, r.bankAccountId);
    if (await findRuleByName(trx, account.id, r.name)) throw new AppError('CONFLICT', `A rule named ${r.name} exists`, { field: 'name' });
    const issues: Issue[] = [];
    const min = amountOf(r.minAmount, units, 'minAmount', issues);
    const max = amountOf(r.maxAmount, units, 'maxAmount', issues);
    if (min !== null && max !== null && min > max) issues.push({ path: 'maxAmount', message: 'The range ends before it starts' });
    const target = await findAccount(trx, r.accountId);
    if (!target) issues.push({ path: 'accountId', message: 'No such ledger account' });
    else if (!target.postable || !target.active) issues.push({ path: 'accountId', message: `Account ${target.code} takes no postings` });
    else if (target.id === account.ledger_account_id) issues.push({ path: 'accountId', message: 'The rule would post the bank account against itself' });
    if (issues.length) throw new AppError('VALIDATION', 'The rule is not valid', issues);
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
