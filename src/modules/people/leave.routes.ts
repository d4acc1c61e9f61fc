import { OpenAPIHono, z } from '@hono/zod-openapi';
import type { AppEnv } from '../../platform/http/app-env.ts';
import { defineRoute, idParams } from '../../platform/http/define-route.ts';
import type { Platform } from '../../platform/platform.ts';
import { createLeaveType } from './create-leave-type.ts';
import { visibleEmployee } from './employee-access.ts';
import { asOfQuery, leaveAdjustmentInputSchema, leaveBalancesSchema, leavePolicyInputSchema, leaveTypeInputSchema, leaveTypeSchema } from './leave.schemas.ts';
import { leaveBalances } from './leave-balances.ts';
import { listLeaveTypes } from './list-leave-types.ts';
import { recordLeaveAdjustment } from './record-leave-adjustment.ts';
import { routeContext } from './route-context.ts';
import { setLeavePolicy } from './set-leave-policy.ts';

const tags = ['People: leave'];
const created = z.object({ id: z.string() });

/** Leave types, their accrual policies, HR adjustments and the derived balances. */
export function leaveRoutes(p: Platform): OpenAPIHono<AppEnv> {
  return new OpenAPIHono<AppEnv>()
    .openapi(
      defineRoute({
        method: 'get',
        path: '/people/leave-types',
        permission: 'people.read',
        summary: 'Leave types with their policies',
        tags,
        response: z.object({ items: z.array(leaveTypeSchema) }),
      }),
      async (c) => c.json({ items: await listLeaveTypes(routeContext(p, c).db) }, 200),
    )
    .openapi(
      defineRoute({
        method: 'post',
        path: '/people/leave-types',
        permission: 'people.write',
        summary: 'Add a leave type (annual, sick, unpaid, …)',
        tags,
        body: leaveTypeInputSchema,
        response: leaveTypeSchema,
        status: 201,
      }),
      async (c) => {
        const { db, call } = routeContext(p, c);
        return c.json(await createLeaveType(db, call, c.req.valid('json')), 201);
      },
    )
    .openapi(
      defineRoute({
        method: 'put',
        path: '/people/leave-types/{id}/policy',
        permission: 'people.write',
        summary: 'Set how a leave type accrues for an employment type (or all): monthly or yearly, days a year, carry-over cap',
        tags,
        params: idParams,
        body: leavePolicyInputSchema.partial().openapi('PeopleLeavePolicyBody'),
        response: created,
      }),
      async (c) => {
        const { db, call } = routeContext(p, c);
        return c.json(await setLeavePolicy(db, call, c.req.valid('param').id, c.req.valid('json') as never), 200);
      },
    )
    .openapi(
      defineRoute({
        method: 'post',
        path: '/people/employees/{id}/leave-adjustments',
        permission: 'people.write',
        summary: 'An HR adjustment of a leave balance (signed days, with a reason; a record, never an edit)',
        tags,
        params: idParams,
        body: leaveAdjustmentInputSchema.partial().openapi('PeopleLeaveAdjustmentBody'),
        response: created,
        status: 201,
      }),
      async (c) => {
        const { db, call } = routeContext(p, c);
        return c.json(await recordLeaveAdjustment(db, call, c.req.valid('param').id, c.req.valid('json') as never), 201);
      },
    )
    .openapi(
      defineRoute({
        method: 'get',
        path: '/people/employees/{id}/leave-balances',
        // object-level, as the employee record: HR, the manager, or the employee
        permission: 'authenticated',
        summary: "An employee's leave balances on a date (default today), derived from accrual, usage and adjustments",
        tags,
        params: idParams,
        query: asOfQuery,
        response: leaveBalancesSchema,
      }),
      async (c) => {
        const { db, call, asOf: today } = routeContext(p, c);
        const asOf = c.req.valid('query').asOf ?? today;
        const { row } = await visibleEmployee(db, call.actor, c.req.valid('param').id, today);
        return c.json(await leaveBalances(db, row.id, asOf), 200);
      },
    );
}
