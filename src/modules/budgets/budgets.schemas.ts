import { z } from '@hono/zod-openapi';

const decimal = z.string().regex(/^-?\d{1,15}(\.\d{1,4})?$/, 'A decimal number such as 1250.00');
const month = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'A month written YYYY-MM');
const id = z.string().uuid();

export const budgetInputSchema = z
  .strictObject({
    name: z.string().trim().min(1).max(120),
    fiscalYear: z.number().int().min(1900).max(2999),
    dimensionId: id.nullable().optional(),
    alertThresholdPct: z.number().int().min(1).max(1000).default(90),
    ownerUserId: id.nullable().optional(),
  })
  .openapi('BudgetInput');
export type BudgetInput = z.input<typeof budgetInputSchema>;

const percent = z.string().regex(/^-?\d{1,4}(\.\d{1,4})?$/, 'A percentage such as 5 or -2.5');
export const copyInputSchema = z
  .strictObject({
    name: z.string().trim().min(1).max(120),
    fiscalYear: z.number().int().min(1900).max(2999),
    percent: percent.default('0'),
  })
  .openapi('BudgetCopyInput');
export type CopyInput = z.input<typeof copyInputSchema>;

export const revisionSchema = z
  .object({
    id: z.string(),
    number: z.number(),
    status: z.enum(['draft', 'approved']),
    approvedBy: z.string().nullable(),
    approvedAt: z.string().nullable(),
  })
  .openapi('BudgetRevision');

export const budgetSchema = z
  .object({
    id: z.string(),
    name: z.string(),
    fiscalYear: z.number(),
    currency: z.string(),
    dimensionId: z.string().nullable(),
    alertThresholdPct: z.number(),
    ownerUserId: z.string().nullable(),
    status: z.enum(['draft', 'approved', 'closed']),
    closedBy: z.string().nullable(),
    closedAt: z.string().nullable(),
    revision: revisionSchema,
    revisions: z.array(revisionSchema),
    months: z.array(z.string()),
  })
  .openapi('Budget');
export type BudgetView = z.infer<typeof budgetSchema>;

export const cellInputSchema = z.strictObject({
  accountId: id,
  month,
  dimensionValueId: id.nullable().optional(),
  amount: decimal,
});
export const amountsInputSchema = z.strictObject({ cells: z.array(cellInputSchema).min(1).max(20_000) }).openapi('BudgetAmountsInput');
export type CellInput = z.infer<typeof cellInputSchema>;

export const spreadInputSchema = z
  .strictObject({
    accountId: id,
    dimensionValueId: id.nullable().optional(),
    total: decimal,
    /** twelve non-negative weights; absent: evenly */
    profile: z.array(z.number().min(0).max(1e6)).length(12).optional(),
  })
  .openapi('BudgetSpreadInput');
export type SpreadInput = z.infer<typeof spreadInputSchema>;

export const fromActualsInputSchema = z
  .strictObject({ percent: z.string().regex(/^-?\d{1,4}(\.\d{1,4})?$/, 'A percentage such as 5 or -2.5') })
  .openapi('BudgetFromActualsInput');

export const gridLineSchema = z.object({
  accountId: z.string(),
  code: z.string(),
  nameEn: z.string(),
  nameAr: z.string(),
  type: z.string(),
  dimensionValueId: z.string().nullable(),
  amounts: z.array(z.string()),
  total: z.string(),
});
export const gridSchema = z
  .object({ budgetId: z.string(), revisionId: z.string(), editable: z.boolean(), months: z.array(z.string()), lines: z.array(gridLineSchema) })
  .openapi('BudgetGrid');
export type Grid = z.infer<typeof gridSchema>;

const figuresSchema = z.object({ budget: z.string(), actual: z.string(), variance: z.string(), variancePct: z.string().nullable() });
const reportLineSchema = z.object({
  accountId: z.string(),
  code: z.string(),
  nameEn: z.string(),
  nameAr: z.string(),
  type: z.string(),
  dimensionValueId: z.string().nullable(),
  months: z.array(figuresSchema),
  ytd: figuresSchema,
  year: figuresSchema,
  /** income above budget, or expense at or below it */
  favourable: z.boolean(),
});
export const reportSchema = z
  .object({
    budgetId: z.string(),
    revisionId: z.string(),
    currency: z.string(),
    months: z.array(z.string()),
    throughMonth: z.string(),
    /** The ledger dimension slot (1–3) of the budget's dimension: a cell's lines are GET /ledger/reports/lines?accountId&from&to&dim{slot}={value} */
    dimensionSlot: z.number().nullable(),
    page: z.number(),
    pageSize: z.number(),
    /** every line of the report, across pages */
    totalLines: z.number(),
    /** per account type (expense, income, …), over every line */
    totals: z.array(z.object({ type: z.string(), months: z.array(figuresSchema), ytd: figuresSchema, year: figuresSchema })),
    /** the eight largest year-to-date variances (non-zero), over every line */
    topVariances: z.array(reportLineSchema),
    /** this page's lines, by account code then dimension value */
    lines: z.array(reportLineSchema),
  })
  .openapi('BudgetReport');
export type Report = z.infer<typeof reportSchema>;
export const reportQuerySchema = z.object({
  throughMonth: month.optional(),
  revisionId: id.optional(),
  page: z.coerce.number().int().min(1).max(1_000_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(500).default(100),
});

export const alertResultSchema = z.object({ alerts: z.number(), notified: z.number() }).openapi('BudgetAlertResult');
export const csvSchema = z.strictObject({ csv: z.string().min(1).max(5_000_000) }).openapi('BudgetCsv');
export const importResultSchema = z.object({ cells: z.number() }).openapi('BudgetImportResult');
export const exportSchema = z.object({ fileName: z.string(), csv: z.string() }).openapi('BudgetExport');

const lineId = {
  accountId: z.string(),
  code: z.string(),
  nameEn: z.string(),
  nameAr: z.string(),
  type: z.string(),
  dimensionValueId: z.string().nullable(),
};
const revRef = z.object({ id: z.string(), number: z.number(), status: z.enum(['draft', 'approved']) });
export const compareQuerySchema = z.object({ a: id, b: id });
export const comparisonSchema = z
  .object({
    budgetId: z.string(),
    a: revRef,
    b: revRef,
    months: z.array(z.string()),
    lines: z.array(
      z.object({
        ...lineId,
        a: z.array(z.string()),
        b: z.array(z.string()),
        /** b − a per month */
        diff: z.array(z.string()),
        totalA: z.string(),
        totalB: z.string(),
        totalDiff: z.string(),
        changed: z.boolean(),
      }),
    ),
  })
  .openapi('BudgetRevisionComparison');
export type RevisionComparison = z.infer<typeof comparisonSchema>;
export const xlsxInputSchema = z.strictObject({ xlsx: z.string().min(1).max(10_000_000) }).openapi('BudgetXlsx');
export const xlsxExportSchema = z.object({ fileName: z.string(), xlsx: z.string() }).openapi('BudgetXlsxExport');

export const forecastMethodsInputSchema = z
  .strictObject({
    lines: z
      .array(
        z.strictObject({
          accountId: id,
          dimensionValueId: id.nullable().optional(),
          method: z.enum(['budget', 'trend']),
          trendMonths: z.number().int().min(1).max(12).default(3),
        }),
      )
      .min(1)
      .max(5000),
  })
  .openapi('BudgetForecastMethodsInput');
export type ForecastMethodsInput = z.infer<typeof forecastMethodsInputSchema>;
export const forecastSchema = z
  .object({
    budgetId: z.string(),
    revisionId: z.string(),
    currency: z.string(),
    months: z.array(z.string()),
    /** months whose ledger period is closed: their figures are actuals */
    closedMonths: z.array(z.string()),
    lines: z.array(
      z.object({
        ...lineId,
        method: z.enum(['budget', 'trend']),
        trendMonths: z.number(),
        values: z.array(z.string()),
        sources: z.array(z.enum(['actual', 'budget', 'trend'])),
        total: z.string(),
        budgetTotal: z.string(),
      }),
    ),
    netIncome: z.array(z.string()),
    cash: z.array(z.string()),
  })
  .openapi('BudgetForecast');
export type Forecast = z.infer<typeof forecastSchema>;

export const scenarioInputSchema = z
  .strictObject({ name: z.string().trim().min(1).max(120), base: z.enum(['budget', 'forecast']).default('budget') })
  .openapi('BudgetScenarioInput');
export type ScenarioInput = z.infer<typeof scenarioInputSchema>;
export const adjustmentInputSchema = z
  .strictObject({
    kind: z.enum(['percent', 'one-off', 'hire']),
    /** percent: the group of accounts; one-off and hire: one account (the hire's cost account) */
    accountIds: z.array(id).min(1).max(500),
    /** percent and hire: from this month on; one-off: this month */
    fromMonth: month,
    percent: percent.optional(),
    /** one-off: the amount; hire: the monthly cost (natural sign) */
    amount: decimal.optional(),
    label: z.string().trim().max(120).optional(),
  })
  .openapi('BudgetAdjustmentInput');
export type AdjustmentInput = z.infer<typeof adjustmentInputSchema>;
export const scenarioSchema = z
  .object({
    id: z.string(),
    budgetId: z.string(),
    name: z.string(),
    base: z.enum(['budget', 'forecast']),
    createdBy: z.string(),
    adjustments: z.array(
      z.object({
        id: z.string(),
        kind: z.enum(['percent', 'one-off', 'hire']),
        label: z.string(),
        accountIds: z.array(z.string()),
        fromMonth: z.string(),
        percent: z.string().nullable(),
        amount: z.string().nullable(),
      }),
    ),
  })
  .openapi('BudgetScenario');
export type Scenario = z.infer<typeof scenarioSchema>;
const totalsSchema = z.object({ netIncome: z.array(z.string()), cash: z.array(z.string()) });
export const scenarioComparisonSchema = z
  .object({
    budgetId: z.string(),
    scenario: scenarioSchema,
    months: z.array(z.string()),
    base: totalsSchema,
    result: totalsSchema,
    /** result − base */
    difference: totalsSchema,
    lines: z.array(z.object({ ...lineId, base: z.array(z.string()), result: z.array(z.string()), changed: z.boolean() })),
  })
  .openapi('BudgetScenarioComparison');
export type ScenarioComparison = z.infer<typeof scenarioComparisonSchema>;
