import type { Kysely, Migration } from 'kysely';
import { companyTable, types } from '../../../platform/db/schema.ts';

/**
 * Closing a budget (read-only from then on), the rolling forecast's method per line, and scenarios
 * (a copy of a budget or its forecast with adjustments).
 */
export const closeForecastScenariosMigration: Migration = {
  // biome-ignore lint/suspicious/noExplicitAny: migrations run before the typed schema exists
  async up(db: Kysely<any>) {
    const t = types(db);
    await db.schema.alterTable('budget').addColumn('closed_by', t.text).execute();
    await db.schema.alterTable('budget').addColumn('closed_at', t.instant).execute();

    await companyTable(db, 'budget_forecast_line')
      .addColumn('budget_id', t.id, (c) => c.notNull().references('budget.id'))
      .addColumn('account_id', t.id, (c) => c.notNull().references('ledger_account.id'))
      .addColumn('dimension_value_id', t.text, (c) => c.notNull())
      .addColumn('method', t.text, (c) => c.notNull())
      .addColumn('trend_months', t.int, (c) => c.notNull())
      .addUniqueConstraint('budget_forecast_line_key', ['company_id', 'budget_id', 'account_id', 'dimension_value_id'])
      .execute();

    await companyTable(db, 'budget_scenario')
      .addColumn('budget_id', t.id, (c) => c.notNull().references('budget.id'))
      .addColumn('name', t.text, (c) => c.notNull())
      .addColumn('base', t.text, (c) => c.notNull())
      .addColumn('created_by', t.text, (c) => c.notNull())
      .addColumn('created_at', t.instant, (c) => c.notNull())
      .addUniqueConstraint('budget_scenario_name', ['company_id', 'budget_id', 'name'])
      .execute();

    await companyTable(db, 'budget_scenario_adjustment')
      .addColumn('scenario_id', t.id, (c) => c.notNull().references('budget_scenario.id'))
      .addColumn('position', t.int, (c) => c.notNull())
      .addColumn('kind', t.text, (c) => c.notNull())
      .addColumn('account_ids', t.json, (c) => c.notNull())
      .addColumn('from_month', t.text, (c) => c.notNull())
      .addColumn('percent', t.text)
      .addColumn('amount', t.money)
      .addColumn('label', t.text, (c) => c.notNull())
      .addColumn('created_at', t.instant, (c) => c.notNull())
      .execute();
  },
};
