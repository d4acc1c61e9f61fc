import { z } from '@hono/zod-openapi';
import { errorCodes } from '../errors.ts';

export const errorSchema = z
  .object({
    error: z.object({
      code: z.enum(Object.keys(errorCodes) as [keyof typeof errorCodes, ...(keyof typeof errorCodes)[]]),
      message: z.string(),
      details: z.unknown().optional(),
    }),
  })
  .openapi('Error');
