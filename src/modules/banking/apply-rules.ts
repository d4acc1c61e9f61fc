import type { CompanyDb } from '../../platform/db/company-scope.ts';
import { inTransaction } from '../../platform/db/transaction.ts';
import { AppError } from '../../platform/errors.ts';
import { linesForMatching, postNewEntry } from '../ledger/index.ts';
import { bankAccountOf } from './bank-account-of.ts';
import type { BankLineTable, BankRuleTable } from './banking.tables.ts';
import type { BankingCall } from './banking-call.ts';
import { confirmMatch } from './confirm-match.ts';
import { unmatchedBankLines } from './matching.repository.ts';
import type { ApplyRulesResult } from './matching.schemas.ts';
import { bankText } from './propose-matches.ts';
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
        postAndMatch(trx, call, { id: account.id, ledgerAccountId: account.ledger_account_id, currency: account.currency }, rule, line, money),
      );
      result.applied.push({ bankLineId: line.id, ruleId: rule.id, rule: rule.name, ...done });
    } catch (err) {
      if (!(err instanceof AppError)) throw err;
      result.failed.push({ bankLineId: line.id, rule: rule.name, message: err.message });
    }
  }
  return result;
}

async function postAndMatch(
  trx: CompanyDb,
  call: BankingCall,
  account: { id: string; ledgerAccountId: string; currency: string },
  rule: BankRuleTable,
  line: BankLineTable,
  money: (m: bigint) => string,
) {
  const amount = BigInt(line.amount);
  const size = money(amount < 0n ? -amount : amount);
  const bankSide = amount >= 0n ? { debit: size } : { credit: size };
  const otherSide = amount >= 0n ? { credit: size } : { debit: size };
  const { entry } = await postNewEntry(
    trx,
    call,
    {
      journalId: rule.journal_id,
      date: String(line.booking_date),
      memo: (rule.memo ?? line.text).slice(0, 500),
      reference: (line.bank_ref ?? line.entry_ref ?? undefined)?.slice(0, 100),
      lines: [
        { accountId: account.ledgerAccountId, currency: account.currency, ...bankSide, memo: line.text.slice(0, 500) },
        { accountId: rule.account_id, currency: account.currency, ...otherSide, memo: rule.memo ?? undefined },
      ],
    },
    { idempotencyKey: `bank-rule:${rule.id}:${line.id}` },
  );
  const own = (await linesForMatching(trx, { entryId: entry.id })).find((l) => l.accountId === account.ledgerAccountId && l.amount === amount);
  if (!own) throw new AppError('INTERNAL', `entry ${entry.id} holds no line on the bank account`);
  const match = await confirmMatch(
    trx,
    call,
    { bankAccountId: account.id, bankLineIds: [line.id], ledgerLineIds: [own.lineId] },
    { source: 'rule', score: 100, reasons: [`Rule "${rule.name}" posted entry ${entry.number ?? entry.id}`], ruleId: rule.id, entryId: entry.id },
  );
  return { entryId: entry.id, matchId: match.id };
}
