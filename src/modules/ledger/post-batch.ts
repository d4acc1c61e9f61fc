import { recordAudit } from '../../platform/audit/record-audit.ts';
import type { CompanyDb } from '../../platform/db/company-scope.ts';
import { inTransaction } from '../../platform/db/transaction.ts';
import { AppError } from '../../platform/errors.ts';
import { accountFacts } from './accounts.repository.ts';
import { addBatchToBalances } from './balances-upsert.ts';
import { claimChainSlots, claimSequences } from './batch-claims.ts';
import { entryInsert, entryRow, lineInsert, lineRow } from './batch-rows.ts';
import type { BatchAudit, BatchEntry, BatchRange, BatchResult } from './batch-types.ts';
import { ROWS_PER_INSERT } from './bulk-insert.ts';
import { minorUnits } from './currencies.repository.ts';
import { dimensionIssues } from './dimension-rules.ts';
import { dimensionValueFacts } from './dimensions.repository.ts';
import { entryHash } from './entry-hash.ts';
import { type ChainPlaces, flipToPosted } from './flip-to-posted.ts';
import { findImbalances, type Issue, lineIssues } from './journal-entry.ts';
import { findJournal, formatNumber } from './journals.repository.ts';
import type { JournalTable } from './ledger.tables.ts';
import type { CompanyFacts, LedgerCall } from './ledger-db.ts';
import { typed } from './ledger-db.ts';
import { newIds } from './new-ids.ts';
import { assertOpenDate } from './period-guard.ts';
import { issueAt } from './refusals.ts';

export { addBatchToBalances } from './balances-upsert.ts';
export type { BatchAudit, BatchEntry, BatchRange, BatchResult } from './batch-types.ts';
export { newIds } from './new-ids.ts';

const chunks = <T>(xs: T[], n: number) => Array.from({ length: Math.ceil(xs.length / n) }, (_, i) => xs.slice(i * n, i * n + n));

/**
 * Post many entries in one transaction with the same rules as `postDraftLines` (posting.ts): every
 * entry has ≥ 2 lines on postable active accounts, balances per currency and in base currency, and
 * is dated in an open period after the lock date; numbers stay gapless per journal and fiscal year,
 * each journal's hash chain grows entry by entry, the kept monthly balances move with the lines.
 * What differs is the cost: numbers and chain slots are claimed once per journal, rows are written
 * with multi-row INSERTs, the balances with one upsert per account, currency and month, and the
 * batch leaves ONE audit event naming its number ranges instead of one per entry. All or none.
 */
export async function postEntriesBatch(db: CompanyDb, call: LedgerCall, company: CompanyFacts, entries: BatchEntry[], audit: BatchAudit): Promise<BatchResult> {
  if (entries.length === 0) return { ids: [], numbers: [], ranges: [] };
  return inTransaction(db, async (trx) => {
    const journals = await loadJournals(trx, entries);
    await checkEntries(trx, company, entries);
    // Lock order as in a single posting: periods → journals (sorted) → counters → balances → audit.
    // A period is a calendar month, so the earliest date of each month answers for all its dates
    // (same period row; a later date is past the lock date when the earliest is).
    const byMonth = new Map<string, number>();
    for (const date of [...new Set(entries.map((e) => e.date))].sort()) {
      if (!byMonth.has(date.slice(0, 7))) byMonth.set(date.slice(0, 7), await assertOpenDate(trx, date, company.fiscalYearStartMonth));
    }
    const fiscalYears = new Map<string, number>();
    for (const e of entries) fiscalYears.set(e.date, byMonth.get(e.date.slice(0, 7)) as number);
    const now = call.clock.now().toISOString();
    const ids = newIds(entries.length);
    const numbers: string[] = new Array(entries.length);
    const rows: unknown[][] = new Array(entries.length);
    const ranges: BatchRange[] = [];
    const places: ChainPlaces[] = [];
    for (const journal of [...journals.values()].sort((a, b) => (a.id < b.id ? -1 : 1))) {
      const mine = entries.map((_e, i) => i).filter((i) => entries[i].journalId === journal.id);
      const chain = await claimChainSlots(trx, journal.id, mine.length);
      places.push({ journalId: journal.id, first: chain.first, last: chain.first + BigInt(mine.length) - 1n });
      const perYear = new Map<number, number[]>();
      for (const i of mine) {
        const fy = fiscalYears.get(entries[i].date) as number;
        const list = perYear.get(fy);
        if (list) list.push(i);
        else perYear.set(fy, [i]);
      }
      const seqOf = new Map<number, bigint>();
      for (const [fy, idx] of [...perYear.entries()].sort(([a], [b]) => a - b)) {
        const last = await claimSequences(trx, journal.id, fy, idx.length);
        const first = last - BigInt(idx.length) + 1n;
        idx.forEach((i, k) => {
          seqOf.set(i, first + BigInt(k));
        });
        ranges.push({ journal: journal.code, fiscalYear: fy, from: formatNumber(journal.prefix, fy, first), to: formatNumber(journal.prefix, fy, last) });
      }
      let prevHash = chain.prevHash;
      mine.forEach((i, k) => {
        const e = entries[i];
        const fy = fiscalYears.get(e.date) as number;
        const seq = seqOf.get(i) as bigint;
        const number = formatNumber(journal.prefix, fy, seq);
        const hash = entryHash(
          { id: ids[i], journalId: journal.id, number, date: e.date, memo: e.memo, reference: e.reference, reversesEntryId: null, lines: e.lines },
          prevHash,
        );
        numbers[i] = number;
        rows[i] = entryRow(ids[i], e, call, now, {
          number,
          fiscal_year: BigInt(fy),
          sequence_no: seq,
          chain_seq: chain.first + BigInt(k),
          hash,
          prev_hash: prevHash,
        });
        prevHash = hash;
      });
      await typed(trx).updateTable('ledger_journal').set({ head_hash: prevHash }).where('id', '=', journal.id).execute();
    }
    // Rows go in as drafts carrying their final number and hash, then the lines (the trigger refuses
    // lines of a posted entry), then one UPDATE per journal flips the batch to posted.
    await entryInsert.run(trx, rows);
    const lineIds = newIds(entries.reduce((n, e) => n + e.lines.length, 0));
    const lineRows: unknown[][] = [];
    let next = 0;
    entries.forEach((e, i) => {
      e.lines.forEach((l, n) => {
        lineRows.push(lineRow(lineIds[next++], ids[i], e.date, n, l));
      });
    });
    await lineInsert.run(trx, lineRows);
    await flipToPosted(trx, places, 'bulk posting');
    await addBatchToBalances(trx, entries);
    await recordAudit(trx, call.clock, call.actor, {
      action: audit.action,
      targetType: audit.targetType,
      targetId: audit.targetId,
      summary: { ...audit.summary, entries: entries.length, ranges },
    });
    return { ids, numbers, ranges };
  });
}

async function loadJournals(trx: CompanyDb, entries: BatchEntry[]): Promise<Map<string, JournalTable>> {
  const journals = new Map<string, JournalTable>();
  for (const id of new Set(entries.map((e) => e.journalId))) {
    const j = await findJournal(trx, id);
    if (!j) throw new AppError('VALIDATION', 'No such journal', [issueAt('journalId', 'ledger.journal_not_found')]);
    if (Number(j.active) !== 1)
      throw new AppError('VALIDATION', 'The journal is inactive', [issueAt('journalId', 'ledger.journal_inactive', { journal: j.code })]);
    journals.set(id, j);
  }
  return journals;
}

/**
 * The per-entry rules of posting.ts, run over the whole batch; every refusal names its entry. The
 * facts (accounts, currencies, dimension values) are read once for the batch; the loop allocates
 * nothing for an entry that passes.
 */
async function checkEntries(trx: CompanyDb, company: CompanyFacts, entries: BatchEntry[]) {
  const accountIds = new Set<string>();
  const currencies = new Set<string>([company.baseCurrency]);
  const dimValues = new Set<string>();
  for (const e of entries) {
    for (const l of e.lines) {
      accountIds.add(l.accountId);
      currencies.add(l.currency);
      if (l.dims) for (const d of l.dims) if (d !== null) dimValues.add(d);
    }
  }
  const accounts = await accountFacts(trx, [...accountIds]);
  const units = await minorUnits(trx, [...currencies]);
  const dims = await dimensionValueFacts(trx, [...dimValues]);
  const unitsOf = (c: string) => units.get(c) ?? 2;
  const issues: Issue[] = [];
  const imbalances: Issue[] = [];
  for (let i = 0; i < entries.length; i++) {
    const lines = entries[i].lines;
    const found = lineIssues(lines, accounts);
    const dimFound = dimValues.size ? dimensionIssues(lines, dims) : [];
    const unbalanced = findImbalances(lines, company.baseCurrency, unitsOf);
    if (found.length + dimFound.length + unbalanced.length === 0) continue;
    const prefix = (x: Issue) => ({ ...x, path: `entries.${i}.${x.path}`, message: `entry ${i}: ${x.message}` });
    issues.push(...found.map(prefix), ...dimFound.map(prefix));
    imbalances.push(...unbalanced.map(prefix));
  }
  if (issues.length) throw new AppError('VALIDATION', 'The batch cannot be posted', issues.slice(0, 100));
  if (imbalances.length)
    throw new AppError(
      'UNBALANCED',
      imbalances
        .map((x) => x.message)
        .slice(0, 10)
        .join('; '),
      imbalances.slice(0, 100),
    );
}

/** Which of these idempotency keys are taken already (a resumed import skips those entries). */
export async function takenIdempotencyKeys(db: CompanyDb, keys: string[]): Promise<Set<string>> {
  const taken = new Set<string>();
  for (const part of chunks(keys, ROWS_PER_INSERT)) {
    const rows = await typed(db).selectFrom('ledger_entry').select('idempotency_key').where('idempotency_key', 'in', part).execute();
    for (const r of rows) if (r.idempotency_key) taken.add(r.idempotency_key);
  }
  return taken;
}
