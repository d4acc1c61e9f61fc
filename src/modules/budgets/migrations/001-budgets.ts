import { type Kysely, type Migration, sql } from 'kysely';
import { isPostgres } from '../../../platform/db/create-database.ts';
import { companyTable, types } from '../../../platform/db/schema.ts';
import { refuseChangesWhileFrozen } from './frozen-triggers.ts';

/**
 * Budgets, their revisions and amounts (account × month × optional dimension value), and the alerts
 * already sent. An approved revision is frozen: the database itself refuses any insert, update or
 * delete of its amounts and any change to the revision row, on both dialects.
 */
export const budgetsMigration: Migration = {
  // biome-ignore lint/suspicious/noExplicitAny: migrations run before the typed schema exists
  async up(db: Kysely<any>) {
    const t = types(db);
    await companyTable(db, 'budget')
      .addColumn('name', t.text, (c) => c.notNull())
      .addColumn('fiscal_year', t.int, (c) => c.notNull())
      .addColumn('currency', t.text, (c) => c.notNull().references('currency.code'))
      .addColumn('dimension_id', t.id, (c) => c.references('ledger_dimension.id'))
      .addColumn('alert_threshold_pct', t.int, (c) => c.notNull())
      .addColumn('owner_user_id', t.id)
      .addColumn('created_by', t.text, (c) => c.notNull())
      .addColumn('created_at', t.instant, (c) => c.notNull())
      .addUniqueConstraint('budget_name_year', ['company_id', 'name', 'fiscal_year'])
      .execute();

    await companyTable(db, 'budget_revision')
      .addColumn('budget_id', t.id, (c) => c.notNull().references('budget.id'))
      .addColumn('number', t.int, (c) => c.notNull())
      .addColumn('status', t.text, (c) => c.notNull())
      .addColumn('frozen', t.bool, (c) => c.notNull())
      .addColumn('approved_by', t.text)
      .addColumn('approved_at', t.instant)
      .addColumn('created_at', t.instant, (c) => c.notNull())
      .addUniqueConstraint('budget_revision_number', ['company_id', 'budget_id', 'number'])
      .execute();

    await companyTable(db, 'budget_amount')
      .addColumn('revision_id', t.id, (c) => c.notNull().references('budget_revision.id'))
      .addColumn('account_id', t.id, (c) => c.notNull().references('ledger_account.id'))
      .addColumn('month', t.text, (c) => c.notNull())
      // '' for "no dimension value" so the unique key holds (a NULL would not collide)
      .addColumn('dimension_value_id', t.text, (c) => c.notNull())
      .addColumn('amount', t.money, (c) => c.notNull())
      .addUniqueConstraint('budget_amount_cell', ['company_id', 'revision_id', 'account_id', 'month', 'dimension_value_id'])
      .execute();

    await companyTable(db, 'budget_alert')
      .addColumn('budget_id', t.id, (c) => c.notNull().references('budget.id'))
      .addColumn('revision_id', t.id, (c) => c.notNull().references('budget_revision.id'))
      .addColumn('account_id', t.id, (c) => c.notNull())
      .addColumn('month', t.text, (c) => c.notNull())
      .addColumn('dimension_value_id', t.text, (c) => c.notNull())
      .addColumn('consumed_pct', t.int, (c) => c.notNull())
      .addColumn('created_at', t.instant, (c) => c.notNull())
      .addUniqueConstraint('budget_alert_cell', ['company_id', 'revision_id', 'account_id', 'month', 'dimension_value_id'])
      .execute();

    await refuseChangesWhileFrozen(db, 'budget_amount', 'budget_refuse_frozen_amount');
    if (isPostgres(db)) {
      await sql`create or replace function budget_refuse_frozen_revision() returns trigger language plpgsql as $$
        begin
          if old.frozen = 1 then raise exception 'budget revision is frozen: % refused', tg_op using errcode = '42501'; end if;
          if tg_op = 'DELETE' then return old; end if;
          return new;
        end $$`.execute(db);
      await sql`create trigger budget_revision_frozen before update or delete on budget_revision
        for each row execute function budget_refuse_frozen_revision()`.execute(db);
      return;
    }
    await sql`create trigger budget_revision_frozen_update before update on budget_revision when old.frozen = 1
      begin select raise(abort, 'budget revision is frozen: UPDATE refused'); end`.execute(db);
    await sql`create trigger budget_revision_frozen_delete before delete on budget_revision when old.frozen = 1
      begin select raise(abort, 'budget revision is frozen: DELETE refused'); end`.execute(db);
  },
};
