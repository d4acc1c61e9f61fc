import { z } from '@hono/zod-openapi';
import { csvMappingSchema } from './csv-mapping.schemas.ts';

const iban = z
  .string()
  .trim()
  .transform((s) => s.replace(/\s+/g, '').toUpperCase())
  .pipe(z.string().regex(/^[A-Z]{2}\d{2}[A-Z0-9]{10,30}$/, 'not an IBAN'));
const accountNumber = z.string().trim().min(3).max(40);
const currencyCode = z.string().regex(/^[A-Z]{3}$/);

export const bankAccountInputSchema = z
  .object({
    name: z.string().trim().min(1).max(100),
    bank: z.string().trim().min(1).max(100),
    iban: iban.optional(),
    accountNumber: accountNumber.optional(),
    currency: currencyCode,
    ledgerAccountId: z.uuid(),
    csvMapping: csvMappingSchema.optional(),
  })
  .strict()
  .refine((a) => a.iban || a.accountNumber, { message: 'Give an IBAN or an account number', path: ['iban'] })
  .openapi('BankAccountInput');
export type BankAccountInput = z.input<typeof bankAccountInputSchema>;

/** Every field optional, so a request for another company's id answers 404 whatever it sends. */
export const bankAccountPatchSchema = z
  .object({
    name: z.string().trim().min(1).max(100).optional(),
    bank: z.string().trim().min(1).max(100).optional(),
    csvMapping: csvMappingSchema.nullable().optional(),
    active: z.boolean().optional(),
  })
  .strict()
  .openapi('BankAccountPatch');
export type BankAccountPatch = z.input<typeof bankAccountPatchSchema>;

export const bankAccountSchema = z
  .object({
    id: z.string(),
    name: z.string(),
    bank: z.string(),
    iban: z.string().nullable(),
    accountNumber: z.string().nullable(),
    currency: z.string(),
    ledgerAccountId: z.string(),
    csvMapping: csvMappingSchema.nullable(),
    active: z.boolean(),
  })
  .openapi('BankAccount');
export type BankAccountView = z.infer<typeof bankAccountSchema>;

/** The file travels as base64 inside JSON (the platform accepts only JSON bodies). */
export const statementFileSchema = z
  .object({
    bankAccountId: z.uuid(),
    fileName: z.string().trim().min(1).max(255),
    contentBase64: z
      .string()
      .max(14_000_000, 'the file is larger than 10 MB')
      .regex(/^[A-Za-z0-9+/=\r\n]*$/, 'not base64'),
  })
  .strict()
  .openapi('BankStatementFile');
export type StatementFileInput = z.infer<typeof statementFileSchema>;

const amount = z.string().openapi({ example: '-1250.00' });
export const issueSchema = z.object({ where: z.string(), message: z.string() });

export const statementSummarySchema = z.object({
  reference: z.string().nullable(),
  account: z.string().nullable(),
  currency: z.string(),
  from: z.string(),
  to: z.string(),
  openingBalance: amount.nullable(),
  closingBalance: amount.nullable(),
  lineCount: z.number(),
  /** Lines not imported before (the rest are duplicates). */
  newLineCount: z.number(),
  totalCredits: amount,
  totalDebits: amount,
  /** closing − (opening + lines); null when the statement states no balances. */
  difference: amount.nullable(),
  /** This very statement was imported before. */
  alreadyImported: z.boolean(),
});

export const previewSchema = z
  .object({
    format: z.enum(['ofx', 'camt', 'mt940', 'csv']).nullable(),
    statements: z.array(statementSummarySchema),
    lineCount: z.number(),
    newLineCount: z.number(),
    totalCredits: amount,
    totalDebits: amount,
    errors: z.array(issueSchema),
  })
  .openapi('BankStatementPreview');
export type Preview = z.infer<typeof previewSchema>;

export const statementSchema = z
  .object({
    id: z.string(),
    bankAccountId: z.string(),
    format: z.string(),
    fileName: z.string(),
    reference: z.string().nullable(),
    from: z.string(),
    to: z.string(),
    openingBalance: amount.nullable(),
    closingBalance: amount.nullable(),
    lineCount: z.number(),
    newLineCount: z.number(),
    totalCredits: amount,
    totalDebits: amount,
    continuity: z.enum(['ok', 'gap', 'first', 'unknown', 'overlap']),
    /** Opening balance minus the previous statement's closing balance, when they differ. */
    gap: amount.nullable(),
    previousStatementId: z.string().nullable(),
    importedBy: z.string(),
    importedAt: z.string(),
  })
  .openapi('BankStatement');
export type StatementView = z.infer<typeof statementSchema>;

export const importResultSchema = z
  .object({
    format: z.string(),
    statements: z.array(statementSchema),
    /** Statements in the file that had been imported before, skipped whole. */
    skippedStatements: z.number(),
    importedLines: z.number(),
    duplicateLines: z.number(),
  })
  .openapi('BankImportResult');
export type ImportResult = z.infer<typeof importResultSchema>;

export const bankLineSchema = z
  .object({
    id: z.string(),
    statementId: z.string(),
    bookingDate: z.string(),
    valueDate: z.string().nullable(),
    amount,
    currency: z.string(),
    text: z.string(),
    bankRef: z.string().nullable(),
    entryRef: z.string().nullable(),
    endToEndId: z.string().nullable(),
    counterparty: z.string().nullable(),
  })
  .openapi('BankLine');

/** A statement's line as its statement page shows it: the line and the standing match it is in, if any. */
export const statementLineSchema = bankLineSchema.extend({ matchId: z.string().nullable() }).openapi('BankStatementLine');
