import { createTestDatabase, type TestDatabase } from '../../../test/dialects.ts';
import { type CompanyDb, scopeToCompany } from '../db/company-scope.ts';
import type { Dialect } from '../db/create-database.ts';
import { migrateAll } from '../db/migrator.ts';
import { jobsModule } from '../jobs/index.ts';
import { notificationsModule } from './index.ts';

export const COMPANY_A = '01900000-0000-7000-8000-00000000000a';
export const COMPANY_B = '01900000-0000-7000-8000-00000000000b';
export const ALICE = '01900000-0000-7000-8000-0000000a11ce';
export const BOB = '01900000-0000-7000-8000-000000000b0b';

export interface NotificationsFixture {
  t: TestDatabase;
  forCompany(companyId: string): CompanyDb;
}

/**
 * A database holding the job and notification tables. The company table belongs to another part of
 * the platform; a one-column stand-in is enough for the notification table's foreign key.
 */
export async function notificationsFixture(dialect: Dialect): Promise<NotificationsFixture> {
  const t = await createTestDatabase(dialect);
  await t.db.schema
    .createTable('company')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .execute();
  await t.db
    .insertInto('company')
    .values([{ id: COMPANY_A }, { id: COMPANY_B }])
    .execute();
  await migrateAll(t.db, [jobsModule, notificationsModule]);
  const tables = new Set(notificationsModule.companyTables);
  return { t, forCompany: (companyId) => scopeToCompany(t.db, companyId, tables) };
}
