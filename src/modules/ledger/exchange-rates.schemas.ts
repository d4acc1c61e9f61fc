import { z } from '@hono/zod-openapi';
import { currencyCode, isoDate, rateString } from './ledger.schemas.ts';

/** Dated exchange rates at the boundary: a rate is base-currency units per unit of `currency`, as a decimal string. */
export const exchangeRateInputSchema = z
  .strictObject({
    currency: currencyCode,
    date: isoDate,
    rate: rateString,
    /** Where the rate came from: `manual` when omitted; e.g. `SAMA`, `ECB`, `csv`. */
    source: z.string().trim().min(1).max(100).optional(),
  })
  .openapi('LedgerExchangeRateInput');
export type ExchangeRateInput = z.infer<typeof exchangeRateInputSchema>;

export const exchangeRateSchema = z
  .object({ currency: z.string(), date: z.string(), rate: z.string(), source: z.string(), updatedBy: z.string(), updatedAt: z.string() })
  .openapi('LedgerExchangeRate');
export type ExchangeRateView = z.infer<typeof exchangeRateSchema>;

export const exchangeRateQuery = z.object({
  currency: currencyCode.optional(),
  from: isoDate.optional(),
  to: isoDate.optional(),
  limit: z.coerce.number().int().min(1).max(1000).default(200),
});
export type ExchangeRateQuery = z.infer<typeof exchangeRateQuery>;

/** A CSV file with the header `currency,date,rate` and optionally `source`; at most 1 MB. */
export const exchangeRateImportSchema = z
  .strictObject({ csv: z.string().min(1).max(1_000_000), source: z.string().trim().min(1).max(100).optional() })
  .openapi('LedgerExchangeRateImport');
export type ExchangeRateImport = z.infer<typeof exchangeRateImportSchema>;

export const exchangeRateImportResultSchema = z.object({ imported: z.number(), currencies: z.array(z.string()) }).openapi('LedgerExchangeRateImportResult');
export type ExchangeRateImportResult = z.infer<typeof exchangeRateImportResultSchema>;
