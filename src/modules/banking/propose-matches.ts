import type { CompanyDb } from '../../platform/db/company-scope.ts';
import { type LineForMatching, linesForMatching } from '../ledger/index.ts';
import { bankAccountOf } from './bank-account-of.ts';
import { addDays, type BankSide, type LedgerSide, type Proposal, proposeMatches } from './match-engine.ts';
import { type BankLineForMatching, matchedLedgerLineIds, unmatchedLinesForMatching } from './matching.repository.ts';
import type { ProposalsQuery, ProposalsView } from './matching.schemas.ts';

export const bankText = (b: BankLineForMatching) => [b.text, b.bank_ref, b.entry_ref, b.end_to_end_id, b.counterparty].filter(Boolean).join(' ');
export const ledgerText = (l: LineForMatching) => [l.number, l.reference, l.entryMemo, l.memo].filter(Boolean).join(' ');

/** What the engine proposes for one bank account, with the lines behind each proposal. */
export interface Proposed {
  proposals: Proposal[];
  bank: Map<string, BankLineForMatching>;
  ledger: Map<string, LineForMatching>;
}

/**
 * The unmatched statement lines of a bank account (optionally within dates) and the unmatched ledger
 * lines of its mirrored account in its currency, from the window before the first to the window after
 * the last, run through the engine. Reads only; proposals are confirmed one by one.
 */
export async function findProposals(
  db: CompanyDb,
  bankAccountId: string,
  q: Pick<ProposalsQuery, 'from' | 'to' | 'windowDays'>,
): Promise<Proposed & { money: (m: bigint) => string }> {
  const { account, money } = await bankAccountOf(db, bankAccountId);
  const bankRows = await unmatchedLinesForMatching(db, account.id, { from: q.from, to: q.to });
  if (bankRows.length === 0) return { proposals: [], bank: new Map(), ledger: new Map(), money };
  const from = addDays(String(bankRows[0].booking_date), -q.windowDays);
  const to = addDays(String(bankRows[bankRows.length - 1].booking_date), q.windowDays);
  const matched = await matchedLedgerLineIds(db, from, to);
  const ledgerRows = (await linesForMatching(db, { accountId: account.ledger_account_id, currency: account.currency, from, to })).filter(
    (l) => !matched.has(l.lineId),
  );
  const bank: BankSide[] = bankRows.map((b) => ({ id: b.id, date: String(b.booking_date), amount: BigInt(b.amount), text: bankText(b) }));
  const ledger: LedgerSide[] = ledgerRows.map((l) => ({ id: l.lineId, date: l.date, amount: l.amount, text: ledgerText(l) }));
  const proposals = proposeMatches(bank, ledger, { windowDays: q.windowDays, maxGroup: 3, groupCandidates: 12, money });
  return { proposals, bank: new Map(bankRows.map((b) => [b.id, b])), ledger: new Map(ledgerRows.map((l) => [l.lineId, l])), money };
}

/** Proposals for the API and CLI: best first, up to `limit`, each with its lines and reasons. */
export async function proposeMatchesFor(db: CompanyDb, bankAccountId: string, q: ProposalsQuery): Promise<ProposalsView> {
  const { proposals, bank, ledger, money } = await findProposals(db, bankAccountId, q);
  return {
    bankAccountId,
    windowDays: q.windowDays,
    unmatchedBankLines: bank.size,
    unmatchedLedgerLines: ledger.size,
    total: proposals.length,
    items: proposals.slice(0, q.limit).map((p) => ({
      kind: p.kind,
      score: p.score,
      reasons: p.reasons,
      bankLines: p.bankLineIds.map((id) => {
        const b = bank.get(id) as BankLineForMatching;
        return { id, date: String(b.booking_date), amount: money(BigInt(b.amount)), text: b.text };
      }),
      ledgerLines: p.ledgerLineIds.map((id) => {
        const l = ledger.get(id) as LineForMatching;
        return { id, entryId: l.entryId, number: l.number, date: l.date, amount: money(l.amount), text: ledgerText(l) };
      }),
    })),
  };
}
