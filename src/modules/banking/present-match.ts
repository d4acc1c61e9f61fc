import type { BankMatchLineTable, BankMatchTable } from './banking.tables.ts';
import type { MatchView } from './matching.schemas.ts';

export const presentMatch = (
  r: BankMatchTable,
  lines: Pick<BankMatchLineTable, 'side' | 'bank_line_id' | 'ledger_line_id'>[],
  money: (m: bigint) => string,
): MatchView => ({
  id: r.id,
  bankAccountId: r.bank_account_id,
  source: r.source,
  score: r.score === null ? null : Number(r.score),
  reasons: JSON.parse(r.reasons) as string[],
  total: money(BigInt(r.bank_total)),
  status: r.status,
  bankLineIds: lines.filter((l) => l.side === 'bank').map((l) => l.bank_line_id as string),
  ledgerLineIds: lines.filter((l) => l.side === 'ledger').map((l) => l.ledger_line_id as string),
  entryId: r.entry_id,
  ruleId: r.rule_id,
  matchedBy: r.matched_by,
  matchedAt: r.matched_at,
  unmatchedBy: r.unmatched_by,
  unmatchedAt: r.unmatched_at,
});
