import { z } from '@hono/zod-openapi';
import { isIsoDate } from './fiscal-calendar.ts';

/** The boundary of the ledger: amounts cross JSON as decimal strings, never as numbers. */
export const isoDate = z.string().refine(isIsoDate, 'A calendar date written YYYY-MM-DD').openapi({ example: '2026-03-14' });
export const currencyCode = z.string().regex(/^[A-Z]{3}$/, 'Three upper-case letters (ISO 4217)');
/** A non-negative amount such as `1250.50`; its decimals are checked against the currency later. */
export const amountString = z
  .string()
  .max(40)
  .regex(/^\d+(\.\d+)?$/, 'A decimal number such as 1250.50, without sign or separators')
  .openapi({ example: '1250.50' });
export const signedAmount = z.string().openapi({ example: '-1250.50' });
export const rateString = z
  .string()
  .max(40)
  .regex(/^\d+(\.\d+)?$/, 'A positive decimal rate such as 3.75')
  .refine((r) => /[1-9]/.test(r), 'A rate cannot be zero');

export const lineInputSchema = z
  .strictObject({
    accountId: z.uuid(),
    debit: amountString.optional(),
    credit: amountString.optional(),
    /** Defaults to the company's base currency. */
    currency: currencyCode.optional(),
    /** Base-currency units per unit of `currency`; or give `baseAmount` instead. */
    rate: rateString.optional(),
    /** The line in the base currency, on the same side as the line. */
    baseAmount: amountString.optional(),
    memo: z.string().max(500).optional(),
    /** Up to three dimension value ids, at most one per dimension. */
    dimensions: z.array(z.uuid()).max(3).optional(),
  })
  .refine((l) => (l.debit === undefined) !== (l.credit === undefined), 'Give either a debit or a credit')
  .openapi('LedgerLineInput');
export type LineInput = z.infer<typeof lineInputSchema>;

const entryFields = {
  journalId: z.uuid(),
  date: isoDate,
  memo: z.string().max(500).optional(),
  reference: z.string().max(100).optional(),
  lines: z.array(lineInputSchema).max(1000),
};
export const entryInputSchema = z.strictObject(entryFields).openapi('LedgerEntryInput');
export type EntryInput = z.infer<typeof entryInputSchema>;

export const entryPatchSchema = z
  .strictObject({
    journalId: entryFields.journalId.optional(),
    date: isoDate.optional(),
    memo: z.string().max(500).nullable().optional(),
    reference: z.string().max(100).nullable().optional(),
    lines: entryFields.lines.optional(),
  })
  .openapi('LedgerEntryPatch');
export type EntryPatch = z.infer<typeof entryPatchSchema>;

export const reverseSchema = z
  .strictObject({
    /** The reversal's date; today in the company's time zone when omitted. */
    date: isoDate.optional(),
    memo: z.string().max(500).optional(),
  })
  .openapi('LedgerReverse');
export type ReverseInput = z.infer<typeof reverseSchema>;

export const lineSchema = z
  .object({
    lineNo: z.number(),
    accountId: z.string(),
    accountCode: z.string(),
    currency: z.string(),
    /** Signed: debit positive, credit negative. */
    amount: signedAmount,
    debit: z.string().nullable(),
    credit: z.string().nullable(),
    baseAmount: signedAmount,
    rate: z.string(),
    memo: z.string().nullable(),
    /** The line's dimension values, by slot. */
    dimensions: z.array(z.object({ slot: z.number(), dimension: z.string(), valueId: z.string(), value: z.string() })),
  })
  .openapi('LedgerLine');

export const entrySummarySchema = z
  .object({
    id: z.string(),
    journalId: z.string(),
    journalCode: z.string(),
    status: z.enum(['draft', 'posted']),
    date: z.string(),
    number: z.string().nullable(),
    memo: z.string().nullable(),
    reference: z.string().nullable(),
    author: z.string(),
    poster: z.string().nullable(),
    postedAt: z.string().nullable(),
    reversesEntryId: z.string().nullable(),
  })
  .openapi('LedgerEntrySummary');
export type EntrySummary = z.infer<typeof entrySummarySchema>;

export const entrySchema = entrySummarySchema
  .extend({
    reversedByEntryId: z.string().nullable(),
    hash: z.string().nullable(),
    prevHash: z.string().nullable(),
    lines: z.array(lineSchema),
  })
  .openapi('LedgerEntry');
export type EntryView = z.infer<typeof entrySchema>;

export const entryQuery = z.object({
  status: z.enum(['draft', 'posted']).optional(),
  journalId: z.uuid().optional(),
  accountId: z.uuid().optional(),
  from: isoDate.optional(),
  to: isoDate.optional(),
  q: z.string().max(100).optional(),
});
export type EntryQuery = z.infer<typeof entryQuery>;

export const trialBalanceQuery = z.object({ asOf: isoDate });
export const trialBalanceSchema = z
  .object({
    asOf: z.string(),
    baseCurrency: z.string(),
    rows: z.array(
      z.object({
        accountId: z.string(),
        code: z.string(),
        nameEn: z.string(),
        nameAr: z.string(),
        type: z.string(),
        currency: z.string(),
        /** Signed: debit positive. */
        balance: signedAmount,
        baseBalance: signedAmount,
      }),
    ),
    /** Per currency, and in the base currency: zero when the ledger balances. */
    totals: z.array(z.object({ currency: z.string(), balance: signedAmount })),
    baseTotal: signedAmount,
  })
  .openapi('LedgerTrialBalance');
export type TrialBalance = z.infer<typeof trialBalanceSchema>;

export const verifyReportSchema = z
  .object({
    ok: z.boolean(),
    entriesChecked: z.number(),
    failures: z.array(
      z.object({
        check: z.enum(['chain', 'numbering', 'balanced', 'balances']),
        entryId: z.string().nullable(),
        number: z.string().nullable(),
        message: z.string(),
      }),
    ),
  })
  .openapi('LedgerVerifyReport');
export type VerifyReport = z.infer<typeof verifyReportSchema>;
