import type { CompanyDb } from '../../platform/db/company-scope.ts';
import { accountLinesToMatch, type LineForMatching, type LineToMatch, linesForMatching } from '../ledger/index.ts';
import { bankAccountOf } from './bank-account-of.ts';
import type { BankLineTable } from './banking.tables.ts';
import { addDays, type EngineLines, type Proposal, proposeMatchesOf } from './match-engine.ts';
import { type BankLineForMatching, bankLinesByIds, matchedLedgerLineIds, unmatchedLinesForMatching } from './matching.repository.ts';
import type { ProposalsQuery, ProposalsView } from './matching.schemas.ts';

/** A statement line's searchable text (the matcher's reads join the same columns in SQL: `search`). */
export const bankText = (b: Pick<BankLineTable, 'text' | 'bank_ref' | 'entry_ref' | 'end_to_end_id' | 'counterparty'>) =>
  [b.text, b.bank_ref, b.entry_ref, b.end_to_end_id, b.counterparty].filter(Boolean).join(' ');
export const ledgerText = (l: LineForMatching) => [l.number, l.reference, l.entryMemo, l.memo].filter(Boolean).join(' ');

/**
 * What the engine proposes for one bank account, with the unmatched lines it read (every line of
 * each proposal among them): what it searched on, with the amounts and dates a confirmation writes.
 */
export interface Proposed {
  proposals: Proposal[];
  bank: Map<string, BankLineForMatching>;
  ledger: Map<string, LineToMatch>;
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
  // two independent reads (on PostgreSQL, two connections at once unless in a transaction)
  const [matched, read] = await Promise.all([
    matchedLedgerLineIds(db, account.ledger_account_id, from, to),
    accountLinesToMatch(db, { accountId: account.ledger_account_id, currency: account.currency, from, to }),
  ]);
  const ledgerRows = matched.size === 0 ? read : read.filter((l) => !matched.has(l.lineId));
  // the engine reads columns; the rows themselves stay the lines of the proposals (one object a line, the driver's)
  const bankLines = columns(
    bankRows,
    (b) => b.id,
    (b) => String(b.booking_date),
    (b) => BigInt(b.amount),
    (b) => b.search,
  );
  const ledgerLines = columns(
    ledgerRows,
    (l) => l.lineId,
    (l) => l.date,
    (l) => l.amount,
    (l) => l.text,
  );
  const proposals = proposeMatchesOf(bankLines, ledgerLines, { windowDays: q.windowDays, maxGroup: 3, groupCandidates: 12, money });
  const bank = new Map<string, BankLineForMatching>();
  for (const b of bankRows) bank.set(b.id, b);
  const ledger = new Map<string, LineToMatch>();
  for (const l of ledgerRows) ledger.set(l.lineId, l);
  return { proposals, bank, ledger, money };
}

/** Rows as the engine's columns. */
function columns<R>(rows: R[], id: (r: R) => string, date: (r: R) => string, amount: (r: R) => bigint, text: (r: R) => string): EngineLines {
  const n = rows.length;
  const c = { id: new Array<string>(n), date: new Array<string>(n), amount: new Array<bigint>(n), text: new Array<string>(n) };
  for (let i = 0; i < n; i++) {
    const r = rows[i];
    c.id[i] = id(r);
    c.date[i] = date(r);
    c.amount[i] = amount(r);
    c.text[i] = text(r);
  }
  return c;
}

/** Proposals for the API and CLI: best first, up to `limit`, each with its lines and reasons. */
export async function proposeMatchesFor(db: CompanyDb, bankAccountId: string, q: ProposalsQuery): Promise<ProposalsView> {
  const { proposals, bank, ledger, money } = await findProposals(db, bankAccountId, q);
  const shown = proposals.slice(0, q.limit);
  // what a proposal shows of its lines (statement text; entry, number and memos), read for the lines shown
  const texts = new Map(
    (
      await bankLinesByIds(
        db,
        shown.flatMap((p) => p.bankLineIds),
      )
    ).map((b) => [b.id, b.text]),
  );
  const full = new Map((await linesForMatching(db, { lineIds: shown.flatMap((p) => p.ledgerLineIds) })).map((l) => [l.lineId, l]));
  return {
    bankAccountId,
    windowDays: q.windowDays,
    unmatchedBankLines: bank.size,
    unmatchedLedgerLines: ledger.size,
    total: proposals.length,
    items: shown.map((p) => ({
      kind: p.kind,
      score: p.score,
      reasons: p.reasons,
      bankLines: p.bankLineIds.map((id) => {
        const b = bank.get(id) as BankLineForMatching;
        return { id, date: String(b.booking_date), amount: money(BigInt(b.amount)), text: texts.get(id) as string };
      }),
      ledgerLines: p.ledgerLineIds.map((id) => {
        const l = full.get(id) as LineForMatching;
        return { id, entryId: l.entryId, number: l.number, date: l.date, amount: money(l.amount), text: ledgerText(l) };
      }),
    })),
  };
}
