import { OpenAPIHono, z } from '@hono/zod-openapi';
import type { AppEnv } from '../../platform/http/app-env.ts';
import { defineRoute, idParams } from '../../platform/http/define-route.ts';
import type { Platform } from '../../platform/platform.ts';
import { approveLeave } from './approve-leave.ts';
import { cancelLeave } from './cancel-leave.ts';
import { countWorkingDays } from './company-calendar.ts';
import { visibleEmployee } from './employee-access.ts';
import { toDays } from './leave.schemas.ts';
import { availableOn, leaveAvailability } from './leave-availability.ts';
import { actingEmployee, employeeToRequestFor } from './leave-request-access.ts';
import { leaveRequestView, visibleRequest } from './leave-request-view.ts';
import {
  leaveAvailabilitySchema,
  leaveRequestInputSchema,
  leaveRequestListQuery,
  leaveRequestSchema,
  rejectInputSchema,
  teamCalendarQuery,
  teamCalendarSchema,
  workingDaysQuery,
  workingDaysSchema,
} from './leave-requests.schemas.ts';
import { listLeaveRequests } from './list-leave-requests.ts';
import { rejectLeave } from './reject-leave.ts';
import { requestLeave } from './request-leave.ts';
import { routeContext } from './route-context.ts';
import { teamCalendar } from './team-calendar.ts';

const tags = ['People: leave requests'];
// Object-level access throughout: the employee, their manager, or HR; each use case decides.
const SELF_SERVICE = 'authenticated';

/** Leave requests and their decisions, working-day counts, what is left to take, and the team calendar. */
export function leaveRequestsRoutes(p: Platform): OpenAPIHono<AppEnv> {
  const ctx = (c: Parameters<typeof routeContext>[1]) => {
    const r = routeContext(p, c);
    return { ...r, call: { ...r.call, emailEnabled: Boolean(p.config.SMTP_URL) } };
  };
  return new OpenAPIHono<AppEnv>()
    .openapi(
      defineRoute({
        method: 'get',
        path: '/people/leave-requests',
        permission: SELF_SERVICE,
        summary: 'Leave requests: mine, my approvals inbox, or all I may see',
        tags,
        query: leaveRequestListQuery,
        response: z.object({ items: z.array(leaveRequestSchema), page: z.number(), pageSize: z.number(), total: z.number() }),
      }),
      async (c) => {
        const { db, call, asOf } = ctx(c);
        return c.json(await listLeaveRequests(db, call.actor, c.req.valid('query'), asOf), 200);
      },
    )
    .openapi(
      defineRoute({
        method: 'post',
        path: '/people/leave-requests',
        permission: SELF_SERVICE,
        summary: 'Ask for leave (for myself; HR with people.write for anyone); the approvers are notified',
        tags,
        body: leaveRequestInputSchema,
        response: leaveRequestSchema,
        status: 201,
      }),
      async (c) => {
        const { db, call } = ctx(c);
        return c.json(await requestLeave(db, call, c.req.valid('json')), 201);
      },
    )
    .openapi(
      defineRoute({
        method: 'get',
        path: '/people/leave-requests/working-days',
        permission: SELF_SERVICE,
        summary: 'The working days a leave would take (company calendar), and with a leave type what is available on its start date',
        tags,
        query: workingDaysQuery,
        response: workingDaysSchema,
      }),
      async (c) => {
        const { db, call, asOf } = ctx(c);
        const q = c.req.valid('query');
        const employee = await employeeToRequestFor(db, call.actor, q.employeeId, asOf);
        const days = await countWorkingDays(db, call.actor, q.from, q.to, {
          startsAfternoon: q.startsAfternoon === 'true',
          endsMidday: q.endsMidday === 'true',
        });
        const available = q.leaveTypeId ? toDays(await availableOn(db, employee.id, q.leaveTypeId, q.from)) : null;
        return c.json({ days, available }, 200);
      },
    )
    .openapi(
      defineRoute({
        method: 'get',
        path: '/people/leave-requests/{id}',
        permission: SELF_SERVICE,
        summary: 'One leave request (the employee, their manager or HR)',
        tags,
        params: idParams,
        response: leaveRequestSchema,
      }),
      async (c) => {
        const { db, call, asOf } = ctx(c);
        const row = await visibleRequest(db, call.actor, c.req.valid('param').id, asOf);
        return c.json(await leaveRequestView(db, call.actor, row.id, asOf, (await actingEmployee(db, call.actor))?.id ?? null), 200);
      },
    )
    .openapi(
      defineRoute({
        method: 'post',
        path: '/people/leave-requests/{id}/approve',
        permission: SELF_SERVICE,
        summary: "Approve (the employee's manager or people.leave.approve, never one's own): writes the usage record",
        tags,
        params: idParams,
        response: leaveRequestSchema,
      }),
      async (c) => {
        const { db, call } = ctx(c);
        return c.json(await approveLeave(db, call, c.req.valid('param').id), 200);
      },
    )
    .openapi(
      defineRoute({
        method: 'post',
        path: '/people/leave-requests/{id}/reject',
        permission: SELF_SERVICE,
        summary: 'Reject with a reason (the same deciders as approval)',
        tags,
        params: idParams,
        body: rejectInputSchema.partial().openapi('PeopleLeaveRejectBody'),
        response: leaveRequestSchema,
      }),
      async (c) => {
        const { db, call } = ctx(c);
        return c.json(await rejectLeave(db, call, c.req.valid('param').id, c.req.valid('json') as never), 200);
      },
    )
    .openapi(
      defineRoute({
        method: 'post',
        path: '/people/leave-requests/{id}/cancel',
        permission: SELF_SERVICE,
        summary: 'Cancel before the first day (the employee or HR); an approved one gets its usage reversed',
        tags,
        params: idParams,
        response: leaveRequestSchema,
      }),
      async (c) => {
        const { db, call } = ctx(c);
        return c.json(await cancelLeave(db, call, c.req.valid('param').id), 200);
      },
    )
    .openapi(
      defineRoute({
        method: 'get',
        path: '/people/employees/{id}/leave-availability',
        permission: SELF_SERVICE,
        summary: "An employee's balances today with approved leave still ahead and pending requests (the employee, their manager or HR)",
        tags,
        params: idParams,
        response: leaveAvailabilitySchema,
      }),
      async (c) => {
        const { db, call, asOf } = ctx(c);
        const { row } = await visibleEmployee(db, call.actor, c.req.valid('param').id, asOf);
        return c.json(await leaveAvailability(db, row.id, asOf), 200);
      },
    )
    .openapi(
      defineRoute({
        method: 'get',
        path: '/people/team-calendar',
        permission: SELF_SERVICE,
        summary: 'Who is away each day of a month (HR: everyone; others: their team), with holidays and the work week',
        tags,
        query: teamCalendarQuery,
        response: teamCalendarSchema,
      }),
      async (c) => {
        const { db, call, asOf } = ctx(c);
        return c.json(await teamCalendar(db, call.actor, c.req.valid('query'), asOf), 200);
      },
    );
}
