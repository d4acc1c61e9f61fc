import type { BatchEntry } from './batch-types.ts';
import { BulkInsert, ROWS_PER_INSERT } from './bulk-insert.ts';
import type { MinorLine } from './journal-entry.ts';
import type { LedgerCall } from './ledger-db.ts';
import { typed } from './ledger-db.ts';

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
export const entryInsert = new BulkInsert(
  ENTRY_COLUMNS,
  (db, values) =>
    typed(db)
      .insertInto('ledger_entry')
      .values(values as never),
  ROWS_PER_INSERT / 20,
);

export interface PostedFields {
  number: string;
  fiscal_year: bigint;
  sequence_no: bigint;
  chain_seq: bigint;
  hash: string;
  prev_hash: string;
}

/** An entry row in ENTRY_COLUMNS order, still a draft (the batch flips it once its lines are in). */
export function entryRow(id: string, e: BatchEntry, call: LedgerCall, now: string, p: PostedFields): unknown[] {
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

export const LINE_COLUMNS = [
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
export const lineInsert = new BulkInsert(
  LINE_COLUMNS,
  (db, values) =>
    typed(db)
      .insertInto('ledger_line')
      .values(values as never),
  ROWS_PER_INSERT / 10,
);

/** A posted line in LINE_COLUMNS order. */
export const lineRow = (id: string, entryId: string, date: string, n: number, l: MinorLine): unknown[] => [
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
