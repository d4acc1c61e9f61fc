import { z } from '@hono/zod-openapi';
import { isoDate } from './people.schemas.ts';

const month = z
  .string()
  .regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'A month written YYYY-MM')
  .openapi({ example: '2026-01' });
export const monthRangeQuery = z.object({ from: month, to: month });
export const dateRangeQuery = z.object({ from: isoDate, to: isoDate });
export const exportQuery = z.object({ format: z.enum(['csv', 'xlsx']).default('csv'), lang: z.enum(['en', 'ar']).default('en') });

const named = z.object({ en: z.string(), ar: z.string() });
const monthFigures = z.object({ month: z.string(), headcount: z.number(), joiners: z.number(), leavers: z.number() });
const turnoverFigures = {
  opening: z.number(),
  closing: z.number(),
  joiners: z.number(),
  leavers: z.number(),
  averageHeadcount: z.string().openapi({ example: '42.5' }),
  /** Leavers ÷ average headcount × 100, one decimal; null with no headcount. */
  rate: z.string().nullable().openapi({ example: '7.1' }),
};

export const headcountReportSchema = z
  .object({
    from: z.string(),
    to: z.string(),
    opening: z.number(),
    months: z.array(monthFigures),
    departments: z.array(z.object({ departmentId: z.string().nullable(), departmentName: named, months: z.array(monthFigures) })),
  })
  .openapi('PeopleHeadcountReport');

export const turnoverReportSchema = z
  .object({
    from: z.string(),
    to: z.string(),
    total: z.object(turnoverFigures),
    monthly: z.array(z.object({ month: z.string(), ...turnoverFigures })),
    departments: z.array(z.object({ departmentId: z.string().nullable(), departmentName: named, ...turnoverFigures })),
  })
  .openapi('PeopleTurnoverReport');

export const leaveReportSchema = z
  .object({
    from: z.string(),
    to: z.string(),
    rows: z.array(
      z.object({
        leaveTypeId: z.string(),
        code: z.string(),
        leaveTypeName: named,
        departmentId: z.string().nullable(),
        departmentName: named,
        taken: z.number(),
        balance: z.number(),
        employees: z.number(),
      }),
    ),
  })
  .openapi('PeopleLeaveReport');
