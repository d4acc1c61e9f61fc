import { z } from '@hono/zod-openapi';
import { amountString, currencyCode, isoDate, signedAmount } from '../ledger.schemas.ts';
import { ACCOUNT_TYPES } from '../ledger.tables.ts';

/** Reports cross JSON with amounts as decimal strings; each figure says which lines make it up. */
const uuidList = z
  .string()
  .max(50 * 37)
  .transform((s) => s.split(',').filter(Boolean))
  .pipe(z.array(z.uuid()).min(1).max(50))
  .openapi({ description: 'One account id, or several separated by commas', example: '0190b5c2-0000-7000-8000-000000000000' });
const month = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'A month written YYYY-MM');
const bool = z.enum(['true', 'false']).transform((v) => v === 'true');
/** Filter by dimension values (department, project, cost centre): one value id per slot. */
const dimFields = {
  dim1: z.uuid().optional().openapi({ description: 'A dimension value id of slot 1' }),
  dim2: z.uuid().optional().openapi({ description: 'A dimension value id of slot 2' }),
  dim3: z.uuid().optional().openapi({ description: 'A dimension value id of slot 3' }),
};

/** What lists the lines behind a figure: `GET /ledger/reports/lines` with these as its query. */
export const drillSchema = z
  .object({ accountId: z.string(), currency: z.string().nullable(), from: z.string().nullable(), to: z.string() })
  .openapi('LedgerDrill', { description: 'accountId may hold several ids separated by commas; grouping accounts include their children' });
export type Drill = z.infer<typeof drillSchema>;

const accountFields = {
  accountId: z.string(),
  code: z.string(),
  nameEn: z.string(),
  nameAr: z.string(),
  type: z.enum(ACCOUNT_TYPES),
  depth: z.number(),
  /** A grouping account: its figures are the sums of its children. */
  group: z.boolean(),
};

// --- trial balance --------------------------------------------------------------------------------
export const trialBalanceReportQuery = z.object({
  /** Absent: an as-of trial balance (opening zero, movement = everything up to `to`). */
  from: isoDate.optional(),
  to: isoDate,
  /** Show grouping accounts with their children's sums (default true). */
  tree: bool.default(true),
  ...dimFields,
});
export type TrialBalanceReportQuery = z.infer<typeof trialBalanceReportQuery>;
const tbFigures = { opening: signedAmount, movement: signedAmount, closing: signedAmount };
export const trialBalanceReportSchema = z
  .object({
    from: z.string().nullable(),
    to: z.string(),
    baseCurrency: z.string(),
    rows: z.array(
      z.object({
        ...accountFields,
        path: z.string(),
        currency: z.string(),
        ...tbFigures,
        baseOpening: signedAmount,
        baseMovement: signedAmount,
        baseClosing: signedAmount,
        drill: drillSchema,
      }),
    ),
    /** Sums of the leaf rows per currency and in base currency: zero when the ledger balances. */
    totals: z.array(z.object({ currency: z.string(), ...tbFigures })),
    baseTotals: z.object(tbFigures),
  })
  .openapi('LedgerTrialBalanceReport');
export type TrialBalanceReport = z.infer<typeof trialBalanceReportSchema>;

// --- lines and register ---------------------------------------------------------------------------
const pageFields = {
  cursor: z.string().max(400).optional().openapi({ description: 'nextCursor of the previous page' }),
  pageSize: z.coerce.number().int().min(1).max(500).default(100),
};
export const linesQuery = z.object({
  accountId: uuidList,
  currency: currencyCode.optional(),
  from: isoDate.optional(),
  to: isoDate.optional(),
  ...dimFields,
  ...pageFields,
});
export type LinesQuery = z.infer<typeof linesQuery>;
const lineFields = {
  lineId: z.string(),
  entryId: z.string(),
  number: z.string(),
  date: z.string(),
  lineNo: z.number(),
  accountId: z.string(),
  accountCode: z.string(),
  currency: z.string(),
  /** Signed: debit positive. */
  amount: signedAmount,
  debit: z.string().nullable(),
  credit: z.string().nullable(),
  baseAmount: signedAmount,
  memo: z.string().nullable(),
  entryMemo: z.string().nullable(),
  reference: z.string().nullable(),
};
export const linesPageSchema = z.object({ items: z.array(z.object(lineFields)), nextCursor: z.string().nullable() }).openapi('LedgerLinesPage');
export type LinesPage = z.infer<typeof linesPageSchema>;

export const registerQuery = z.object({
  accountId: z.uuid(),
  currency: currencyCode.optional(),
  from: isoDate.optional(),
  to: isoDate.optional(),
  ...dimFields,
  ...pageFields,
});
export type RegisterQuery = z.infer<typeof registerQuery>;
export const registerSchema = z
  .object({
    accountId: z.string(),
    code: z.string(),
    nameEn: z.string(),
    nameAr: z.string(),
    /** The currency of the running balance; null: lines of every currency, running balance in base only. */
    currency: z.string().nullable(),
    baseCurrency: z.string(),
    /** The balance before the first line of this page. */
    opening: z.object({ balance: signedAmount.nullable(), baseBalance: signedAmount }),
    items: z.array(z.object({ ...lineFields, balance: signedAmount.nullable(), baseBalance: signedAmount })),
    nextCursor: z.string().nullable(),
  })
  .openapi('LedgerRegister');
export type Register = z.infer<typeof registerSchema>;

// --- statements -----------------------------------------------------------------------------------
const statementRow = z.object({
  ...accountFields,
  /** A row that is not an account (current-year earnings): its kind. */
  kind: z.enum(['account', 'current_year_earnings', 'earlier_earnings']),
  /** One per column, natural sign (credits positive for income, liabilities and equity). */
  amounts: z.array(signedAmount),
  drill: z.array(drillSchema),
});
export type StatementRow = z.infer<typeof statementRow>;
const section = z.object({ type: z.enum(ACCOUNT_TYPES), rows: z.array(statementRow), total: z.array(signedAmount) });
export type StatementSection = z.infer<typeof section>;

export const incomeStatementQuery = z.object({ from: isoDate, to: isoDate, currency: currencyCode.optional(), ...dimFields });
export type IncomeStatementQuery = z.infer<typeof incomeStatementQuery>;
export const incomeStatementSchema = z
  .object({
    currency: z.string(),
    /** `base`: every line in base currency; `currency`: only lines in `currency`, in that currency. */
    basis: z.enum(['base', 'currency']),
    columns: z.array(z.object({ key: z.enum(['current', 'previous', 'lastYear']), from: z.string(), to: z.string() })),
    sections: z.array(section),
    netIncome: z.array(signedAmount),
  })
  .openapi('LedgerIncomeStatement');
export type IncomeStatement = z.infer<typeof incomeStatementSchema>;

export const balanceSheetQuery = z.object({ asOf: isoDate, currency: currencyCode.optional(), ...dimFields });
export type BalanceSheetQuery = z.infer<typeof balanceSheetQuery>;
export const balanceSheetSchema = z
  .object({
    currency: z.string(),
    basis: z.enum(['base', 'currency']),
    columns: z.array(z.object({ key: z.enum(['current', 'previous', 'lastYear']), asOf: z.string() })),
    sections: z.array(section),
    totalLiabilitiesAndEquity: z.array(signedAmount),
    /** Assets minus liabilities and equity: zero when the ledger balances. */
    difference: z.array(signedAmount),
  })
  .openapi('LedgerBalanceSheet');
export type BalanceSheet = z.infer<typeof balanceSheetSchema>;

// --- monthly trend --------------------------------------------------------------------------------
export const trendQuery = z.object({
  to: month,
  months: z.coerce.number().int().min(1).max(120).default(12),
  /** Accounts to show (grouping accounts sum their children); absent: every account of `types`. */
  accountId: uuidList.optional(),
  types: z
    .string()
    .default('income,expense')
    .transform((s) => s.split(',').filter(Boolean))
    .pipe(z.array(z.enum(ACCOUNT_TYPES)).min(1)),
  currency: currencyCode.optional(),
  ...dimFields,
});
export type TrendQuery = z.infer<typeof trendQuery>;
export const trendSchema = z
  .object({
    currency: z.string(),
    basis: z.enum(['base', 'currency']),
    months: z.array(z.object({ month: z.string(), from: z.string(), to: z.string() })),
    rows: z.array(z.object({ ...accountFields, amounts: z.array(signedAmount), drill: z.array(drillSchema) })),
    totals: z.array(z.object({ type: z.enum(ACCOUNT_TYPES), amounts: z.array(signedAmount) })),
  })
  .openapi('LedgerMonthlyTrend');
export type Trend = z.infer<typeof trendSchema>;

// --- account checks -------------------------------------------------------------------------------
export const checksQuery = z.object({
  asOf: isoDate,
  draftDays: z.coerce.number().int().min(0).max(3650).default(30),
  /** In base currency: posted entries at least this large need a reference. */
  largeAmount: amountString.default('10000'),
  idleDays: z.coerce.number().int().min(1).max(3650).default(365),
});
export type ChecksQuery = z.infer<typeof checksQuery>;
export const CHECK_KINDS = ['wrong_side', 'suspense_not_zero', 'old_draft', 'large_without_reference', 'no_movement'] as const;
export const checksSchema = z
  .object({
    asOf: z.string(),
    items: z.array(
      z.object({
        kind: z.enum(CHECK_KINDS),
        message: z.string(),
        accountId: z.string().nullable(),
        accountCode: z.string().nullable(),
        entryId: z.string().nullable(),
        number: z.string().nullable(),
        currency: z.string().nullable(),
        amount: signedAmount.nullable(),
        /** The lines behind the item; an entry-level item links to its entry instead. */
        drill: drillSchema.nullable(),
      }),
    ),
  })
  .openapi('LedgerAccountChecks');
export type ChecksReport = z.infer<typeof checksSchema>;

// --- export ---------------------------------------------------------------------------------------
export const exportFields = { format: z.enum(['csv', 'xlsx']).default('csv'), lang: z.enum(['en', 'ar']).optional() };
