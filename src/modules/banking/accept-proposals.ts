import { recordAudits } from '../../platform/audit/record-audit.ts';
import type { CompanyDb } from '../../platform/db/company-scope.ts';
import { inTransaction } from '../../platform/db/transaction.ts';
import { AppError } from '../../platform/errors.ts';
import { newIds } from '../../platform/ids.ts';
import type { LineForMatching } from '../ledger/index.ts';
import type { BankMatchLineTable, BankMatchTable } from './banking.tables.ts';
import type { BankingCall } from './banking-call.ts';
import { type InsertPlan, insertMany } from './bulk-insert.ts';
import { closedDates } from './closed-dates.ts';
import type { Proposal } from './match-engine.ts';
import { type BankLineForMatching, makeLive, standingMatchLines } from './matching.repository.ts';

/** Proposals checked and confirmed in one transaction. */
export const ACCEPT_BATCH = 5000;
/** Matches one audit event names (the audit keeps arrays of up to 50). */
const MATCHES_PER_EVENT = 50;
const ATTEMPTS = 3;

const MATCH_COLUMNS = [
  'id',
  'bank_account_id',
  'source',
  'score',
  'reasons',
  'bank_total',
  'ledger_total',
  'rule_id',
  'entry_id',
  'status',
  'matched_by',
  'matched_at',
] as const;
const LINE_COLUMNS = ['id', 'match_id', 'bank_account_id', 'side', 'bank_line_id', 'ledger_line_id', 'amount', 'date', 'live'] as const;
type MatchRow = Pick<BankMatchTable, (typeof MATCH_COLUMNS)[number]>;
type LineRow = Pick<BankMatchLineTable, (typeof LINE_COLUMNS)[number]>;

export interface AcceptInput {
  bankAccountId: string;
  bankAccountName: string;
  proposals: Proposal[];
  bank: Map<string, BankLineForMatching>;
  ledger: Map<string, Pick<LineForMatching, 'date' | 'amount'>>;
  money: (m: bigint) => string;
}

export interface Accepted {
  confirmed: number;
  /** Proposals with a line already in a standing match (another confirmation got there first): skipped. */
  conflicts: number;
  /** Proposals with a ledger line dated on or before the lock date or in a closed period: skipped. */
  periodLocked: number;
  matchIds: string[];
}

const isUnique = (err: unknown) => {
  const e = err as { code?: string };
  return e?.code === '23505' || e?.code === 'SQLITE_CONSTRAINT_UNIQUE';
};

/**
 * Confirm engine proposals set-based, ACCEPT_BATCH to a transaction. Each batch is checked in a few
 * queries — which of its lines already sit in a standing match (the proposal is skipped and counted
 * in `conflicts`; the rest of the batch is confirmed), which ledger dates are closed (skipped, counted
 * in `periodLocked`) — then written in multi-row INSERTs: the matches, their lines not live, one
 * UPDATE making them live (the database checks each match adds up and each line is matched once,
 * migrations 005–007), and one audit event `banking.match.auto-confirmed` per 50 matches naming
 * them. The proposals come from the engine reading this account's lines (the amounts and dates it
 * writes; posted ledger lines never change, a bank-side amount is checked by the database). If a
 * concurrent confirmation commits between check and write (PostgreSQL), the batch fails on the
 * once-index, is rolled back and checked again (up to 3 times, then CONFLICT).
 */
export async function acceptProposals(db: CompanyDb, call: BankingCall, input: AcceptInput): Promise<Accepted> {
  const result: Accepted = { confirmed: 0, conflicts: 0, periodLocked: 0, matchIds: [] };
  const firstDate = (p: Proposal) => input.ledger.get(p.ledgerLineIds[0])?.date ?? '';
  // in date order, so a batch asks the ledger about few distinct dates
  const sorted = [...input.proposals].sort((a, b) => (firstDate(a) < firstDate(b) ? -1 : firstDate(a) > firstDate(b) ? 1 : 0));
  const plans = { match: new Map<number, InsertPlan>(), line: new Map<number, InsertPlan>() };
  const seen = new Set<string>();
  for (let i = 0; i < sorted.length; i += ACCEPT_BATCH) {
    // a line proposed twice (the engine never does) goes to the first proposal only
    const batch: Proposal[] = [];
    for (const p of sorted.slice(i, i + ACCEPT_BATCH)) {
      const ids = [...p.bankLineIds, ...p.ledgerLineIds];
      if (ids.some((id) => seen.has(id))) result.conflicts++;
      else {
        for (const id of ids) seen.add(id);
        batch.push(p);
      }
    }
    for (let attempt = 1; ; attempt++) {
      try {
        const done = await inTransaction(db, (trx) => acceptBatch(trx, call, input, batch, plans));
        result.confirmed += done.matchIds.length;
        result.conflicts += done.conflicts;
        result.periodLocked += done.periodLocked;
        for (const id of done.matchIds) result.matchIds.push(id);
        break;
      } catch (err) {
        if (!isUnique(err)) throw err;
        if (attempt === ATTEMPTS) throw new AppError('CONFLICT', 'Other confirmations kept matching these lines; try again');
      }
    }
  }
  return result;
}

async function acceptBatch(trx: CompanyDb, call: BankingCall, input: AcceptInput, batch: Proposal[], plans: Record<'match' | 'line', Map<number, InsertPlan>>) {
  const taken = new Set(
    await standingMatchLines(
      trx,
      batch.flatMap((p) => p.bankLineIds),
      batch.flatMap((p) => p.ledgerLineIds),
    ),
  );
  const dateOf = (id: string) => (input.ledger.get(id) as Pick<LineForMatching, 'date'>).date;
  const closed = await closedDates(
    trx,
    batch.flatMap((p) => p.ledgerLineIds.map(dateOf)),
  );
  let conflicts = 0;
  let periodLocked = 0;
  const chosen: Proposal[] = [];
  for (const p of batch) {
    if (p.bankLineIds.some((id) => taken.has(id)) || p.ledgerLineIds.some((id) => taken.has(id))) conflicts++;
    else if (p.ledgerLineIds.some((id) => closed.has(dateOf(id)))) periodLocked++;
    else chosen.push(p);
  }
  const matchIds = newIds(chosen.length);
  const lineIds = newIds(chosen.reduce((n, p) => n + p.bankLineIds.length + p.ledgerLineIds.length, 0));
  const at = call.clock.now().toISOString();
  const matches: MatchRow[] = [];
  const lines: LineRow[] = [];
  const totals: bigint[] = [];
  let k = 0;
  for (let m = 0; m < chosen.length; m++) {
    const p = chosen[m];
    const match_id = matchIds[m];
    let bankTotal = 0n;
    let ledgerTotal = 0n;
    for (const id of p.bankLineIds) {
      const b = input.bank.get(id) as BankLineForMatching;
      const amount = BigInt(b.amount);
      bankTotal += amount;
      lines.push({
        id: lineIds[k++],
        match_id,
        bank_account_id: input.bankAccountId,
        side: 'bank',
        bank_line_id: id,
        ledger_line_id: null,
        amount,
        date: String(b.booking_date),
        live: null,
      });
    }
    for (const id of p.ledgerLineIds) {
      const l = input.ledger.get(id) as Pick<LineForMatching, 'date' | 'amount'>;
      ledgerTotal += l.amount;
      lines.push({
        id: lineIds[k++],
        match_id,
        bank_account_id: input.bankAccountId,
        side: 'ledger',
        bank_line_id: null,
        ledger_line_id: id,
        amount: l.amount,
        date: l.date,
        live: null,
      });
    }
    totals.push(bankTotal);
    matches.push({
      id: match_id,
      bank_account_id: input.bankAccountId,
      source: 'auto',
      score: p.score,
      reasons: JSON.stringify(p.reasons),
      bank_total: bankTotal,
      ledger_total: ledgerTotal,
      rule_id: null,
      entry_id: null,
      status: 'matched',
      matched_by: call.actor.label,
      matched_at: at,
    });
  }
  if (chosen.length === 0) return { matchIds, conflicts, periodLocked };
  await insertMany(trx, 'bank_match', [...MATCH_COLUMNS], matches, 500, plans.match);
  await insertMany(trx, 'bank_match_line', [...LINE_COLUMNS], lines, 1000, plans.line);
  await makeLive(trx, matchIds);
  const events = [];
  for (let e = 0; e < chosen.length; e += MATCHES_PER_EVENT) {
    const ids = matchIds.slice(e, e + MATCHES_PER_EVENT);
    const total = totals.slice(e, e + MATCHES_PER_EVENT).reduce((s, t) => s + t, 0n);
    events.push({
      actor: call.actor,
      input: {
        action: 'banking.match.auto-confirmed',
        targetType: 'bank_account',
        targetId: input.bankAccountId,
        summary: { bankAccount: input.bankAccountName, source: 'auto', matches: ids.length, total: input.money(total), matchIds: ids },
      },
    });
  }
  await recordAudits(trx, call.clock, events);
  return { matchIds, conflicts, periodLocked };
}
