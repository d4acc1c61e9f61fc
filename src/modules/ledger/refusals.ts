import { AppError, type ErrorCode, type ErrorDetail, type RefusalParams } from '../../platform/errors.ts';

/**
 * Every reason the ledger refuses something, by stable code, with its English text. `{{name}}` is
 * filled from the refusal's params. The English text is the `message` API and CLI readers see; the
 * web translates `refusals.<code>` (web/src/i18n/{en,ar}/ledger-refusals.json, which a test keeps
 * complete against this list). A code never changes meaning; a new reason gets a new code.
 */
export const LEDGER_REFUSALS = {
  // Lines and balance (journal-entry.ts, entry-lines.ts, resolve-lines.ts, posting).
  'ledger.entry_two_lines': 'An entry needs at least two lines',
  'ledger.account_not_found': 'No such account in this company',
  'ledger.account_grouping': 'Account {{account}} groups other accounts; post to one of them',
  'ledger.account_archived': 'Account {{account}} is archived',
  'ledger.account_currency_only': 'Account {{account}} takes only {{currency}}',
  'ledger.zero_line': 'A line needs a non-zero amount',
  'ledger.unbalanced': '{{currency}}: debits {{debit}} ≠ credits {{credit}}',
  'ledger.unbalanced_base': 'In the base currency {{currency}}: debits {{debit}} ≠ credits {{credit}}',
  'ledger.journal_not_found': 'No such journal in this company',
  'ledger.journal_inactive': 'Journal {{journal}} is inactive',
  'ledger.base_currency_unknown': "The company's base currency {{currency}} is not an ISO 4217 code",
  'ledger.currency_unknown': 'Unknown currency {{currency}}',
  'ledger.base_line_rate': 'A line in the base currency has rate 1',
  'ledger.base_line_amount': 'A line in the base currency has a base amount equal to its amount',
  'ledger.no_rate': 'No exchange rate for {{currency}} on or before {{date}}: enter one, or give the line a rate or a base amount in {{base}}',
  'ledger.no_rate_undated': 'No exchange rate for {{currency}}: enter one, or give the line a rate or a base amount in {{base}}',
  // Amounts and rates as text (money.ts).
  'ledger.amount_not_decimal': '"{{text}}" is not a decimal number',
  'ledger.amount_no_minor_units': '"{{text}}": this currency has no minor units',
  'ledger.amount_decimals': '"{{text}}" has more than {{units}} decimal places',
  'ledger.amount_too_large': 'The amount is too large',
  'ledger.rate_not_decimal': '"{{text}}" is not a positive decimal rate',
  'ledger.zero_rate': 'a rate cannot be zero',
  // Dimensions on lines (dimension-rules.ts).
  'ledger.dimension_value_not_found': 'No such dimension value {{id}} in this company',
  'ledger.dimension_twice': 'Two values of the dimension {{dimension}}; a line takes one',
  'ledger.dimension_value_archived': 'Dimension value {{dimension}}/{{value}} is archived',
  // Dates (period-guard.ts, import lookups).
  'ledger.books_locked': 'The books are locked up to {{lockDate}}',
  'ledger.period_closed': 'The period {{start}} – {{end}} is closed',
  // Who may post (segregation.ts).
  'ledger.segregation_of_duties': 'Segregation of duties: the poster of a manual entry must not be its author',
  // Posted entries, reversals.
  'ledger.entry_posted_no_change': 'A posted entry cannot change; reverse it instead',
  'ledger.entry_posted_no_delete': 'A posted entry cannot be deleted; reverse it instead',
  'ledger.entry_already_posted': 'The entry is already posted',
  'ledger.reverse_not_posted': 'Only a posted entry can be reversed; delete a draft instead',
  'ledger.already_reversed_by': 'The entry is already reversed by {{number}}',
  'ledger.already_reversed': 'The entry is already reversed',
  // Accounts (account-rules.ts, create/update/archive).
  'ledger.subtype_mismatch': 'A {{subtype}} account cannot be of type {{type}}',
  'ledger.parent_takes_lines': 'Account {{account}} takes lines; only a grouping account can be a parent',
  'ledger.parent_type': 'Account {{account}} is of type {{parentType}}, not {{type}}',
  'ledger.parent_cycle': 'An account cannot be placed under itself or one of its sub-accounts',
  'ledger.account_code_taken': 'Account code {{code}} is taken',
  'ledger.account_has_lines': 'The account has lines; it cannot become a grouping account',
  'ledger.account_has_children': 'The account has sub-accounts; it cannot take lines itself',
  'ledger.account_currency_used': 'Lines in {{currencies}} already use this account',
  'ledger.archive_balance': 'Account {{account}} still has a balance; move it before archiving',
  'ledger.archive_children': 'Account {{account}} has active sub-accounts',
  'ledger.archive_drafts': 'Draft entries use account {{account}}',
  'ledger.unarchive_parent_archived': 'The parent account {{account}} is archived',
  // Periods and close (close-period.ts, reopen-period.ts, close-checks.ts).
  'ledger.period_already_closed': 'The period is already closed',
  'ledger.period_open': 'The period is open',
  'ledger.reopen_locked': 'The books are locked up to {{lockDate}}; move the lock date first',
  'ledger.close_refused': 'The period cannot close: {{failures}}',
  'ledger.check_no_drafts': 'No drafts dated in the period',
  'ledger.check_drafts': '{{drafts}} draft(s) dated in the period: post or delete them',
  'ledger.check_trial_balance': 'The trial balance at {{date}} balances',
  'ledger.check_trial_balance_off': 'The trial balance does not sum to zero: {{amounts}}',
  'ledger.check_verify': '{{entries}} posted entries verify',
  'ledger.check_verify_failed': '{{failures}} failure(s), first: {{first}}',
  'ledger.check_error': 'The check could not run: {{error}}',
  // Entry CSV and hledger imports (import/, interop/): row or line, column, reason.
  'ledger.import_required': 'required',
  'ledger.import_max_chars': 'at most {{max}} characters',
  'ledger.import_missing_columns': 'missing column(s): {{columns}}',
  'ledger.import_too_many_lines': 'more than {{max}} lines in one entry',
  'ledger.import_differs': 'differs from row {{row}} of the same entry',
  'ledger.import_key_seen': 'this entry key appeared earlier: keep the rows of one entry together',
  'ledger.import_date': 'a calendar date written YYYY-MM-DD',
  'ledger.import_no_journal': 'no journal {{journal}}',
  'ledger.import_no_account': 'no account {{account}}',
  'ledger.import_one_side': 'give either a debit or a credit',
  'ledger.import_not_decimal': '"{{text}}" is not a plain decimal such as 1250.50',
  'ledger.import_no_target_journal': 'no active journal {{journal}} to post into',
  'ledger.import_empty': 'the file holds no entries',
  'ledger.hledger_unknown_commodity': '"{{commodity}}" is not a currency Kawalis knows (ISO 4217 codes, $, €, £)',
  'ledger.hledger_price_not_base': 'a price must be in the base currency {{base}}',
  'ledger.hledger_two_postings': 'a transaction needs at least two non-zero postings',
  'ledger.hledger_unbalanced': 'does not balance: {{detail}}',
  'ledger.hledger_amount': 'cannot read the amount "{{text}}"',
  'ledger.hledger_indented_outside': 'an indented line outside a transaction',
  'ledger.hledger_account_no_name': 'an account directive without a name',
  'ledger.hledger_unsupported': '"{{word}}" is not supported (transactions, account directives, P prices and comments are)',
  'ledger.hledger_too_few_postings': 'a transaction needs at least two postings',
  'ledger.hledger_one_elided': 'only one posting of a transaction may leave out its amount',
  'ledger.hledger_bad_header': 'cannot read this transaction header (expected a date such as 2026-01-31 or 2026/01/31)',
  'ledger.hledger_bad_date': '{{text}} is not a calendar date',
  'ledger.hledger_bad_posting': 'cannot read this posting',
  'ledger.hledger_virtual': 'virtual postings, (account) or [account], are not supported',
  'ledger.hledger_bad_account': 'cannot read the account name "{{account}}"',
  'ledger.hledger_bad_price': 'cannot read this price directive (expected P 2026-01-01 USD 3.75 SAR)',
  'ledger.hledger_account_type': 'cannot tell the type of "{{name}}": start the name with assets, liabilities, equity, income or expenses',
  'ledger.hledger_leaf_and_group': '{{account}} takes postings itself, so it cannot also group {{path}}',
  // CSV files of the chart and of exchange rates (csv.ts, import-chart.ts, import-exchange-rates.ts).
  'ledger.csv_quote_in_field': 'a quote inside an unquoted field',
  'ledger.csv_quote_not_closed': 'a quoted field is not closed',
  'ledger.csv_missing_columns': 'Missing columns: {{columns}}',
  'ledger.csv_no_column': 'no column {{column}}',
  'ledger.csv_too_many_rows': 'At most {{max}} rows per file; this one has {{rows}}',
  'ledger.import_no_parent': 'No account {{code}} to place this one under',
  'ledger.account_type_fixed': 'Account {{account}} is of type {{type}}; a type never changes',
  'ledger.rate_twice_in_file': '{{currency}} on {{date}} is also on row {{row}}',
  // Exchange rates (set-exchange-rate.ts).
  'ledger.rate_of_base': '{{currency}} is the base currency; its rate is always 1',
  // Settings, revaluation, year-end close.
  'ledger.settings_account_grouping': 'Account {{account}} groups other accounts; name an account that takes lines',
  'ledger.revalue_no_gain_account': 'Set the unrealised exchange gain account in the ledger settings',
  'ledger.revalue_no_rate': 'No exchange rate for {{currency}} on or before {{date}}',
  'ledger.revalue_no_loss_account': 'Set the unrealised exchange loss account in the ledger settings',
  'ledger.retained_earnings_count': '{{count}} active retained-earnings accounts: name one in the ledger settings',
  // Journals and dimensions (create-journal.ts, create-dimension*.ts).
  'ledger.journal_code_taken': 'Journal code {{code}} is taken',
  'ledger.dimension_not_found': 'No such dimension in this company',
  'ledger.dimension_code_taken': 'Dimension code {{code}} is taken',
  'ledger.dimension_slot_taken': 'Slot {{slot}} already holds the dimension {{dimension}}',
  'ledger.dimension_value_code_taken': '{{dimension}} already has a value {{code}}',
} as const satisfies Record<string, string>;

export type LedgerRefusal = keyof typeof LEDGER_REFUSALS;

/** Every code the ledger can send, for the translation test. */
export const LEDGER_REFUSAL_CODES = Object.keys(LEDGER_REFUSALS) as LedgerRefusal[];

/** The English text of a refusal: its template with `{{name}}` filled from params. */
export function refusalText(code: LedgerRefusal, params: RefusalParams = {}): string {
  return LEDGER_REFUSALS[code].replace(/\{\{(\w+)\}\}/g, (_, k: string) => String(params[k] ?? ''));
}

export interface Reason {
  code: LedgerRefusal;
  params?: RefusalParams;
  message: string;
}

/** A reason as `{ code, params, message }`; params only when there are any. */
export function reason(code: LedgerRefusal, params?: RefusalParams): Reason {
  return params ? { code, params, message: refusalText(code, params) } : { code, message: refusalText(code) };
}

/** A detail item naming the field at fault: `{ path, code, params?, message }`. */
export function issueAt(path: string, code: LedgerRefusal, params?: RefusalParams): ErrorDetail & { code: LedgerRefusal } {
  return { path, ...reason(code, params) };
}

/** An import's row issue `{ row, column, reason, code, params? }` from a reason. */
export function rowIssue(
  row: number,
  column: string,
  why: Reason,
): { row: number; column: string; reason: string; code: LedgerRefusal; params?: RefusalParams } {
  return { row, column, reason: why.message, code: why.code, ...(why.params ? { params: why.params } : {}) };
}

/** `rowIssue` from a code and params. */
export const rowRefusal = (row: number, column: string, code: LedgerRefusal, params?: RefusalParams) => rowIssue(row, column, reason(code, params));

/**
 * A refusal whose details are one object (CONFLICT, PERIOD_LOCKED): the English text is the error's
 * message, `details` carries `code` and `params` (and whatever else the caller adds, e.g. an id).
 */
export function refuse(error: ErrorCode, code: LedgerRefusal, params?: RefusalParams, extra?: Record<string, unknown>): AppError {
  return new AppError(error, refusalText(code, params), { ...extra, code, ...(params ? { params } : {}) });
}
