import type { CompanyDb } from '../../platform/db/company-scope.ts';
import { AppError } from '../../platform/errors.ts';
import { linesForMatching, postNewEntry } from '../ledger/index.ts';
import type { BankLineTable, BankRuleTable } from './banking.tables.ts';
import type { BankingCall } from './banking-call.ts';
import { refuseClosedDates } from './closed-dates.ts';
import { confirmMatch } from './confirm-match.ts';

export interface PostTarget {
  accountId: string;
  journalId: string;
  memo: string | null;
  /** Ledger dimension value ids for the target account's line. */
  dimensions?: string[];
  /** The rule that chose the target, when a rule did. */
  rule?: Pick<BankRuleTable, 'id' | 'name'>;
  idempotencyKey?: string;
}

/**
 * Post an entry for one statement line through the ledger's public posting function — the mirrored
 * bank account against the target account, on the line's date, for its amount — and match the line
 * with the entry's bank-account line. Runs in the caller's transaction: if the match is refused, the
 * entry goes with it.
 */
export async function postLineAndMatch(
  trx: CompanyDb,
  call: BankingCall,
  account: { id: string; ledgerAccountId: string; currency: string },
  line: BankLineTable,
  money: (m: bigint) => string,
  target: PostTarget,
): Promise<{ entryId: string; matchId: string }> {
  // the entry takes the statement line's date: refused here, before anything is posted, when closed
  await refuseClosedDates(trx, [{ path: 'bankLineId', id: line.id, date: String(line.booking_date) }], 'no entry can be posted on that date');
  const amount = BigInt(line.amount);
  const size = money(amount < 0n ? -amount : amount);
  const bankSide = amount >= 0n ? { debit: size } : { credit: size };
  const otherSide = amount >= 0n ? { credit: size } : { debit: size };
  const { entry } = await postNewEntry(
    trx,
    call,
    {
      journalId: target.journalId,
      date: String(line.booking_date),
      memo: (target.memo ?? line.text).slice(0, 500),
      reference: (line.bank_ref ?? line.entry_ref ?? undefined)?.slice(0, 100),
      lines: [
        { accountId: account.ledgerAccountId, currency: account.currency, ...bankSide, memo: line.text.slice(0, 500) },
        {
          accountId: target.accountId,
          currency: account.currency,
          ...otherSide,
          memo: target.memo ?? undefined,
          ...(target.dimensions?.length ? { dimensions: target.dimensions } : {}),
        },
      ],
    },
    { idempotencyKey: target.idempotencyKey, manual: !target.rule },
  );
  const own = (await linesForMatching(trx, { entryId: entry.id })).find((l) => l.accountId === account.ledgerAccountId && l.amount === amount);
  if (!own) throw new AppError('INTERNAL', `entry ${entry.id} holds no line on the bank account`);
  const match = await confirmMatch(
    trx,
    call,
    { bankAccountId: account.id, bankLineIds: [line.id], ledgerLineIds: [own.lineId] },
    target.rule
      ? {
          source: 'rule',
          score: 100,
          reasons: [`Rule "${target.rule.name}" posted entry ${entry.number ?? entry.id}`],
          ruleId: target.rule.id,
          entryId: entry.id,
        }
      : { source: 'manual', reasons: [`Entry ${entry.number ?? entry.id} posted from the statement line`], entryId: entry.id },
  );
  return { entryId: entry.id, matchId: match.id };
}
