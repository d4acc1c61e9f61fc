import { OpenAPIHono, z } from '@hono/zod-openapi';
import type { AppEnv } from '../../platform/http/app-env.ts';
import { defineRoute, idParams } from '../../platform/http/define-route.ts';
import type { Platform } from '../../platform/platform.ts';
import { createDepartment } from './create-department.ts';
import { createPosition } from './create-position.ts';
import { listDepartmentRows, presentDepartment } from './org.repository.ts';
import { departmentInputSchema, departmentNodeSchema, departmentPatchSchema, departmentSchema, positionInputSchema, positionSchema } from './org.schemas.ts';
import { departmentTree, listPositions } from './org-chart.ts';
import { routeContext } from './route-context.ts';
import { updateDepartment } from './update-department.ts';

const tags = ['People: organisation'];

/** Departments (a tree), positions with planned headcount, and the org chart. */
export function orgRoutes(p: Platform): OpenAPIHono<AppEnv> {
  return new OpenAPIHono<AppEnv>()
    .openapi(
      defineRoute({
        method: 'get',
        path: '/people/departments',
        permission: 'people.read',
        summary: 'Every department (flat)',
        tags,
        response: z.object({ items: z.array(departmentSchema) }),
      }),
      async (c) => c.json({ items: (await listDepartmentRows(routeContext(p, c).db)).map(presentDepartment) }, 200),
    )
    .openapi(
      defineRoute({
        method: 'get',
        path: '/people/org-chart',
        permission: 'people.read',
        summary: 'The department tree with the people in each today (alone and with sub-departments)',
        tags,
        response: z.object({ items: z.array(departmentNodeSchema) }),
      }),
      async (c) => {
        const { db, asOf } = routeContext(p, c);
        return c.json({ items: await departmentTree(db, asOf) }, 200);
      },
    )
    .openapi(
      defineRoute({
        method: 'post',
        path: '/people/departments',
        permission: 'people.write',
        summary: 'Add a department',
        tags,
        body: departmentInputSchema,
        response: departmentSchema,
        status: 201,
      }),
      async (c) => {
        const { db, call } = routeContext(p, c);
        return c.json(await createDepartment(db, call, c.req.valid('json')), 201);
      },
    )
    .openapi(
      defineRoute({
        method: 'patch',
        path: '/people/departments/{id}',
        permission: 'people.write',
        summary: 'Rename or move a department',
        tags,
        params: idParams,
        body: departmentPatchSchema,
        response: departmentSchema,
      }),
      async (c) => {
        const { db, call } = routeContext(p, c);
        return c.json(await updateDepartment(db, call, c.req.valid('param').id, c.req.valid('json')), 200);
      },
    )
    .openapi(
      defineRoute({
        method: 'get',
        path: '/people/positions',
        permission: 'people.read',
        summary: 'Positions with planned and filled headcount',
        tags,
        response: z.object({ items: z.array(positionSchema) }),
      }),
      async (c) => {
        const { db, asOf } = routeContext(p, c);
        return c.json({ items: await listPositions(db, asOf) }, 200);
      },
    )
    .openapi(
      defineRoute({
        method: 'post',
        path: '/people/positions',
        permission: 'people.write',
        summary: 'Add a position',
        tags,
        body: positionInputSchema,
        response: positionSchema,
        status: 201,
      }),
      async (c) => {
        const { db, call } = routeContext(p, c);
        return c.json(await createPosition(db, call, c.req.valid('json')), 201);
      },
    );
}
