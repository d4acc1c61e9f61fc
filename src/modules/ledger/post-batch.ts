import { randomBytes } from 'node:crypto';
import { sql } from 'kysely';
import { recordAudit } from '../../platform/audit/record-audit.ts';
import type { CompanyDb } from '../../platform/db/company-scope.ts';
import { inTransaction } from '../../platform/db/transaction.ts';
import { AppError } from '../../platform/errors.ts';
import { newId } from '../../platform/ids.ts';
import { accountFacts } from './accounts.repository.ts';
import { BulkInsert } from './bulk-insert.ts';
import { minorUnits } from './currencies.repository.ts';
import { dimensionIssues, dimIds } from './dimension-rules.ts';
import { dimensionValueFacts } from './dimensions.repository.ts';
import { entryHash } from './entry-hash.ts';
import { monthOf } from './fiscal-calendar.ts';
import { findImbalances, type Issue, lineIssues, type MinorLine } from './journal-entry.ts';
import { findJournal, formatNumber } from './journals.repository.ts';
import type { JournalTable } from './ledger.tables.ts';
import type { CompanyFacts, LedgerCall } from './ledger-db.ts';
import { typed } from './ledger-db.ts';
import { assertOpenDate } from './period-guard.ts';
import { issueAt } from './refusals.ts';

/** One entry to post in a batch: already in minor units (the importer resolved codes and amounts). */
export interface BatchEntry {
  journalId: string;
  date: string;
  memo: string | null;
  reference: string | null;
  lines: MinorLine[];
  /** Unique per company; a batch holding a key that exists already is refused as a whole. */
  idempotencyKey?: string | null;
  requestHash?: string | null;
}

export interface BatchRange {
  journal: string;
  fiscalYear: number;
  from: string;
  to: string;
}

export interface BatchResult {
  ids: string[];
  numbers: string[];
  /** Per journal and fiscal year, the contiguous run of numbers the batch took. */
  ranges: BatchRange[];
}

export interface BatchAudit {
  action: string;
  targetType: string;
  targetId: string;
  summary?: Record<string, unknown>;
}

// SQLite binds at most 32,766 parameters per statement; rows per INSERT stay well under that.
const ROWS_PER_INSERT = 1000;
/**
 * `n` UUIDv7 ids (the format of platform/ids.ts: 48-bit time, version 7, variant, 74 random bits)
 * from one call for random bytes: an import makes several ids per entry, and one call per id was a
 * measurable share of its time.
 */
export function newIds(n: number, now = Date.now()): string[] {
  const b = randomBytes(16 * n);
  const ms = BigInt(now);
  const out: string[] = new Array(n);
  for (let i = 0, o = 0; i < n; i++, o += 16) {
    for (let k = 0; k < 6; k++) b[o + k] = Number((ms >> BigInt(8 * (5 - k))) & 0xffn);
    b[o + 6] = (b[o + 6] & 0x0f) | 0x70;
    b[o + 8] = (b[o + 8] & 0x3f) | 0x80;
    const h = b.toString('hex', o, o + 16);
    out[i] = `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
  }
  return out;
}

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
    const fiscalYears = new Map<string, number>();
    for (const date of [...new Set(entries.map((e) => e.date))].sort()) {
      fiscalYears.set(date, await assertOpenDate(trx, date, company.fiscalYearStartMonth));
    }
    const now = call.clock.now().toISOString();
    const ids = newIds(entries.length);
    const numbers: string[] = new Array(entries.length);
    const rows: unknown[][] = new Array(entries.length);
    const ranges: BatchRange[] = [];
    for (const journal of [...journals.values()].sort((a, b) => (a.id < b.id ? -1 : 1))) {
      const mine = entries.map((_e, i) => i).filter((i) => entries[i].journalId === journal.id);
      const chain = await claimChainSlots(trx, journal.id, mine.length);
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
    // lines of a posted entry), then one UPDATE per chunk flips the batch to posted.
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
    for (const part of chunks(ids, ROWS_PER_INSERT)) {
      await typed(trx).updateTable('ledger_entry').set({ status: 'posted' }).where('id', 'in', part).where('status', '=', 'draft').execute();
    }
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

/** The per-entry rules of posting.ts, run over the whole batch; every refusal names its entry. */
async function checkEntries(trx: CompanyDb, company: CompanyFacts, entries: BatchEntry[]) {
  const accounts = await accountFacts(
    trx,
    entries.flatMap((e) => e.lines.map((l) => l.accountId)),
  );
  const units = await minorUnits(trx, [company.baseCurrency, ...new Set(entries.flatMap((e) => e.lines.map((l) => l.currency)))]);
  const dims = await dimensionValueFacts(
    trx,
    entries.flatMap((e) => dimIds(e.lines)),
  );
  const issues: Issue[] = [];
  const imbalances: Issue[] = [];
  entries.forEach((e, i) => {
    const prefix = (x: Issue) => ({ ...x, path: `entries.${i}.${x.path}`, message: `entry ${i}: ${x.message}` });
    issues.push(...lineIssues(e.lines, accounts).map(prefix));
    issues.push(...dimensionIssues(e.lines, dims).map(prefix));
    imbalances.push(...findImbalances(e.lines, company.baseCurrency, (c) => units.get(c) ?? 2).map(prefix));
  });
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

/** Take `n` consecutive places in the journal's chain; the UPDATE locks the journal row. */
async function claimChainSlots(trx: CompanyDb, journalId: string, n: number) {
  const row = await typed(trx)
    .updateTable('ledger_journal')
    .set({ chain_length: sql`chain_length + ${BigInt(n)}` })
    .where('id', '=', journalId)
    .returning(['chain_length', 'head_hash'])
    .executeTakeFirstOrThrow();
  return { first: BigInt(row.chain_length) - BigInt(n) + 1n, prevHash: row.head_hash };
}

/** Advance the journal's counter for the fiscal year by `n`; returns the last number taken. */
async function claimSequences(trx: CompanyDb, journalId: string, fiscalYear: number, n: number): Promise<bigint> {
  const row = await typed(trx)
    .insertInto('ledger_sequence')
    .values({ id: newId(), journal_id: journalId, fiscal_year: BigInt(fiscalYear), last_value: BigInt(n) } as never)
    .onConflict((oc) =>
      oc.columns(['company_id', 'journal_id', 'fiscal_year']).doUpdateSet({ last_value: sql`ledger_sequence.last_value + excluded.last_value` }),
    )
    .returning('last_value')
    .executeTakeFirstOrThrow();
  return BigInt(row.last_value);
}

const ENTRY_COLUMNS = [
  'id',
  'journal_id',
  'status',
  'date',
  'memo',
  'reference',
  'author_id',
  'author_label',
  'poster_id',
  'poster_label',
  'posted_at',
  'idempotency_key',
  'request_hash',
  'reverses_entry_id',
  'created_at',
  'updated_at',
  'number',
  'fiscal_year',
  'sequence_no',
  'chain_seq',
  'hash',
  'prev_hash',
] as const;
const entryInsert = new BulkInsert(
  ENTRY_COLUMNS,
  (db, values) =>
    typed(db)
      .insertInto('ledger_entry')
      .values(values as never),
  ROWS_PER_INSERT / 20,
);

interface PostedFields {
  number: string;
  fiscal_year: bigint;
  sequence_no: bigint;
  chain_seq: bigint;
  hash: string;
  prev_hash: string;
}

/** An entry row in ENTRY_COLUMNS order, still a draft (the batch flips it once its lines are in). */
function entryRow(id: string, e: BatchEntry, call: LedgerCall, now: string, p: PostedFields): unknown[] {
  const { userId, label } = call.actor;
  return [
    id,
    e.journalId,
    'draft',
    e.date,
    e.memo,
    e.reference,
    userId,
    label,
    userId,
    label,
    now,
    e.idempotencyKey ?? null,
    e.requestHash ?? null,
    null,
    now,
    now,
    p.number,
    p.fiscal_year,
    p.sequence_no,
    p.chain_seq,
    p.hash,
    p.prev_hash,
  ];
}

const LINE_COLUMNS = [
  'id',
  'entry_id',
  'line_no',
  'account_id',
  'currency',
  'amount',
  'base_amount',
  'rate',
  'memo',
  'dim1_id',
  'dim2_id',
  'dim3_id',
  'entry_date',
] as const;
const lineInsert = new BulkInsert(
  LINE_COLUMNS,
  (db, values) =>
    typed(db)
      .insertInto('ledger_line')
      .values(values as never),
  ROWS_PER_INSERT / 10,
);

/** A posted line in LINE_COLUMNS order. */
const lineRow = (id: string, entryId: string, date: string, n: number, l: MinorLine): unknown[] => [
  id,
  entryId,
  BigInt(n + 1),
  l.accountId,
  l.currency,
  l.amount,
  l.baseAmount,
  l.rate,
  l.memo,
  l.dims?.[0] ?? null,
  l.dims?.[1] ?? null,
  l.dims?.[2] ?? null,
  date,
];

/**
 * The lines summed per account, currency, month and dimension set (`ledger_balance`) and per day
 * (`ledger_balance_day`), each upserted in key order — months first, then days — so concurrent
 * postings take balance rows in one order (no deadlocks). Every posting adds its lines here: a single
 * posting, a group commit, a bulk batch.
 */
export async function addBatchToBalances(trx: CompanyDb, entries: Pick<BatchEntry, 'date' | 'lines'>[]) {
  const months = new Map<string, unknown[]>();
  const days = new Map<string, unknown[]>();
  const add = (into: Map<string, unknown[]>, when: string, l: MinorLine) => {
    const dim1 = l.dims?.[0] ?? '';
    const dim2 = l.dims?.[1] ?? '';
    const dim3 = l.dims?.[2] ?? '';
    const key = `${l.accountId}|${l.currency}|${when}|${dim1}|${dim2}|${dim3}`;
    const row = into.get(key);
    if (row) {
      row[7] = (row[7] as bigint) + l.amount;
      row[8] = (row[8] as bigint) + l.baseAmount;
    } else into.set(key, ['', l.accountId, l.currency, when, dim1, dim2, dim3, l.amount, l.baseAmount]);
  };
  for (const e of entries) {
    const month = monthOf(e.date);
    for (const l of e.lines) {
      add(months, month, l);
      add(days, e.date, l);
    }
  }
  for (const [sums, upsert] of [
    [months, monthUpsert],
    [days, dayUpsert],
  ] as const) {
    const ids = newIds(sums.size);
    const rows = [...sums.keys()].sort().map((k, i) => {
      const row = sums.get(k) as unknown[];
      row[0] = ids[i];
      return row;
    });
    await upsert.run(trx, rows);
  }
}

/** `ledger_balance` (period = month) or `ledger_balance_day` (day): add to the row of the key, or create it. */
const balanceUpsert = (table: 'ledger_balance' | 'ledger_balance_day', when: 'period' | 'day') =>
  new BulkInsert(
    ['id', 'account_id', 'currency', when, 'dim1_id', 'dim2_id', 'dim3_id', 'amount', 'base_amount'],
    (db, values) =>
      typed(db)
        .insertInto(table)
        .values(values as never)
        .onConflict((oc) =>
          oc.columns(['company_id', 'account_id', 'currency', when, 'dim1_id', 'dim2_id', 'dim3_id']).doUpdateSet({
            amount: sql`${sql.ref(`${table}.amount`)} + excluded.amount`,
            base_amount: sql`${sql.ref(`${table}.base_amount`)} + excluded.base_amount`,
          }),
        ),
    ROWS_PER_INSERT / 10,
  );
const monthUpsert = balanceUpsert('ledger_balance', 'period');
const dayUpsert = balanceUpsert('ledger_balance_day', 'day');

/** Which of these idempotency keys are taken already (a resumed import skips those entries). */
export async function takenIdempotencyKeys(db: CompanyDb, keys: string[]): Promise<Set<string>> {
  const taken = new Set<string>();
  for (const part of chunks(keys, ROWS_PER_INSERT)) {
    const rows = await typed(db).selectFrom('ledger_entry').select('idempotency_key').where('idempotency_key', 'in', part).execute();
    for (const r of rows) if (r.idempotency_key) taken.add(r.idempotency_key);
  }
  return taken;
}
