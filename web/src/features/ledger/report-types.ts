import type { AccountType } from './types';

/**
 * The ledger's report, close, rate, dimension and import shapes as the web reads them
 * (src/modules/ledger/reports/reports.schemas.ts, close.schemas.ts, … on the server). Amounts are
 * decimal strings and stay strings: see money.ts.
 */

/** The query of GET /ledger/reports/lines that lists the lines behind a figure. */
export type Drill = { accountId: string; currency: string | null; from: string | null; to: string };

/** Dimension value ids, one per slot: every report but the checks takes them. */
export type DimFilter = { dim1?: string; dim2?: string; dim3?: string };

type AccountFields = { accountId: string; code: string; nameEn: string; nameAr: string; type: AccountType; depth: number; group: boolean };

export type TrialBalanceReportRow = AccountFields & {
  path: string;
  currency: string;
  opening: string;
  movement: string;
  closing: string;
  baseOpening: string;
  baseMovement: string;
  baseClosing: string;
  drill: Drill;
};
type TbFigures = { opening: string; movement: string; closing: string };
export type TrialBalanceReport = {
  from: string | null;
  to: string;
  baseCurrency: string;
  rows: TrialBalanceReportRow[];
  totals: (TbFigures & { currency: string })[];
  baseTotals: TbFigures;
};

export type ReportLine = {
  lineId: string;
  entryId: string;
  number: string;
  date: string;
  lineNo: number;
  accountId: string;
  accountCode: string;
  currency: string;
  amount: string;
  debit: string | null;
  credit: string | null;
  baseAmount: string;
  memo: string | null;
  entryMemo: string | null;
  reference: string | null;
};
export type LinesPage = { items: ReportLine[]; nextCursor: string | null };

export type Register = {
  accountId: string;
  code: string;
  nameEn: string;
  nameAr: string;
  currency: string | null;
  baseCurrency: string;
  opening: { balance: string | null; baseBalance: string };
  items: (ReportLine & { balance: string | null; baseBalance: string })[];
  nextCursor: string | null;
};

export type StatementRow = AccountFields & {
  kind: 'account' | 'current_year_earnings' | 'earlier_earnings';
  amounts: string[];
  drill: Drill[];
};
export type StatementSection = { type: AccountType; rows: StatementRow[]; total: string[] };
export type ColumnKey = 'current' | 'previous' | 'lastYear';

export type IncomeStatement = {
  currency: string;
  basis: 'base' | 'currency';
  columns: { key: ColumnKey; from: string; to: string }[];
  sections: StatementSection[];
  netIncome: string[];
};

export type BalanceSheet = {
  currency: string;
  basis: 'base' | 'currency';
  columns: { key: ColumnKey; asOf: string }[];
  sections: StatementSection[];
  totalLiabilitiesAndEquity: string[];
  difference: string[];
};

export type Trend = {
  currency: string;
  basis: 'base' | 'currency';
  months: { month: string; from: string; to: string }[];
  rows: (AccountFields & { amounts: string[]; drill: Drill[] })[];
  totals: { type: AccountType; amounts: string[] }[];
};

export const CHECK_KINDS = ['wrong_side', 'suspense_not_zero', 'old_draft', 'large_without_reference', 'no_movement'] as const;
export type CheckKind = (typeof CHECK_KINDS)[number];
export type AccountCheckItem = {
  kind: CheckKind;
  message: string;
  accountId: string | null;
  accountCode: string | null;
  entryId: string | null;
  number: string | null;
  currency: string | null;
  amount: string | null;
  drill: Drill | null;
};
export type AccountChecks = { asOf: string; items: AccountCheckItem[] };

/** `message` in English; `code` and `params` let the page translate the result (`refusals.<code>`). */
export type CloseCheck = { key: string; source: 'ledger' | 'module'; ok: boolean; message: string; code?: string; params?: Record<string, string | number> };
export type Signoff = { action: 'closed' | 'reopened'; by: string; byUserId: string | null; at: string; checks: CloseCheck[] };
export type CloseChecks = { periodId: string; status: 'open' | 'closed'; ok: boolean; checks: CloseCheck[]; signoffs: Signoff[] };

export type ExchangeRate = { currency: string; date: string; rate: string; source: string; updatedBy: string; updatedAt: string };

export type DimensionValue = { id: string; dimensionId: string; code: string; nameEn: string; nameAr: string; active: boolean };
export type Dimension = { id: string; code: string; nameEn: string; nameAr: string; slot: number; active: boolean; values: DimensionValue[] };

export type ImportIssue = { row: number; column: string; reason: string; code?: string; params?: Record<string, string | number> };
export type LedgerImport = {
  id: string;
  format: 'csv' | 'hledger';
  fileName: string;
  bytes: number;
  status: 'uploading' | 'queued' | 'validating' | 'posting' | 'done' | 'failed';
  jobId: string | null;
  rowsRead: number;
  entriesTotal: number;
  entriesPosted: number;
  entriesSkipped: number;
  errorCount: number;
  errors: ImportIssue[];
  createdAt: string;
  finishedAt: string | null;
};
