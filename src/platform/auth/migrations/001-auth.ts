import type { Migration } from 'kysely';
import { companyTable, types } from '../../db/schema.ts';

export const createAuth: Migration = {
  async up(db) {
    const t = types(db);
    await db.schema
      .createTable('app_user')
      .addColumn('id', t.id, (c) => c.primaryKey())
      .addColumn('email', t.text, (c) => c.notNull().unique())
      .addColumn('display_name', t.text, (c) => c.notNull())
      .addColumn('locale', t.text, (c) => c.notNull())
      .addColumn('time_zone', t.text, (c) => c.notNull())
      .addColumn('password_hash', t.text, (c) => c.notNull())
      .addColumn('active', t.bool, (c) => c.notNull())
      .addColumn('must_change_password', t.bool, (c) => c.notNull())
      .addColumn('totp_secret', t.text) // encrypted with the secret box
      .addColumn('totp_enabled_at', t.instant)
      .addColumn('totp_last_step', t.int) // refuses a TOTP code used twice
      .addColumn('last_login_at', t.instant)
      .addColumn('created_at', t.instant, (c) => c.notNull())
      .execute();

    await companyTable(db, 'role')
      .addColumn('key', t.text, (c) => c.notNull())
      .addColumn('name', t.text, (c) => c.notNull())
      .addColumn('name_ar', t.text)
      .addColumn('permissions', t.json, (c) => c.notNull())
      .addColumn('require_mfa', t.bool, (c) => c.notNull())
      .addColumn('system', t.bool, (c) => c.notNull())
      .addUniqueConstraint('role_company_key', ['company_id', 'key'])
      .execute();

    await companyTable(db, 'user_role')
      .addColumn('user_id', t.id, (c) => c.notNull().references('app_user.id'))
      .addColumn('role_id', t.id, (c) => c.notNull().references('role.id'))
      .addUniqueConstraint('user_role_unique', ['company_id', 'user_id', 'role_id'])
      .execute();
    await db.schema.createIndex('user_role_user').on('user_role').columns(['user_id']).execute();

    await db.schema
      .createTable('session')
      .addColumn('id', t.id, (c) => c.primaryKey())
      .addColumn('token_hash', t.text, (c) => c.notNull().unique())
      .addColumn('user_id', t.id, (c) => c.notNull().references('app_user.id'))
      .addColumn('company_id', t.id, (c) => c.references('company.id'))
      .addColumn('stage', t.text, (c) => c.notNull())
      .addColumn('created_at', t.instant, (c) => c.notNull())
      .addColumn('last_seen_at', t.instant, (c) => c.notNull())
      .addColumn('expires_at', t.instant, (c) => c.notNull())
      .addColumn('revoked_at', t.instant)
      .addColumn('ip', t.text)
      .addColumn('user_agent', t.text)
      .execute();
    await db.schema.createIndex('session_user').on('session').columns(['user_id']).execute();

    await db.schema
      .createTable('recovery_code')
      .addColumn('id', t.id, (c) => c.primaryKey())
      .addColumn('user_id', t.id, (c) => c.notNull().references('app_user.id'))
      .addColumn('code_hash', t.text, (c) => c.notNull())
      .addColumn('used_at', t.instant)
      .execute();
    await db.schema.createIndex('recovery_code_user').on('recovery_code').columns(['user_id']).execute();

    await companyTable(db, 'api_token')
      .addColumn('user_id', t.id, (c) => c.notNull().references('app_user.id'))
      .addColumn('name', t.text, (c) => c.notNull())
      .addColumn('prefix', t.text, (c) => c.notNull())
      .addColumn('token_hash', t.text, (c) => c.notNull().unique())
      .addColumn('permissions', t.json, (c) => c.notNull())
      .addColumn('expires_at', t.instant, (c) => c.notNull())
      .addColumn('revoked_at', t.instant)
      .addColumn('last_used_at', t.instant)
      .addColumn('created_at', t.instant, (c) => c.notNull())
      .execute();

    await db.schema
      .createTable('rate_limit')
      .addColumn('key', t.text, (c) => c.primaryKey())
      .addColumn('failures', t.int, (c) => c.notNull())
      .addColumn('last_failure_at', t.instant, (c) => c.notNull())
      .execute();
  },
};
