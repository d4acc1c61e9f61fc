/**
 * The banking module's API shapes as the web reads them (src/modules/banking/*.schemas.ts on the
 * server). Amounts are decimal strings and stay strings (see features/ledger/money.ts).
 */
export const CSV_DELIMITERS = [',', ';', '\t', '|'] as const;
export const CSV_ENCODINGS = ['utf-8', 'utf-16le', 'utf-16be', 'windows-1256'] as const;
export const CSV_DATE_FORMATS = ['YYYY-MM-DD', 'YYYY/MM/DD', 'DD/MM/YYYY', 'MM/DD/YYYY', 'DD.MM.YYYY', 'DD-MM-YYYY'] as const;
export const CSV_THOUSANDS = ['', ',', '.', ' ', "'"] as const;

export type CsvMapping = {
  delimiter: (typeof CSV_DELIMITERS)[number];
  encoding: (typeof CSV_ENCODINGS)[number];
  skipRows: number;
  dateFormat: (typeof CSV_DATE_FORMATS)[number];
  decimal: '.' | ',';
  thousands: (typeof CSV_THOUSANDS)[number];
  dateColumn: number;
  valueDateColumn?: number;
  amountColumn?: number;
  debitColumn?: number;
  creditColumn?: number;
  textColumns: number[];
  referenceColumn?: number;
  counterpartyColumn?: number;
};

export type BankAccount = {
  id: string;
  name: string;
  bank: string;
  iban: string | null;
  accountNumber: string | null;
  currency: string;
  ledgerAccountId: string;
  csvMapping: CsvMapping | null;
  active: boolean;
};

export type BankAccountInput = {
  name: string;
  bank: string;
  iban?: string;
  accountNumber?: string;
  currency: string;
  ledgerAccountId: string;
};

export type Continuity = 'ok' | 'gap' | 'first' | 'unknown' | 'overlap';

export type Statement = {
  id: string;
  bankAccountId: string;
  format: string;
  fileName: string;
  reference: string | null;
  from: string;
  to: string;
  openingBalance: string | null;
  closingBalance: string | null;
  lineCount: number;
  newLineCount: number;
  totalCredits: string;
  totalDebits: string;
  continuity: Continuity;
  gap: string | null;
  previousStatementId: string | null;
  importedBy: string;
  importedAt: string;
};

/** A statement's line on its page, with the standing match it is in (null when unmatched). */
export type StatementLine = {
  id: string;
  statementId: string;
  bookingDate: string;
  valueDate: string | null;
  amount: string;
  currency: string;
  text: string;
  bankRef: string | null;
  entryRef: string | null;
  endToEndId: string | null;
  counterparty: string | null;
  matchId: string | null;
};
export type StatementWithLines = { statement: Statement; lines: StatementLine[]; page: number; pageSize: number; total: number };

export type StatementSummary = {
  reference: string | null;
  account: string | null;
  currency: string;
  from: string;
  to: string;
  openingBalance: string | null;
  closingBalance: string | null;
  lineCount: number;
  newLineCount: number;
  totalCredits: string;
  totalDebits: string;
  difference: string | null;
  alreadyImported: boolean;
};

export type Preview = {
  format: 'ofx' | 'camt' | 'mt940' | 'csv' | null;
  statements: StatementSummary[];
  lineCount: number;
  newLineCount: number;
  totalCredits: string;
  totalDebits: string;
  errors: { where: string; message: string }[];
};

export type ImportResult = { format: string; statements: Statement[]; skippedStatements: number; importedLines: number; duplicateLines: number };

export type StatementFile = { bankAccountId: string; fileName: string; contentBase64: string };

type BankItem = { id: string; date: string; amount: string; text: string };
export type LedgerItem = BankItem & { entryId: string; number: string | null };

export type Proposal = {
  kind: 'one-to-one' | 'one-to-many' | 'many-to-one';
  score: number;
  reasons: string[];
  bankLines: BankItem[];
  ledgerLines: LedgerItem[];
};

export type Proposals = {
  bankAccountId: string;
  windowDays: number;
  unmatchedBankLines: number;
  unmatchedLedgerLines: number;
  total: number;
  items: Proposal[];
};

export type UnmatchedBankLine = BankItem & { reference: string | null; counterparty: string | null };
export type UnmatchedPage<T> = { items: T[]; page: number; pageSize: number; total: number; totalAmount: string };

export type StandingMatch = {
  id: string;
  source: 'manual' | 'auto' | 'rule';
  score: number | null;
  reasons: string[];
  total: string;
  entryId: string | null;
  matchedBy: string;
  matchedAt: string;
  bankLines: BankItem[];
  ledgerLines: BankItem[];
};

export type Rule = {
  id: string;
  bankAccountId: string;
  name: string;
  textContains: string | null;
  textPattern: string | null;
  minAmount: string | null;
  maxAmount: string | null;
  accountId: string;
  journalId: string;
  memo: string | null;
  priority: number;
  active: boolean;
  dimensions: string[];
};

export type RuleInput = {
  name: string;
  textContains?: string | null;
  textPattern?: string | null;
  minAmount?: string | null;
  maxAmount?: string | null;
  accountId: string;
  journalId: string;
  memo?: string | null;
  priority: number;
  active?: boolean;
  dimensions: string[];
};

export type ApplyRulesResult = {
  applied: { bankLineId: string; ruleId: string; rule: string; entryId: string | null; matchId: string | null }[];
  failed: { bankLineId: string; rule: string; message: string }[];
};

export type Reconciliation = {
  bankAccountId: string;
  name: string;
  currency: string;
  asOf: string;
  statementBalance: string;
  statementBalanceFrom: 'closing-balance' | 'lines';
  /** First day of the earliest statement; ledger lines before it are the ledger's opening balance. */
  startDate: string | null;
  statementOpening: string;
  ledgerOpening: string;
  ledgerBalance: string;
  difference: string;
  unmatchedBank: { count: number; total: string; items: BankItem[] };
  unmatchedLedger: { count: number; total: string; items: BankItem[] };
  timing: string;
  unexplained: string;
  reconciled: boolean;
  explanation: string[];
};
