import { type Kysely, type Migration, sql } from 'kysely';
import { types } from '../../db/schema.ts';

/**
 * No foreign key from company_id to company: the job tables belong to the platform's plumbing and a
 * job may outlive (or precede) the company row it mentions.
 */
export const jobsMigration001: Migration = {
  // biome-ignore lint/suspicious/noExplicitAny: migrations run before the typed schema exists
  async up(db: Kysely<any>) {
    const t = types(db);
    await db.schema
      .createTable('job')
      .addColumn('id', t.id, (c) => c.primaryKey())
      .addColumn('kind', t.text, (c) => c.notNull())
      .addColumn('payload', t.json, (c) => c.notNull())
      .addColumn('company_id', t.id)
      .addColumn('status', t.text, (c) => c.notNull())
      .addColumn('run_at', t.instant, (c) => c.notNull())
      .addColumn('attempts', t.int, (c) => c.notNull().defaultTo(0))
      .addColumn('max_attempts', t.int, (c) => c.notNull())
      .addColumn('locked_until', t.instant)
      .addColumn('locked_by', t.text)
      .addColumn('last_error', t.text)
      .addColumn('unique_key', t.text, (c) => c.unique())
      .addColumn('schedule_id', t.id)
      .addColumn('created_at', t.instant, (c) => c.notNull())
      .addColumn('updated_at', t.instant, (c) => c.notNull())
      .addColumn('finished_at', t.instant)
      .addCheckConstraint('job_status_known', sql`status in ('queued', 'running', 'done', 'failed')`)
      .execute();
    // The claim reads due jobs by status and time.
    await db.schema.createIndex('job_due').on('job').columns(['status', 'run_at']).execute();

    await db.schema
      .createTable('job_schedule')
      .addColumn('id', t.id, (c) => c.primaryKey())
      .addColumn('name', t.text, (c) => c.notNull().unique())
      .addColumn('cron', t.text, (c) => c.notNull())
      .addColumn('time_zone', t.text, (c) => c.notNull())
      .addColumn('kind', t.text, (c) => c.notNull())
      .addColumn('payload', t.json, (c) => c.notNull())
      .addColumn('company_id', t.id)
      .addColumn('max_attempts', t.int, (c) => c.notNull())
      .addColumn('next_run_at', t.instant)
      .addColumn('created_at', t.instant, (c) => c.notNull())
      .addColumn('updated_at', t.instant, (c) => c.notNull())
      .execute();
    await db.schema.createIndex('job_schedule_due').on('job_schedule').column('next_run_at').execute();
  },
};
