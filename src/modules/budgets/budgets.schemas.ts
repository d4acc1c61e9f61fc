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
    status: z.enum(['draft', 'approved']),
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
export const reportSchema = z
  .object({
    budgetId: z.string(),
    revisionId: z.string(),
    currency: z.string(),
    months: z.array(z.string()),
    throughMonth: z.string(),
    lines: z.array(
      z.object({
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
      }),
    ),
  })
  .openapi('BudgetReport');
export type Report = z.infer<typeof reportSchema>;
export const reportQuerySchema = z.object({ throughMonth: month.optional(), revisionId: id.optional() });

export const alertResultSchema = z.object({ alerts: z.number(), notified: z.number() }).openapi('BudgetAlertResult');
export const csvSchema = z.strictObject({ csv: z.string().min(1).max(5_000_000) }).openapi('BudgetCsv');
export const importResultSchema = z.object({ cells: z.number() }).openapi('BudgetImportResult');
export const exportSchema = z.object({ fileName: z.string(), csv: z.string() }).openapi('BudgetExport');
