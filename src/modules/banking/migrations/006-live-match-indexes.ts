import { type Kysely, type Migration, sql } from 'kysely';

/**
 * The match-line indexes hold standing lines only (partial, `live is not null`). Before, every match
 * line sat in both once-indexes (a ledger-side line under a NULL bank line id and the reverse) and in
 * the dates index, whatever its `live`; making a match live rewrote three index entries a line, and
 * writing it not live first added three more. Now a line enters each index it belongs to when it is
 * made live and leaves when released. "At most once" is unchanged: unique (company, bank line) among
 * standing bank-side lines, unique (company, ledger line) among standing ledger-side lines. Queries
 * filter `live = ?`, which implies `live is not null`, so both dialects use the partial indexes.
 */
export const liveMatchIndexesMigration: Migration = {
  // biome-ignore lint/suspicious/noExplicitAny: migrations run before the typed schema exists
  async up(db: Kysely<any>) {
    for (const name of ['bank_match_line_bank_once', 'bank_match_line_ledger_once', 'bank_match_line_dates']) await db.schema.dropIndex(name).execute();
    await db.schema
      .createIndex('bank_match_line_bank_once')
      .unique()
      .on('bank_match_line')
      .columns(['company_id', 'bank_line_id'])
      .where(sql<boolean>`live is not null and bank_line_id is not null`)
      .execute();
    await db.schema
      .createIndex('bank_match_line_ledger_once')
      .unique()
      .on('bank_match_line')
      .columns(['company_id', 'ledger_line_id'])
      .where(sql<boolean>`live is not null and ledger_line_id is not null`)
      .execute();
    await db.schema
      .createIndex('bank_match_line_dates')
      .on('bank_match_line')
      .columns(['company_id', 'bank_account_id', 'side', 'date'])
      .where(sql<boolean>`live is not null`)
      .execute();
  },
};
