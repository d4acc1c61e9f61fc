import type { Migration } from 'kysely';
import { companyTable, types } from '../../db/schema.ts';

/**
 * user_id has no foreign key: the user table belongs to the auth part of the platform, which may be
 * migrated after this module; the use cases only ever read a user's own rows.
 */
export const notificationsMigration001: Migration = {
  async up(db) {
    const t = types(db);
    await companyTable(db, 'notification')
      .addColumn('user_id', t.id, (c) => c.notNull())
      .addColumn('title', t.text, (c) => c.notNull())
      .addColumn('body', t.text, (c) => c.notNull())
      .addColumn('link', t.text)
      .addColumn('created_at', t.instant, (c) => c.notNull())
      .addColumn('read_at', t.instant)
      .execute();
    // The inbox: a user's notifications in one company, newest first.
    await db.schema.createIndex('notification_inbox').on('notification').columns(['company_id', 'user_id', 'created_at']).execute();
  },
};
