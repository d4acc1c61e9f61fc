import { z } from '@hono/zod-openapi';
import { CHANGE_REQUEST_STATUSES } from './change-requests.tables.ts';

const text = (max: number) => z.string().trim().min(1).max(max);
const clearable = (max: number) => z.string().trim().max(max).nullable().optional();

/** What an employee may propose for their own record; null (or '') asks to clear a field. */
export const proposedChangesSchema = z
  .strictObject({
    nameEn: text(200).optional(),
    nameAr: text(200).optional(),
    email: z.email().max(254).nullable().optional(),
    phone: z
      .string()
      .trim()
      .max(40)
      .regex(/^[+0-9 ()-]*$/, 'Digits, spaces and + ( ) - only')
      .nullable()
      .optional(),
    address: clearable(500),
    emergencyContact: clearable(300),
  })
  .refine((c) => Object.values(c).some((v) => v !== undefined), { message: 'Propose at least one change' })
  .openapi('PeopleProposedChanges');
export type ProposedChanges = z.infer<typeof proposedChangesSchema>;

export const changeRequestInputSchema = z
  .strictObject({ changes: proposedChangesSchema, note: z.string().trim().max(1000).optional() })
  .openapi('PeopleChangeRequestInput');
export type ChangeRequestInput = z.infer<typeof changeRequestInputSchema>;

export const rejectInputSchema = z.strictObject({ reason: text(1000) }).openapi('PeopleChangeRequestRejection');

export const changeRequestQuery = z.object({ status: z.enum([...CHANGE_REQUEST_STATUSES, 'all']).default('pending') });

const fieldChange = z.object({
  field: z.string(),
  /** The value on the record now (null: empty); omitted for a sensitive field the viewer may not see. */
  current: z.string().nullable().optional(),
  /** The proposed value; omitted for a sensitive field the viewer may not see (named in `redacted`). */
  proposed: z.string().nullable().optional(),
  sensitive: z.boolean(),
});

export const changeRequestSchema = z
  .object({
    id: z.string(),
    employeeId: z.string(),
    employeeNumber: z.string(),
    employeeName: z.object({ en: z.string(), ar: z.string() }),
    status: z.enum(CHANGE_REQUEST_STATUSES),
    changes: z.array(fieldChange),
    note: z.string(),
    createdAt: z.string(),
    decidedAt: z.string().nullable(),
    decisionReason: z.string().nullable(),
  })
  .openapi('PeopleChangeRequest');
export type ChangeRequestView = z.infer<typeof changeRequestSchema>;
