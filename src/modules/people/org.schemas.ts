import { z } from '@hono/zod-openapi';

const text = (max: number) => z.string().trim().min(1).max(max);

export const departmentInputSchema = z
  .strictObject({ nameEn: text(200), nameAr: text(200), parentId: z.uuid().nullable().optional() })
  .openapi('PeopleDepartmentInput');
export type DepartmentInput = z.infer<typeof departmentInputSchema>;
export const departmentPatchSchema = departmentInputSchema.partial().openapi('PeopleDepartmentPatch');
export type DepartmentPatch = z.infer<typeof departmentPatchSchema>;

export const departmentSchema = z
  .object({ id: z.string(), nameEn: z.string(), nameAr: z.string(), parentId: z.string().nullable() })
  .openapi('PeopleDepartment');
export type DepartmentView = z.infer<typeof departmentSchema>;

export interface DepartmentNode extends DepartmentView {
  /** People currently assigned to this department itself, and to it with every department below. */
  headcount: number;
  totalHeadcount: number;
  children: DepartmentNode[];
}
export const departmentNodeSchema: z.ZodType<DepartmentNode> = departmentSchema
  .extend({
    headcount: z.number(),
    totalHeadcount: z.number(),
    children: z.array(z.lazy(() => departmentNodeSchema)),
  })
  .openapi('PeopleDepartmentNode');

export const positionInputSchema = z
  .strictObject({ titleEn: text(200), titleAr: text(200), departmentId: z.uuid().nullable().optional(), headcount: z.number().int().min(0).max(100_000) })
  .openapi('PeoplePositionInput');
export type PositionInput = z.infer<typeof positionInputSchema>;

export const positionSchema = z
  .object({
    id: z.string(),
    titleEn: z.string(),
    titleAr: z.string(),
    departmentId: z.string().nullable(),
    /** Planned, and held today. */
    headcount: z.number(),
    filled: z.number(),
  })
  .openapi('PeoplePosition');
export type PositionView = z.infer<typeof positionSchema>;
