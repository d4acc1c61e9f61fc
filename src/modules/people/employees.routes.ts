import { OpenAPIHono, z } from '@hono/zod-openapi';
import type { AppEnv } from '../../platform/http/app-env.ts';
import { defineRoute, idParams, pageOf, pageQuery } from '../../platform/http/define-route.ts';
import type { Platform } from '../../platform/platform.ts';
import { changeJob } from './change-job.ts';
import { createEmployee } from './create-employee.ts';
import { visibleEmployee } from './employee-access.ts';
import { presentEmployee } from './employee-view.ts';
import { listEmployees } from './list-employees.ts';
import { listTeam } from './list-team.ts';
import {
  compensationInputSchema,
  employeeInputSchema,
  employeePatchSchema,
  employeeQuery,
  employeeSchema,
  employeeSummarySchema,
  jobChangeSchema,
  sensitiveSchema,
} from './people.schemas.ts';
import { recordCompensation } from './record-compensation.ts';
import { revealSensitive } from './reveal-sensitive.ts';
import { routeContext } from './route-context.ts';
import { updateEmployee } from './update-employee.ts';

const tags = ['People: employees'];
const created = z.object({ id: z.string() });

/**
 * Employees. `{id}` routes find the record first, so an id of another company (or one the viewer may
 * not see) answers 404 whatever the body; dated-change bodies are checked in full after that.
 */
export function employeesRoutes(p: Platform): OpenAPIHono<AppEnv> {
  const show = async ({ db, call, asOf }: ReturnType<typeof routeContext>, id: string) => {
    const { row, access } = await visibleEmployee(db, call.actor, id, asOf);
    return presentEmployee(db, row, asOf, access);
  };
  return new OpenAPIHono<AppEnv>()
    .openapi(
      defineRoute({
        method: 'get',
        path: '/people/employees',
        permission: 'people.read',
        summary: 'Employees, searched, filtered by department and paginated (no sensitive fields)',
        tags,
        query: pageQuery.extend(employeeQuery.shape),
        response: pageOf(employeeSummarySchema),
      }),
      async (c) => {
        const { db, asOf } = routeContext(p, c);
        const { page, pageSize, ...filter } = c.req.valid('query');
        return c.json({ ...(await listEmployees(db, { ...filter, asOf }, { page, pageSize })), page, pageSize }, 200);
      },
    )
    .openapi(
      defineRoute({
        method: 'get',
        path: '/people/team',
        permission: 'authenticated',
        summary: "The caller's own employee record and direct reports (self-service, managers)",
        tags,
        response: z.object({ self: employeeSummarySchema.nullable(), reports: z.array(employeeSummarySchema) }),
      }),
      async (c) => {
        const { db, call, asOf } = routeContext(p, c);
        return c.json(await listTeam(db, call.actor, asOf), 200);
      },
    )
    .openapi(
      defineRoute({
        method: 'post',
        path: '/people/employees',
        permission: 'people.write',
        summary: 'Add an employee',
        tags,
        body: employeeInputSchema,
        response: created,
        status: 201,
      }),
      async (c) => {
        const { db, call } = routeContext(p, c);
        return c.json(await createEmployee(db, call, c.req.valid('json')), 201);
      },
    )
    .openapi(
      defineRoute({
        method: 'get',
        path: '/people/employees/{id}',
        // object-level: HR sees all, a manager their direct reports, an employee their own record
        permission: 'authenticated',
        summary: 'One employee with the job timeline; sensitive fields are named in `redacted`',
        tags,
        params: idParams,
        response: employeeSchema,
      }),
      async (c) => c.json(await show(routeContext(p, c), c.req.valid('param').id), 200),
    )
    .openapi(
      defineRoute({
        method: 'patch',
        path: '/people/employees/{id}',
        permission: 'people.write',
        summary: 'Change identity, contact, employment terms or sensitive fields',
        tags,
        params: idParams,
        body: employeePatchSchema,
        response: employeeSchema,
      }),
      async (c) => {
        const ctx = routeContext(p, c);
        await updateEmployee(ctx.db, ctx.call, c.req.valid('param').id, c.req.valid('json'));
        return c.json(await show(ctx, c.req.valid('param').id), 200);
      },
    )
    .openapi(
      defineRoute({
        method: 'post',
        path: '/people/employees/{id}/job-changes',
        permission: 'people.write',
        summary: 'A change of department, position or manager from a date (a new record; history is kept)',
        tags,
        params: idParams,
        body: jobChangeSchema.partial().openapi('PeopleJobChangeBody'),
        response: created,
        status: 201,
      }),
      async (c) => {
        const { db, call } = routeContext(p, c);
        return c.json(await changeJob(db, call, c.req.valid('param').id, c.req.valid('json') as never), 201);
      },
    )
    .openapi(
      defineRoute({
        method: 'post',
        path: '/people/employees/{id}/compensation',
        permission: 'people.write',
        summary: 'A new rate of pay from a date (amount as a decimal string, stored encrypted)',
        tags,
        params: idParams,
        body: compensationInputSchema.partial().openapi('PeopleCompensationBody'),
        response: created,
        status: 201,
      }),
      async (c) => {
        const { db, call } = routeContext(p, c);
        return c.json(await recordCompensation(db, call, c.req.valid('param').id, c.req.valid('json') as never), 201);
      },
    )
    .openapi(
      defineRoute({
        method: 'post',
        path: '/people/employees/{id}/reveal',
        permission: 'people.sensitive.read',
        summary: 'Reveal the sensitive fields and pay history (audited as people.sensitive.revealed)',
        tags,
        params: idParams,
        response: sensitiveSchema,
      }),
      async (c) => {
        const { db, call } = routeContext(p, c);
        return c.json(await revealSensitive(db, call, c.req.valid('param').id), 200);
      },
    );
}
