import { z } from '@hono/zod-openapi';
import { currencyCode, isoDate } from './ledger.schemas.ts';
import { ACCOUNT_SUBTYPES, ACCOUNT_TYPES, JOURNAL_KINDS } from './ledger.tables.ts';

/** Accounts, journals, periods and currencies at the boundary. */
export const accountCode = z.string().regex(/^[0-9A-Za-z][0-9A-Za-z.-]{0,19}$/, 'Letters, digits, dots and dashes, at most 20');
const name = z.string().trim().min(1).max(200);

export const accountInputSchema = z
  .strictObject({
    code: accountCode,
    nameEn: name,
    nameAr: name,
    type: z.enum(ACCOUNT_TYPES),
    subtype: z.enum(ACCOUNT_SUBTYPES).default('other'),
    parentId: z.uuid().nullable().optional(),
    currency: currencyCode.nullable().optional(),
    postable: z.boolean().default(true),
  })
  .openapi('LedgerAccountInput');
export type AccountInput = z.input<typeof accountInputSchema>;

export const accountPatchSchema = z
  .strictObject({
    code: accountCode.optional(),
    nameEn: name.optional(),
    nameAr: name.optional(),
    subtype: z.enum(ACCOUNT_SUBTYPES).optional(),
    parentId: z.uuid().nullable().optional(),
    currency: currencyCode.nullable().optional(),
    postable: z.boolean().optional(),
  })
  .openapi('LedgerAccountPatch');
export type AccountPatch = z.infer<typeof accountPatchSchema>;

export const accountSchema = z
  .object({
    id: z.string(),
    code: z.string(),
    nameEn: z.string(),
    nameAr: z.string(),
    type: z.enum(ACCOUNT_TYPES),
    subtype: z.enum(ACCOUNT_SUBTYPES),
    parentId: z.string().nullable(),
    currency: z.string().nullable(),
    postable: z.boolean(),
    active: z.boolean(),
  })
  .openapi('LedgerAccount');
export type AccountView = z.infer<typeof accountSchema>;

export type AccountNode = AccountView & { children: AccountNode[] };
export const accountNodeSchema: z.ZodType<AccountNode> = accountSchema
  .extend({ children: z.array(z.lazy(() => accountNodeSchema)) })
  .openapi('LedgerAccountNode');

export const accountQuery = z.object({
  q: z.string().max(100).optional(),
  type: z.enum(ACCOUNT_TYPES).optional(),
  active: z.enum(['true', 'false']).optional(),
  postable: z.enum(['true', 'false']).optional(),
});

export const chartCsvSchema = z.strictObject({ csv: z.string().min(1).max(2_000_000) }).openapi('LedgerChartCsv');
export const importReportSchema = z.object({ created: z.number(), updated: z.number(), unchanged: z.number() }).openapi('LedgerChartImportReport');

export const journalInputSchema = z
  .strictObject({
    code: z.string().regex(/^[A-Z0-9]{1,10}$/, 'Upper-case letters and digits, at most 10'),
    nameEn: name,
    nameAr: name,
    kind: z.enum(JOURNAL_KINDS),
    prefix: z
      .string()
      .regex(/^[A-Z0-9-]{1,10}$/, 'Upper-case letters, digits and dashes, at most 10')
      .optional(),
  })
  .openapi('LedgerJournalInput');
export type JournalInput = z.infer<typeof journalInputSchema>;

export const journalPatchSchema = z
  .strictObject({ nameEn: name.optional(), nameAr: name.optional(), active: z.boolean().optional() })
  .openapi('LedgerJournalPatch');

export const journalSchema = z
  .object({
    id: z.string(),
    code: z.string(),
    nameEn: z.string(),
    nameAr: z.string(),
    kind: z.enum(JOURNAL_KINDS),
    prefix: z.string(),
    active: z.boolean(),
    entries: z.number(),
  })
  .openapi('LedgerJournal');
export type JournalView = z.infer<typeof journalSchema>;

export const periodSchema = z
  .object({
    id: z.string(),
    fiscalYear: z.number(),
    periodNo: z.number(),
    startDate: z.string(),
    endDate: z.string(),
    status: z.enum(['open', 'closed']),
    closedAt: z.string().nullable(),
  })
  .openapi('LedgerPeriod');
export type PeriodView = z.infer<typeof periodSchema>;

export const periodQuery = z.object({ fiscalYear: z.coerce.number().int().min(1900).max(2999).optional() });
export const fiscalYearInputSchema = z.strictObject({ fiscalYear: z.number().int().min(1900).max(2999) }).openapi('LedgerFiscalYear');
export const lockDateSchema = z.strictObject({ lockDate: isoDate.nullable() }).openapi('LedgerLockDate');
export const settingsSchema = z
  .object({ lockDate: z.string().nullable(), baseCurrency: z.string(), fiscalYearStartMonth: z.number() })
  .openapi('LedgerSettings');

export const currencySchema = z.object({ code: z.string(), numericCode: z.string(), minorUnits: z.number(), name: z.string() }).openapi('Currency');
