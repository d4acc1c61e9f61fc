import { z } from '@hono/zod-openapi';

/** Dimension types (department, project, cost centre, …) and their values at the boundary. */
const code = z.string().regex(/^[0-9A-Za-z][0-9A-Za-z._-]{0,39}$/, 'Letters, digits, dots, dashes and underscores, at most 40');
const name = z.string().trim().min(1).max(200);

export const dimensionInputSchema = z
  .strictObject({
    code,
    nameEn: name,
    nameAr: name,
    /** Which of the three line slots carries this dimension; fixed once chosen. */
    slot: z.number().int().min(1).max(3),
  })
  .openapi('LedgerDimensionInput');
export type DimensionInput = z.infer<typeof dimensionInputSchema>;

export const dimensionPatchSchema = z
  .strictObject({ nameEn: name.optional(), nameAr: name.optional(), active: z.boolean().optional() })
  .openapi('LedgerDimensionPatch');
export type DimensionPatch = z.infer<typeof dimensionPatchSchema>;

export const dimensionValueInputSchema = z.strictObject({ dimensionId: z.uuid(), code, nameEn: name, nameAr: name }).openapi('LedgerDimensionValueInput');
export type DimensionValueInput = z.infer<typeof dimensionValueInputSchema>;

export const dimensionValueSchema = z
  .object({ id: z.string(), dimensionId: z.string(), code: z.string(), nameEn: z.string(), nameAr: z.string(), active: z.boolean() })
  .openapi('LedgerDimensionValue');
export type DimensionValueView = z.infer<typeof dimensionValueSchema>;

export const dimensionSchema = z
  .object({
    id: z.string(),
    code: z.string(),
    nameEn: z.string(),
    nameAr: z.string(),
    slot: z.number(),
    active: z.boolean(),
    values: z.array(dimensionValueSchema),
  })
  .openapi('LedgerDimension');
export type DimensionView = z.infer<typeof dimensionSchema>;
