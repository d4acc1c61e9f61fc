import type { Kysely, Migration } from 'kysely';
import { companyTable, types } from '../../../platform/db/schema.ts';

/**
 * An import of entries from a file: uploaded in chunks, then run by the job queue, which records its
 * progress here (each batch's count commits with the batch) so any server process can answer "how far".
 */
export const importsMigration: Migration = {
  // biome-ignore lint/suspicious/noExplicitAny: migrations run before the typed schema exists
  async up(db: Kysely<any>) {
    const t = types(db);
    await companyTable(db, 'ledger_import')
      .addColumn('format', t.text, (c) => c.notNull())
      .addColumn('file_name', t.text, (c) => c.notNull())
      .addColumn('bytes', t.int, (c) => c.notNull())
      .addColumn('status', t.text, (c) => c.notNull())
      .addColumn('job_id', t.id)
      .addColumn('file_hash', t.text)
      .addColumn('rows_read', t.int, (c) => c.notNull())
      .addColumn('entries_total', t.int, (c) => c.notNull())
      .addColumn('entries_posted', t.int, (c) => c.notNull())
      .addColumn('entries_skipped', t.int, (c) => c.notNull())
      .addColumn('error_count', t.int, (c) => c.notNull())
      .addColumn('errors', t.json, (c) => c.notNull())
      .addColumn('created_by', t.id)
      .addColumn('created_label', t.text, (c) => c.notNull())
      .addColumn('created_at', t.instant, (c) => c.notNull())
      .addColumn('updated_at', t.instant, (c) => c.notNull())
      .addColumn('finished_at', t.instant)
      .execute();
    await db.schema.createIndex('ledger_import_company').on('ledger_import').columns(['company_id', 'created_at']).execute();
  },
};
