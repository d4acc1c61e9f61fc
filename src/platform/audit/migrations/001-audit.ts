import type { Migration } from 'kysely';
import { isPostgres } from '../../db/create-database.ts';
import { makeAppendOnly, types } from '../../db/schema.ts';

export const createAudit: Migration = {
  async up(db) {
    const t = types(db);
    let table = db.schema.createTable('audit_event');
    table = isPostgres(db)
      ? table.addColumn('seq', 'bigint', (c) => c.primaryKey().generatedAlwaysAsIdentity())
      : table.addColumn('seq', 'integer', (c) => c.primaryKey());
    await table
      .addColumn('id', t.id, (c) => c.notNull().unique())
      .addColumn('company_id', t.id)
      .addColumn('actor_id', t.id)
      .addColumn('actor_label', t.text, (c) => c.notNull())
      .addColumn('action', t.text, (c) => c.notNull())
      .addColumn('target_type', t.text)
      .addColumn('target_id', t.text)
      .addColumn('at', t.text, (c) => c.notNull()) // ISO-8601 UTC, hashed as text on both dialects
      .addColumn('request_id', t.text)
      .addColumn('ip', t.text)
      .addColumn('summary', t.json, (c) => c.notNull())
      // each hash is the predecessor of at most one event: the chain cannot fork
      .addColumn('prev_hash', t.text, (c) => c.notNull().unique())
      .addColumn('hash', t.text, (c) => c.notNull().unique())
      .execute();
    await db.schema.createIndex('audit_event_company_seq').on('audit_event').columns(['company_id', 'seq']).execute();
    await makeAppendOnly(db, 'audit_event');
  },
};
