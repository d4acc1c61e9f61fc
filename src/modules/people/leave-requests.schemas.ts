import { z } from '@hono/zod-openapi';
import { pageQuery } from '../../platform/http/define-route.ts';
import { LEAVE_REQUEST_STATUSES } from './leave-requests.tables.ts';
import { isoDate } from './people.schemas.ts';

const halves = {
  /** The first day counts only its afternoon. */
  startsAfternoon: z.boolean().default(false),
  /** The last day counts only its morning. */
  endsMidday: z.boolean().default(false),
};

export const leaveRequestInputSchema = z
  .strictObject({
    /** Omitted: the acting user's own employee record. HR (people.write) may name anyone's. */
    employeeId: z.uuid().optional(),
    leaveTypeId: z.uuid(),
    from: isoDate,
    to: isoDate,
    ...halves,
    note: z.string().trim().max(500).optional(),
  })
  .refine((r) => r.to >= r.from, { path: ['to'], message: 'The end is before the start' })
  .openapi('PeopleLeaveRequestInput');
export type LeaveRequestInput = z.input<typeof leaveRequestInputSchema>;

export const rejectInputSchema = z.strictObject({ reason: z.string().trim().min(1).max(500) }).openapi('PeopleLeaveRejectInput');

export const leaveRequestSchema = z
  .object({
    id: z.string(),
    employeeId: z.string(),
    employeeNumber: z.string(),
    employeeNameEn: z.string(),
    employeeNameAr: z.string(),
    leaveTypeId: z.string(),
    leaveTypeCode: z.string(),
    leaveTypeNameEn: z.string(),
    leaveTypeNameAr: z.string(),
    from: isoDate,
    to: isoDate,
    startsAfternoon: z.boolean(),
    endsMidday: z.boolean(),
    /** Working days of the company calendar (multiples of 0.5). */
    days: z.number(),
    note: z.string().nullable(),
    status: z.enum(LEAVE_REQUEST_STATUSES),
    requestedAt: z.string(),
    requestedBy: z.string(),
    decidedAt: z.string().nullable(),
    decidedBy: z.string().nullable(),
    decisionReason: z.string().nullable(),
    /** What the acting user may do with it now. */
    canDecide: z.boolean(),
    canCancel: z.boolean(),
  })
  .openapi('PeopleLeaveRequest');
export type LeaveRequestView = z.infer<typeof leaveRequestSchema>;

export const leaveRequestListQuery = pageQuery.extend({
  /** mine: my own; inbox: pending ones I may decide; all: every request I may see (HR all, a manager their reports'). */
  scope: z.enum(['mine', 'inbox', 'all']).default('mine'),
  status: z.enum(LEAVE_REQUEST_STATUSES).optional(),
  employeeId: z.uuid().optional(),
  from: isoDate.optional(),
  to: isoDate.optional(),
});
export type LeaveRequestListQuery = z.infer<typeof leaveRequestListQuery>;

export const workingDaysQuery = z.object({
  employeeId: z.uuid().optional(),
  leaveTypeId: z.uuid().optional(),
  from: isoDate,
  to: isoDate,
  startsAfternoon: z.enum(['true', 'false']).optional(),
  endsMidday: z.enum(['true', 'false']).optional(),
});
export const workingDaysSchema = z
  .object({
    days: z.number(),
    /** With a leave type: what the employee can still take on the start date (null without one). */
    available: z.number().nullable(),
  })
  .openapi('PeopleLeaveWorkingDays');

export const leaveAvailabilitySchema = z
  .object({
    asOf: isoDate,
    items: z.array(
      z.object({
        leaveTypeId: z.string(),
        code: z.string(),
        nameEn: z.string(),
        nameAr: z.string(),
        allowNegative: z.boolean(),
        /** The derived balance today. */
        balance: z.number(),
        /** Approved leave that starts after today (its usage is dated then). */
        booked: z.number(),
        /** Days of requests waiting for a decision. */
        pending: z.number(),
        /** balance − booked. */
        available: z.number(),
      }),
    ),
  })
  .openapi('PeopleLeaveAvailability');

export const teamCalendarQuery = pageQuery.extend({
  month: z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'A month written YYYY-MM'),
  departmentId: z.uuid().optional(),
});
export type TeamCalendarQuery = z.infer<typeof teamCalendarQuery>;

const absenceSchema = z.object({
  requestId: z.string(),
  from: isoDate,
  to: isoDate,
  startsAfternoon: z.boolean(),
  endsMidday: z.boolean(),
  status: z.enum(['pending', 'approved']),
  /** Hidden (null) from colleagues: only the person, their manager and HR see the kind of leave. */
  leaveType: z.object({ code: z.string(), nameEn: z.string(), nameAr: z.string() }).nullable(),
});
export const teamCalendarSchema = z
  .object({
    month: z.string(),
    from: isoDate,
    to: isoDate,
    workWeek: z.array(z.number()),
    holidays: z.array(z.object({ date: isoDate, nameEn: z.string(), nameAr: z.string(), halfDay: z.boolean() })),
    departments: z.array(z.object({ id: z.string(), nameEn: z.string(), nameAr: z.string() })),
    people: z.array(
      z.object({ employeeId: z.string(), nameEn: z.string(), nameAr: z.string(), departmentId: z.string().nullable(), absences: z.array(absenceSchema) }),
    ),
    page: z.number(),
    pageSize: z.number(),
    total: z.number(),
  })
  .openapi('PeopleTeamCalendar');
export type TeamCalendarView = z.infer<typeof teamCalendarSchema>;
