import { z } from '@hono/zod-openapi';

const signedDecimal = z.string().regex(/^-?\d+(\.\d+)?$/, 'A decimal such as -25.00');

/**
 * Changing a rule: every field optional (another company's id answers 404 whatever is sent); `null`
 * clears an optional field. The rule's bank account does not change.
 */
export const rulePatchSchema = z
  .object({
    name: z.string().trim().min(1).max(100).optional(),
    textContains: z.string().trim().min(1).max(200).nullable().optional(),
    textPattern: z.string().trim().min(1).max(200).nullable().optional(),
    minAmount: signedDecimal.nullable().optional(),
    maxAmount: signedDecimal.nullable().optional(),
    accountId: z.uuid().optional(),
    journalId: z.uuid().optional(),
    memo: z.string().trim().max(500).nullable().optional(),
    priority: z.number().int().min(0).max(1000).optional(),
    active: z.boolean().optional(),
    dimensions: z.array(z.uuid()).max(3).optional(),
  })
  .strict()
  .openapi('BankRulePatch');
export type RulePatch = z.infer<typeof rulePatchSchema>;
