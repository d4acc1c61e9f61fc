import type { Kysely } from 'kysely';
import type { CompanyDb } from '../../platform/db/company-scope.ts';

export interface BankAccountTable {
  id: string;
  company_id: string;
  name: string;
  bank: string;
  iban: string | null;
  account_number: string | null;
  currency: string;
  ledger_account_id: string;
  csv_mapping: string | null;
  active: bigint | number;
  created_at: string;
  updated_at: string;
}

export interface BankStatementTable {
  id: string;
  company_id: string;
  bank_account_id: string;
  format: string;
  file_name: string;
  file_sha256: string;
  statement_key: string;
  reference: string | null;
  from_date: string;
  to_date: string;
  opening_balance: bigint | null;
  closing_balance: bigint | null;
  line_count: bigint | number;
  new_line_count: bigint | number;
  total_credits: bigint;
  total_debits: bigint;
  previous_statement_id: string | null;
  /** `ok`: opening equals the previous closing; `gap`: it does not (see `gap`); `first`: no previous; `unknown`: a balance is missing; `overlap`: overlaps a statement already held. */
  continuity: 'ok' | 'gap' | 'first' | 'unknown' | 'overlap';
  /** Opening balance minus the previous statement's closing balance, when they differ. */
  gap: bigint | null;
  imported_by: string;
  imported_at: string;
}

export interface BankLineTable {
  id: string;
  company_id: string;
  bank_account_id: string;
  statement_id: string;
  line_key: string;
  booking_date: string;
  value_date: string | null;
  amount: bigint;
  currency: string;
  text: string;
  bank_ref: string | null;
  entry_ref: string | null;
  end_to_end_id: string | null;
  counterparty: string | null;
  created_at: string;
}

/** A confirmed match: bank lines and ledger lines whose totals are equal (see migration 002). */
export interface BankMatchTable {
  id: string;
  company_id: string;
  bank_account_id: string;
  /** `manual`: confirmed by a person; `auto`: an engine proposal above a score; `rule`: a rule's entry. */
  source: 'manual' | 'auto' | 'rule';
  score: bigint | number | null;
  /** JSON array of the reasons shown when it was proposed. */
  reasons: string;
  bank_total: bigint;
  ledger_total: bigint;
  rule_id: string | null;
  entry_id: string | null;
  status: 'matched' | 'unmatched';
  matched_by: string;
  matched_at: string;
  unmatched_by: string | null;
  unmatched_at: string | null;
  unmatch_reason: string | null;
}

export interface BankMatchLineTable {
  id: string;
  company_id: string;
  match_id: string;
  bank_account_id: string;
  side: 'bank' | 'ledger';
  bank_line_id: string | null;
  ledger_line_id: string | null;
  amount: bigint;
  date: string;
  /** 1 while the match stands, NULL after unmatching (unique per line among standing matches). */
  live: bigint | number | null;
}

/** "Text contains X (or matches a wildcard pattern), amount in a range → post to account Y with memo Z." */
export interface BankRuleTable {
  id: string;
  company_id: string;
  bank_account_id: string;
  name: string;
  text_contains: string | null;
  text_pattern: string | null;
  min_amount: bigint | null;
  max_amount: bigint | null;
  account_id: string;
  journal_id: string;
  memo: string | null;
  priority: bigint | number;
  active: bigint | number;
  /** JSON array of ledger dimension value ids put on the target line (migration 003); NULL: none. */
  dimensions: string | null;
  created_by: string;
  created_at: string;
}

export interface BankingTables {
  bank_account: BankAccountTable;
  bank_statement: BankStatementTable;
  bank_line: BankLineTable;
  bank_match: BankMatchTable;
  bank_match_line: BankMatchLineTable;
  bank_rule: BankRuleTable;
}

export const BANKING_COMPANY_TABLES = ['bank_account', 'bank_statement', 'bank_line', 'bank_match', 'bank_match_line', 'bank_rule'] as const;

/** Banking's typed view of a company-scoped handle: scoping still applies to every query. */
export type Bdb = Kysely<BankingTables>;
export const typed = (db: CompanyDb): Bdb => db as unknown as Bdb;
