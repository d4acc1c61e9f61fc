import { type Kysely, type Migration, sql } from 'kysely';
import { isPostgres } from '../../../platform/db/create-database.ts';
import { companyTable, types } from '../../../platform/db/schema.ts';

const list = (values: readonly string[]) => sql.join(values.map((v) => sql.lit(v)));

/** Every column of people_compensation but the ciphertext: a key rotation may rewrite `amount_enc` only. */
const COMPENSATION_FIXED = ['id', 'company_id', 'employee_id', 'effective_date', 'currency', 'basis', 'reason', 'recorded_at', 'recorded_by'];

/**
 * Self-service change requests (the proposed values; sensitive ones as secret-box ciphertext), and
 * the pay history opened to a key rotation: an UPDATE that sets any column but `amount_enc` is still
 * refused, as is every DELETE.
 */
export const recordsMigration: Migration = {
  // biome-ignore lint/suspicious/noExplicitAny: migrations run before the typed schema exists
  async up(db: Kysely<any>) {
    const t = types(db);
    await companyTable(db, 'people_change_request')
      .addColumn('employee_id', t.id, (c) => c.notNull().references('people_employee.id'))
      .addColumn('requested_by', t.id, (c) => c.notNull().references('app_user.id'))
      .addColumn('status', t.text, (c) => c.notNull())
      .addColumn('changes', t.text, (c) => c.notNull())
      .addColumn('sensitive_enc', t.text)
      .addColumn('note', t.text, (c) => c.notNull())
      .addColumn('decided_by', t.id, (c) => c.references('app_user.id'))
      .addColumn('decided_at', t.instant)
      .addColumn('decision_reason', t.text)
      .addColumn('created_at', t.instant, (c) => c.notNull())
      .addCheckConstraint('people_change_request_status', sql`status in (${list(['pending', 'approved', 'rejected'])})`)
      .execute();
    await db.schema.createIndex('people_change_request_status').on('people_change_request').columns(['company_id', 'status', 'created_at']).execute();
    await db.schema.createIndex('people_change_request_employee').on('people_change_request').columns(['company_id', 'employee_id']).execute();
    const fixed = COMPENSATION_FIXED.join(', ');
    if (isPostgres(db)) {
      await sql`drop trigger people_compensation_append_only on people_compensation`.execute(db);
      await sql
        .raw(
          `create trigger people_compensation_append_only before update of ${fixed} or delete on people_compensation for each row execute function kawalis_refuse_change()`,
        )
        .execute(db);
      return;
    }
    await sql`drop trigger people_compensation_no_update`.execute(db);
    await sql
      .raw(
        `create trigger people_compensation_no_update before update of ${fixed} on people_compensation begin select raise(abort, 'people_compensation is append-only: UPDATE refused'); end`,
      )
      .execute(db);
  },
};
