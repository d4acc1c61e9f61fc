import type { BankRuleTable } from './banking.tables.ts';
import type { RuleView } from './matching.schemas.ts';
import { dimensionsOf } from './rule-dimensions.ts';

export const presentRule = (r: BankRuleTable, money: (m: bigint) => string): RuleView => ({
  id: r.id,
  bankAccountId: r.bank_account_id,
  name: r.name,
  textContains: r.text_contains,
  textPattern: r.text_pattern,
  minAmount: r.min_amount === null ? null : money(BigInt(r.min_amount)),
  maxAmount: r.max_amount === null ? null : money(BigInt(r.max_amount)),
  accountId: r.account_id,
  journalId: r.journal_id,
  memo: r.memo,
  priority: Number(r.priority),
  active: Number(r.active) === 1,
  dimensions: dimensionsOf(r.dimensions),
});
