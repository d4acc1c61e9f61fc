import { sql } from 'kysely';
import type { CompanyDb } from '../../platform/db/company-scope.ts';
import { newId } from '../../platform/ids.ts';
import type { JournalView } from './chart.schemas.ts';
import type { JournalTable } from './ledger.tables.ts';
import { flag, typed } from './ledger-db.ts';

/** The hash every journal's chain starts from. */
export const GENESIS_HASH = '0'.repeat(64);

export const presentJournal = (j: JournalTable): JournalView => ({
  id: j.id,
  code: j.code,
  nameEn: j.name_en,
  nameAr: j.name_ar,
  kind: j.kind,
  prefix: j.prefix,
  active: flag(j.active),
  entries: Number(j.chain_length),
});

export const listJournals = (db: CompanyDb) => typed(db).selectFrom('ledger_journal').selectAll().orderBy('code').execute();
export const findJournal = (db: CompanyDb, id: string) => typed(db).selectFrom('ledger_journal').selectAll().where('id', '=', id).executeTakeFirst();
export const findJournalByCode = (db: CompanyDb, code: string) =>
  typed(db).selectFrom('ledger_journal').selectAll().where('code', '=', code).executeTakeFirst();

export async function insertJournal(db: CompanyDb, row: Omit<JournalTable, 'company_id'>) {
  await typed(db)
    .insertInto('ledger_journal')
    .values(row as JournalTable)
    .execute();
}

export async function updateJournalRow(db: CompanyDb, id: string, set: Partial<JournalTable>) {
  await typed(db).updateTable('ledger_journal').set(set).where('id', '=', id).execute();
}

/**
 * Take the next place in the journal's hash chain. The UPDATE locks the journal's row until the
 * posting transaction ends, so posters in one journal queue here and each sees the head left by the
 * one before (PostgreSQL re-reads the row after the wait; SQLite has one writer).
 */
export async function claimChainSlot(db: CompanyDb, journalId: string): Promise<{ chainSeq: bigint; prevHash: string }> {
  const row = await typed(db)
    .updateTable('ledger_journal')
    .set({ chain_length: sql`chain_length + 1` })
    .where('id', '=', journalId)
    .returning(['chain_length', 'head_hash'])
    .executeTakeFirstOrThrow();
  return { chainSeq: BigInt(row.chain_length), prevHash: row.head_hash };
}

export async function setChainHead(db: CompanyDb, journalId: string, hash: string) {
  await typed(db).updateTable('ledger_journal').set({ head_hash: hash }).where('id', '=', journalId).execute();
}

/**
 * The next number of a journal in a fiscal year: a counter row advanced inside the posting
 * transaction (never MAX()+1), so a rolled-back posting gives its number back and numbers stay
 * gapless and unique.
 */
export async function nextSequence(db: CompanyDb, journalId: string, fiscalYear: number): Promise<bigint> {
  const row = await typed(db)
    .insertInto('ledger_sequence')
    .values({ id: newId(), journal_id: journalId, fiscal_year: BigInt(fiscalYear), last_value: 1n } as never)
    .onConflict((oc) => oc.columns(['company_id', 'journal_id', 'fiscal_year']).doUpdateSet({ last_value: sql`ledger_sequence.last_value + 1` }))
    .returning('last_value')
    .executeTakeFirstOrThrow();
  return BigInt(row.last_value);
}

export const formatNumber = (prefix: string, fiscalYear: number, seq: bigint) => `${prefix}/${fiscalYear}/${seq.toString().padStart(6, '0')}`;
