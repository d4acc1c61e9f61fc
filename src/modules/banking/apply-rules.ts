import type { CompanyDb } from '../../platform/db/company-scope.ts';
import { inTransaction } from '../../platform/db/transaction.ts';
import { AppError } from '../../platform/errors.ts';
import { bankAccountOf } from './bank-account-of.ts';
import type { BankingCall } from './banking-call.ts';
import { unmatchedBankLines } from './matching.repository.ts';
import type { ApplyRulesResult } from './matching.schemas.ts';
import { postLineAndMatch } from './post-line-and-match.ts';
import { bankText } from './propose-matches.ts';
import { dimensionsOf } from './rule-dimensions.ts';
import { ruleTakes } from './rule-match.ts';
import { listRules } from './rules.repository.ts';

/**
 * Apply a bank account's active rules to its unmatched statement lines (up to `to`): the first rule
 * (by priority) that takes a line posts an entry through the ledger's public posting function — the
 * mirrored bank account against the rule's account, on the line's date, for its amount — and matches
 * the line with the entry's bank-account line. Each line is one transaction: a line the ledger refuses
 * (a closed period, say) is reported and the others carry on. The idempotency key (rule + line)
 * makes a retry after a lost answer create no second entry. `dryRun` says what would apply.
 */
export async function applyRules(
  db: CompanyDb,
  call: BankingCall,
  bankAccountId: string,
  opts: { dryRun?: boolean; to?: string } = {},
): Promise<ApplyRulesResult> {
  const { account, money } = await bankAccountOf(db, bankAccountId);
  const rules = await listRules(db, account.id, true);
  const result: ApplyRulesResult = { applied: [], failed: [] };
  if (rules.length === 0) return result;
  for (const line of await unmatchedBankLines(db, account.id, { to: opts.to })) {
    const rule = rules.find((r) => ruleTakes(r, { text: bankText(line), amount: BigInt(line.amount) }));
    if (!rule) continue;
    if (opts.dryRun) {
      result.applied.push({ bankLineId: line.id, ruleId: rule.id, rule: rule.name, entryId: null, matchId: null });
      continue;
    }
    try {
      const done = await inTransaction(db, (trx) =>
        postLineAndMatch(trx, call, { id: account.id, ledgerAccountId: account.ledger_account_id, currency: account.currency }, line, money, {
          accountId: rule.account_id,
          journalId: rule.journal_id,
          memo: rule.memo,
          dimensions: dimensionsOf(rule.dimensions),
          rule,
          idempotencyKey: `bank-rule:${rule.id}:${line.id}`,
        }),
      );
      result.applied.push({ bankLineId: line.id, ruleId: rule.id, rule: rule.name, ...done });
    } catch (err) {
      if (!(err instanceof AppError)) throw err;
      result.failed.push({ bankLineId: line.id, rule: rule.name, message: err.message });
    }
  }
  return result;
}
