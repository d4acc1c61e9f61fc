import { z } from '@hono/zod-openapi';
import { pageQuery } from '../../platform/http/define-route.ts';

const amount = z.string().openapi({ example: '-1250.00' });

export const worklistQuerySchema = pageQuery;

export const unmatchedBankLineSchema = z
  .object({ id: z.string(), date: z.string(), amount, text: z.string(), reference: z.string().nullable(), counterparty: z.string().nullable() })
  .openapi('BankUnmatchedLine');
export const unmatchedLedgerLineSchema = z
  .object({ id: z.string(), entryId: z.string(), number: z.string().nullable(), date: z.string(), amount, text: z.string() })
  .openapi('BankUnmatchedLedgerLine');

const page = <T extends z.ZodType>(item: T) =>
  z.object({ items: z.array(item), page: z.number(), pageSize: z.number(), total: z.number(), totalAmount: amount });
export const unmatchedBankPageSchema = page(unmatchedBankLineSchema).openapi('BankUnmatchedLines');
export const unmatchedLedgerPageSchema = page(unmatchedLedgerLineSchema).openapi('BankUnmatchedLedgerLines');

const matchSide = z.object({ id: z.string(), date: z.string(), amount, text: z.string() });
export const standingMatchSchema = z
  .object({
    id: z.string(),
    source: z.enum(['manual', 'auto', 'rule']),
    score: z.number().nullable(),
    reasons: z.array(z.string()),
    total: amount,
    entryId: z.string().nullable(),
    matchedBy: z.string(),
    matchedAt: z.string(),
    bankLines: z.array(matchSide),
    ledgerLines: z.array(matchSide),
  })
  .openapi('BankStandingMatch');
export const standingMatchesSchema = z
  .object({ items: z.array(standingMatchSchema), page: z.number(), pageSize: z.number(), total: z.number() })
  .openapi('BankStandingMatches');
export type StandingMatchView = z.infer<typeof standingMatchSchema>;
