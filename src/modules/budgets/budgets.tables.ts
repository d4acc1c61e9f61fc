import type { Kysely } from 'kysely';
import type { CompanyDb } from '../../platform/db/company-scope.ts';

export interface BudgetTable {
  id: string;
  company_id: string;
  name: string;
  fiscal_year: bigint;
  currency: string;
  dimension_id: string | null;
  alert_threshold_pct: bigint;
  owner_user_id: string | null;
  created_by: string;
  created_at: string;
  /** set once: a closed budget is read-only */
  closed_by: string | null;
  closed_at: string | null;
}

/** A revision of a budget: `draft` (amounts editable) or `approved` (frozen by the database). */
export interface BudgetRevisionTable {
  id: string;
  company_id: string;
  budget_id: string;
  number: bigint;
  status: 'draft' | 'approved';
  frozen: bigint;
  approved_by: string | null;
  approved_at: string | null;
  created_at: string;
}

export interface BudgetAmountTable {
  id: string;
  company_id: string;
  revision_id: string;
  account_id: string;
  /** `YYYY-MM` */
  month: string;
  /** `''` when the amount is not for one dimension value */
  dimension_value_id: string;
  /** minor units of the budget currency, in the account's natural sign (expense and income both positive) */
  amount: bigint;
}

/** An approved revision's cells summed per line, one column per fiscal month (`m1` = `first_month`); frozen with the revision. */
export interface BudgetLineSumTable {
  id: string;
  company_id: string;
  revision_id: string;
  account_id: string;
  dimension_value_id: string;
  /** `YYYY-MM`: the month of `m1` (the fiscal year's first at approval) */
  first_month: string;
  m1: bigint;
  m2: bigint;
  m3: bigint;
  m4: bigint;
  m5: bigint;
  m6: bigint;
  m7: bigint;
  m8: bigint;
  m9: bigint;
  m10: bigint;
  m11: bigint;
  m12: bigint;
}

export interface BudgetAlertTable {
  id: string;
  company_id: string;
  budget_id: string;
  revision_id: string;
  account_id: string;
  month: string;
  dimension_value_id: string;
  consumed_pct: bigint;
  created_at: string;
}

/** How the rolling forecast fills a line's open months: the budget, or a trend of the last N closed months. */
export interface BudgetForecastLineTable {
  id: string;
  company_id: string;
  budget_id: string;
  account_id: string;
  dimension_value_id: string;
  method: 'budget' | 'trend';
  trend_months: bigint;
}

export interface BudgetScenarioTable {
  id: string;
  company_id: string;
  budget_id: string;
  name: string;
  /** what the scenario starts from: the budget's revision in force, or its rolling forecast */
  base: 'budget' | 'forecast';
  created_by: string;
  created_at: string;
}

/** `percent`: on every account named, from a month on; `one-off`: an amount in one month; `hire`: a monthly cost from a month on. */
export interface BudgetScenarioAdjustmentTable {
  id: string;
  company_id: string;
  scenario_id: string;
  position: bigint;
  kind: 'percent' | 'one-off' | 'hire';
  /** JSON list of account ids (one for `one-off` and `hire`) */
  account_ids: string;
  from_month: string;
  percent: string | null;
  amount: bigint | null;
  label: string;
  created_at: string;
}

export interface BudgetsTables {
  budget: BudgetTable;
  budget_revision: BudgetRevisionTable;
  budget_amount: BudgetAmountTable;
  budget_line_sum: BudgetLineSumTable;
  budget_alert: BudgetAlertTable;
  budget_forecast_line: BudgetForecastLineTable;
  budget_scenario: BudgetScenarioTable;
  budget_scenario_adjustment: BudgetScenarioAdjustmentTable;
}

export const BUDGETS_COMPANY_TABLES = [
  'budget',
  'budget_revision',
  'budget_amount',
  'budget_line_sum',
  'budget_alert',
  'budget_forecast_line',
  'budget_scenario',
  'budget_scenario_adjustment',
] as const;

/** The budgets module's typed view of a company-scoped handle: scoping still applies. */
export const typed = (db: CompanyDb): Kysely<BudgetsTables> => db as unknown as Kysely<BudgetsTables>;
