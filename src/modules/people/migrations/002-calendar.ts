import { type Kysely, type Migration, sql } from 'kysely';
import { companyTable, types } from '../../../platform/db/schema.ts';

/** The company calendar's public holidays: one row a date, bilingual names, full or half day. */
export const calendarMigration: Migration = {
  // biome-ignore lint/suspicious/noExplicitAny: migrations run before the typed schema exists
  async up(db: Kysely<any>) {
    const t = types(db);
    await companyTable(db, 'people_holiday')
      .addColumn('date', t.date, (c) => c.notNull())
      .addColumn('name_en', t.text, (c) => c.notNull())
      .addColumn('name_ar', t.text, (c) => c.notNull())
      .addColumn('half_day', t.bool, (c) => c.notNull())
      .addColumn('created_at', t.instant, (c) => c.notNull())
      .addUniqueConstraint('people_holiday_date', ['company_id', 'date'])
      .addCheckConstraint('people_holiday_half_day', sql`half_day in (0, 1)`)
      .execute();
  },
  // biome-ignore lint/suspicious/noExplicitAny: see up
  async down(db: Kysely<any>) {
    await db.schema.dropTable('people_holiday').execute();
  },
};
