import { z } from '@hono/zod-openapi';
import { isoDate } from './people.schemas.ts';
import { EMPLOYMENT_TYPES } from './people.tables.ts';

/** Days in the API (21, 1.5, 0.25); hundredths of a day inside. */
const days = z
  .number()
  .min(0)
  .max(366)
  .refine((d) => Number.isInteger(Math.round(d * 100)) && Math.abs(d * 100 - Math.round(d * 100)) < 1e-9, 'At most two decimals');
const name = z.string().trim().min(1).max(200);

export const leaveTypeInputSchema = z
  .strictObject({
    code: z
      .string()
      .trim()
      .regex(/^[a-z][a-z0-9_]{0,29}$/, 'Lower-case letters, digits and _'),
    nameEn: name,
    nameAr: name,
    allowNegative: z.boolean().default(false),
  })
  .openapi('PeopleLeaveTypeInput');
export type LeaveTypeInput = z.input<typeof leaveTypeInputSchema>;

export const leavePolicyInputSchema = z
  .strictObject({
    /** The employment type this policy is for; `all` applies where no specific one is set. */
    employmentType: z.enum([...EMPLOYMENT_TYPES, 'all']),
    accrual: z.enum(['monthly', 'yearly']),
    daysPerYear: days,
    carryOverCap: days.nullable(),
  })
  .openapi('PeopleLeavePolicyInput');
export type LeavePolicyInput = z.infer<typeof leavePolicyInputSchema>;

export const leavePolicySchema = leavePolicyInputSchema.extend({ id: z.string() }).openapi('PeopleLeavePolicy');
export const leaveTypeSchema = z
  .object({ id: z.string(), code: z.string(), nameEn: z.string(), nameAr: z.string(), allowNegative: z.boolean(), policies: z.array(leavePolicySchema) })
  .openapi('PeopleLeaveType');
export type LeaveTypeView = z.infer<typeof leaveTypeSchema>;

export const leaveAdjustmentInputSchema = z
  .strictObject({
    leaveTypeId: z.uuid(),
    date: isoDate,
    /** Signed: a credit or a debit of the balance. */
    days: z
      .number()
      .min(-366)
      .max(366)
      .refine((d) => d !== 0 && Math.abs(d * 100 - Math.round(d * 100)) < 1e-9, 'Not zero, at most two decimals'),
    reason: z.string().trim().min(1).max(300),
  })
  .openapi('PeopleLeaveAdjustmentInput');
export type LeaveAdjustmentInput = z.infer<typeof leaveAdjustmentInputSchema>;

export const leaveBalanceSchema = z
  .object({
    leaveTypeId: z.string(),
    code: z.string(),
    nameEn: z.string(),
    nameAr: z.string(),
    /** null: no policy applies to this employee's employment type. */
    policy: leavePolicySchema.nullable(),
    accrued: z.number(),
    used: z.number(),
    adjusted: z.number(),
    forfeited: z.number(),
    balance: z.number(),
  })
  .openapi('PeopleLeaveBalance');
export const leaveBalancesSchema = z.object({ asOf: isoDate, items: z.array(leaveBalanceSchema) }).openapi('PeopleLeaveBalances');
export const asOfQuery = z.object({ asOf: isoDate.optional() });

export const toHundredths = (d: number) => Math.round(d * 100);
export const toDays = (h: number | bigint) => Number(h) / 100;
