import type { Migration } from 'kysely';
import { types } from '../../db/schema.ts';

export const createCompany: Migration = {
  async up(db) {
    const t = types(db);
    await db.schema
      .createTable('company')
      .addColumn('id', t.id, (c) => c.primaryKey())
      .addColumn('name', t.text, (c) => c.notNull())
      .addColumn('name_ar', t.text)
      .addColumn('base_currency', t.text, (c) => c.notNull())
      .addColumn('language', t.text, (c) => c.notNull())
      .addColumn('time_zone', t.text, (c) => c.notNull())
      .addColumn('work_week', t.json, (c) => c.notNull())
      .addColumn('fiscal_year_start_month', t.int, (c) => c.notNull().defaultTo(1))
      .addColumn('created_at', t.instant, (c) => c.notNull())
      .execute();
  },
};
