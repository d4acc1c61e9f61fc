import { z } from '@hono/zod-openapi';

const column = z.number().int().min(1).max(200);

/** How to read one bank's CSV export, saved on the bank account. Columns are numbered from 1. */
export const csvMappingSchema = z
  .object({
    delimiter: z.enum([',', ';', '\t', '|']).default(','),
    encoding: z.enum(['utf-8', 'utf-16le', 'utf-16be', 'windows-1256']).default('utf-8'),
    /** Rows before the first statement line (the header row counts). */
    skipRows: z.number().int().min(0).max(50).default(1),
    dateFormat: z.enum(['YYYY-MM-DD', 'YYYY/MM/DD', 'DD/MM/YYYY', 'MM/DD/YYYY', 'DD.MM.YYYY', 'DD-MM-YYYY']).default('YYYY-MM-DD'),
    decimal: z.enum(['.', ',']).default('.'),
    thousands: z.enum(['', ',', '.', ' ', "'"]).default(''),
    dateColumn: column,
    valueDateColumn: column.optional(),
    /** One signed amount column (credits positive)… */
    amountColumn: column.optional(),
    /** …or separate debit and credit columns, both unsigned. */
    debitColumn: column.optional(),
    creditColumn: column.optional(),
    textColumns: z.array(column).max(5).default([]),
    referenceColumn: column.optional(),
    counterpartyColumn: column.optional(),
  })
  .strict()
  .refine((m) => (m.amountColumn !== undefined) !== (m.debitColumn !== undefined && m.creditColumn !== undefined), {
    message: 'Give either amountColumn or both debitColumn and creditColumn',
    path: ['amountColumn'],
  })
  .refine((m) => m.decimal !== m.thousands, { message: 'The decimal and thousands separators must differ', path: ['thousands'] })
  .openapi('BankCsvMapping');
export type CsvMapping = z.infer<typeof csvMappingSchema>;
