/**
 * Kysely types of the ledger's tables. Integers are bigint on both dialects; booleans are 0/1
 * (SQLite cannot bind `true`); accounting dates are `YYYY-MM-DD` text; instants ISO-8601 UTC.
 */
export type Flag = bigint | number;

export const ACCOUNT_TYPES = ['asset', 'liability', 'equity', 'income', 'expense'] as const;
export type AccountType = (typeof ACCOUNT_TYPES)[number];

export const ACCOUNT_SUBTYPES = ['bank', 'cash', 'receivable', 'payable', 'tax', 'inventory', 'fixed_asset', 'retained_earnings', 'suspense', 'other'] as const;
export type AccountSubtype = (typeof ACCOUNT_SUBTYPES)[number];

export const JOURNAL_KINDS = ['general', 'sales', 'purchases', 'bank', 'cash', 'payroll'] as const;
export type JournalKind = (typeof JOURNAL_KINDS)[number];

/** ISO 4217, copied from `currency-codes` at migration time. Installation-wide. */
export interface CurrencyTable {
  code: string;
  numeric_code: string;
  minor_units: bigint;
  name: string;
}

export interface AccountTable {
  id: string;
  company_id: string;
  code: string;
  name_en: string;
  name_ar: string;
  type: AccountType;
  subtype: AccountSubtype;
  parent_id: string | null;
  /** When set, every line on the account must be in this currency. */
  currency: string | null;
  /** 1: a leaf that takes lines; 0: a grouping account that only sums its children. */
  postable: Flag;
  active: Flag;
  created_at: string;
  updated_at: string;
}

export interface JournalTable {
  id: string;
  company_id: string;
  code: string;
  name_en: string;
  name_ar: string;
  kind: JournalKind;
  /** Entry numbers read `<prefix>/<fiscal year>/<000123>`. */
  prefix: string;
  active: Flag;
  /** How many entries the journal's hash chain holds, and the hash of the last one. */
  chain_length: bigint;
  head_hash: string;
  created_at: string;
}

/** The gapless counter of one journal in one fiscal year, advanced inside the posting transaction. */
export interface SequenceTable {
  id: string;
  company_id: string;
  journal_id: string;
  fiscal_year: bigint;
  last_value: bigint;
}

export interface PeriodTable {
  id: string;
  company_id: string;
  fiscal_year: bigint;
  /** 1…12 within the fiscal year */
  period_no: bigint;
  start_date: string;
  end_date: string;
  status: 'open' | 'closed';
  closed_by: string | null;
  closed_at: string | null;
}

/** One row per company: the lock date (nothing may be posted on or before it) and the ledger's settings. */
export interface LedgerSettingsTable {
  id: string;
  company_id: string;
  lock_date: string | null;
  updated_at: string;
  /** 1: the poster of a manual entry must not be its author. */
  segregation_of_duties: Flag;
  /** Where period-end revaluation posts unrealised exchange gains and losses. */
  fx_gain_account_id: string | null;
  fx_loss_account_id: string | null;
  /** Where the year-end closing entry moves income and expense (default: the retained-earnings subtype). */
  retained_earnings_account_id: string | null;
}

/** Base-currency units per unit of `currency` from `date` on, until the next dated rate. */
export interface ExchangeRateTable {
  id: string;
  company_id: string;
  currency: string;
  date: string;
  /** A positive decimal string, e.g. `3.7512`. */
  rate: string;
  source: string;
  updated_by: string;
  updated_at: string;
}

/** Append-only: each close (with the checks it passed) and each reopening of a period. */
export interface PeriodSignoffTable {
  id: string;
  company_id: string;
  period_id: string;
  action: 'closed' | 'reopened';
  actor_id: string | null;
  actor_label: string;
  at: string;
  /** JSON: the checks and their results at sign-off. */
  checks: string;
}

/** Append-only: the closing entries of each fiscal year (reports of income exclude their lines). */
export interface YearEndTable {
  id: string;
  company_id: string;
  fiscal_year: bigint;
  entry_id: string;
  created_at: string;
}

export interface EntryTable {
  id: string;
  company_id: string;
  journal_id: string;
  status: 'draft' | 'posted';
  date: string;
  memo: string | null;
  reference: string | null;
  /** Set at posting: `GEN/2026/000123`, its fiscal year and its place in that year's sequence. */
  number: string | null;
  fiscal_year: bigint | null;
  sequence_no: bigint | null;
  /** Position in the journal's hash chain (1-based), set at posting. */
  chain_seq: bigint | null;
  author_id: string | null;
  author_label: string;
  poster_id: string | null;
  poster_label: string | null;
  posted_at: string | null;
  idempotency_key: string | null;
  request_hash: string | null;
  reverses_entry_id: string | null;
  hash: string | null;
  prev_hash: string | null;
  created_at: string;
  updated_at: string;
}

/** Amounts are signed minor units: debit positive, credit negative. */
interface LineColumns {
  id: string;
  company_id: string;
  entry_id: string;
  line_no: bigint;
  account_id: string;
  currency: string;
  amount: bigint;
  base_amount: bigint;
  rate: string;
  memo: string | null;
  /** Up to three dimension values, one per dimension slot (`ledger_dimension.slot`). */
  dim1_id: string | null;
  dim2_id: string | null;
  dim3_id: string | null;
}

/** A posted line: append-only; every row of this table belongs to a posted entry. */
export interface LineTable extends LineColumns {
  /** The entry's date, copied so as-of sums never join the entry header. */
  entry_date: string;
}

/** A draft's line: freely editable until posting moves it to `ledger_line`. */
export type DraftLineTable = LineColumns;

/**
 * Balances maintained at posting: per account, currency, calendar month (`YYYY-MM`) and dimension
 * set. `dim1_id…dim3_id` hold `''` for "no value" (never NULL, so the unique key matches). Several
 * rows may share an account, currency and month: sum them (GROUP BY) unless reporting by dimension.
 */
export interface BalanceTable {
  id: string;
  company_id: string;
  account_id: string;
  currency: string;
  period: string;
  amount: bigint;
  base_amount: bigint;
  dim1_id: string;
  dim2_id: string;
  dim3_id: string;
}

/** The same sums per day (migration 008): report edges that end mid-month read these, not the lines. */
export interface BalanceDayTable {
  id: string;
  company_id: string;
  account_id: string;
  currency: string;
  day: string;
  amount: bigint;
  base_amount: bigint;
  dim1_id: string;
  dim2_id: string;
  dim3_id: string;
}

/** A dimension type (department, project, cost centre, …): data, bilingual, in one of three slots. */
export interface DimensionTable {
  id: string;
  company_id: string;
  code: string;
  name_en: string;
  name_ar: string;
  /** 1…3: which line column (`dim<slot>_id`) carries this dimension's value. */
  slot: bigint;
  active: Flag;
  created_at: string;
}

export interface DimensionValueTable {
  id: string;
  company_id: string;
  dimension_id: string;
  code: string;
  name_en: string;
  name_ar: string;
  active: Flag;
  created_at: string;
}

export interface LedgerTables {
  currency: CurrencyTable;
  ledger_account: AccountTable;
  ledger_journal: JournalTable;
  ledger_sequence: SequenceTable;
  ledger_period: PeriodTable;
  ledger_settings: LedgerSettingsTable;
  ledger_entry: EntryTable;
  ledger_line: LineTable;
  ledger_draft_line: DraftLineTable;
  ledger_balance: BalanceTable;
  ledger_balance_day: BalanceDayTable;
  ledger_dimension: DimensionTable;
  ledger_dimension_value: DimensionValueTable;
  ledger_exchange_rate: ExchangeRateTable;
  ledger_period_signoff: PeriodSignoffTable;
  ledger_year_end: YearEndTable;
}

export const LEDGER_COMPANY_TABLES = [
  'ledger_account',
  'ledger_journal',
  'ledger_sequence',
  'ledger_period',
  'ledger_settings',
  'ledger_entry',
  'ledger_line',
  'ledger_draft_line',
  'ledger_balance',
  'ledger_balance_day',
  'ledger_dimension',
  'ledger_dimension_value',
  'ledger_exchange_rate',
  'ledger_period_signoff',
  'ledger_year_end',
] as const;
