import type { CompanyDb } from '../../platform/db/company-scope.ts';
import { newId } from '../../platform/ids.ts';
import type { MinorLine } from './journal-entry.ts';
import type { EntryTable, LineTable } from './ledger.tables.ts';
import { typed } from './ledger-db.ts';

export const findEntry = (db: CompanyDb, id: string) => typed(db).selectFrom('ledger_entry').selectAll().where('id', '=', id).executeTakeFirst();

export async function insertEntry(db: CompanyDb, row: Omit<EntryTable, 'company_id'>) {
  await typed(db)
    .insertInto('ledger_entry')
    .values(row as EntryTable)
    .execute();
}

/**
 * Take hold of a draft for a change: the UPDATE succeeds only while it is a draft, and locks its row
 * until the transaction ends, so an edit and a posting of the same draft never interleave.
 */
export function claimDraft(db: CompanyDb, id: string, now: string) {
  return typed(db).updateTable('ledger_entry').set({ updated_at: now }).where('id', '=', id).where('status', '=', 'draft').returningAll().executeTakeFirst();
}

export async function updateDraftRow(db: CompanyDb, id: string, set: Partial<EntryTable>) {
  await typed(db).updateTable('ledger_entry').set(set).where('id', '=', id).where('status', '=', 'draft').execute();
}

export async function deleteDraftRow(db: CompanyDb, id: string) {
  await typed(db).deleteFrom('ledger_entry').where('id', '=', id).where('status', '=', 'draft').execute();
}

type StoredLine = Pick<LineTable, 'account_id' | 'currency' | 'amount' | 'base_amount' | 'rate' | 'memo' | 'dim1_id' | 'dim2_id' | 'dim3_id'>;

export const toMinorLine = (r: StoredLine): MinorLine => ({
  accountId: r.account_id,
  currency: r.currency,
  amount: BigInt(r.amount),
  baseAmount: BigInt(r.base_amount),
  rate: r.rate,
  memo: r.memo,
  dims: [r.dim1_id ?? null, r.dim2_id ?? null, r.dim3_id ?? null],
});

/** The lines of an entry in order: from `ledger_line` once posted, from `ledger_draft_line` before. */
export async function entryLines(db: CompanyDb, entry: Pick<EntryTable, 'id' | 'status'>): Promise<MinorLine[]> {
  const table = entry.status === 'posted' ? 'ledger_line' : 'ledger_draft_line';
  const rows = await typed(db).selectFrom(table).selectAll().where('entry_id', '=', entry.id).orderBy('line_no').execute();
  return rows.map(toMinorLine);
}

const lineRows = (entryId: string, lines: MinorLine[]) =>
  lines.map((l, i) => ({
    id: newId(),
    entry_id: entryId,
    line_no: BigInt(i + 1),
    account_id: l.accountId,
    currency: l.currency,
    amount: l.amount,
    base_amount: l.baseAmount,
    rate: l.rate,
    memo: l.memo,
    dim1_id: l.dims?.[0] ?? null,
    dim2_id: l.dims?.[1] ?? null,
    dim3_id: l.dims?.[2] ?? null,
  }));

export async function replaceDraftLines(db: CompanyDb, entryId: string, lines: MinorLine[]) {
  await typed(db).deleteFrom('ledger_draft_line').where('entry_id', '=', entryId).execute();
  if (lines.length)
    await typed(db)
      .insertInto('ledger_draft_line')
      .values(lineRows(entryId, lines) as never)
      .execute();
}

/** Write the posted lines (the entry is still a draft at this point; the trigger refuses lines added later). */
export async function insertPostedLines(db: CompanyDb, entryId: string, date: string, lines: MinorLine[]) {
  await typed(db)
    .insertInto('ledger_line')
    .values(lineRows(entryId, lines).map((r) => ({ ...r, entry_date: date })) as never)
    .execute();
}

/** The final write of a posting; after it the triggers refuse any change to the entry. */
export async function markPosted(db: CompanyDb, id: string, set: Partial<EntryTable>) {
  await typed(db)
    .updateTable('ledger_entry')
    .set({ ...set, status: 'posted' })
    .where('id', '=', id)
    .where('status', '=', 'draft')
    .execute();
}

export const findByIdempotencyKey = (db: CompanyDb, key: string) =>
  typed(db).selectFrom('ledger_entry').selectAll().where('idempotency_key', '=', key).executeTakeFirst();

export const findReversalOf = (db: CompanyDb, id: string) =>
  typed(db).selectFrom('ledger_entry').select(['id', 'number']).where('reverses_entry_id', '=', id).executeTakeFirst();
