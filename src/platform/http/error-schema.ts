import { z } from '@hono/zod-openapi';
import { errorCodes } from '../errors.ts';

/** One item of a details list: the field at fault and why (see `ErrorDetail` in errors.ts). */
export const errorDetailSchema = z
  .object({
    path: z.string().openapi({ description: 'The field at fault, dotted: `lines.2.accountId`, `rows.14`.' }),
    message: z.string().openapi({ description: 'Why, in English. Shown when the client does not know `code`.' }),
    code: z.string().optional().openapi({
      description:
        'A stable reason code (e.g. `ledger.account_archived`) a client translates; its meaning never changes. Absent on reasons that have none yet.',
    }),
    params: z
      .record(z.string(), z.union([z.string(), z.number()]))
      .optional()
      .openapi({ description: 'The values the reason is worded with (account codes, dates, amounts as decimal strings).' }),
  })
  .openapi('ErrorDetail');

export const errorSchema = z
  .object({
    error: z.object({
      code: z.enum(Object.keys(errorCodes) as [keyof typeof errorCodes, ...(keyof typeof errorCodes)[]]),
      message: z.string(),
      details: z
        .union([z.array(errorDetailSchema), z.record(z.string(), z.unknown())])
        .optional()
        .openapi({
          description:
            'A list of `ErrorDetail` items (VALIDATION, UNBALANCED: which field, why), or an object (CONFLICT, PERIOD_LOCKED, RATE_LIMITED …) that may carry the same optional `code` and `params`, worded in English by `message`. New optional fields may appear; clients ignore what they do not know.',
        }),
    }),
  })
  .openapi('Error');
