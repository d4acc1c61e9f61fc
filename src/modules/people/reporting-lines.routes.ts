import { OpenAPIHono, z } from '@hono/zod-openapi';
import type { AppEnv } from '../../platform/http/app-env.ts';
import { defineRoute, idParams, pageOf, pageQuery } from '../../platform/http/define-route.ts';
import type { Platform } from '../../platform/platform.ts';
import { managerChain, reportingLevel } from './reporting-lines.ts';
import { routeContext } from './route-context.ts';

const tags = ['People: organisation'];
const named = z.object({ en: z.string(), ar: z.string() }).nullable();
const personNode = z
  .object({
    id: z.string(),
    employeeNumber: z.string(),
    nameEn: z.string(),
    nameAr: z.string(),
    departmentName: named,
    positionTitle: named,
    directReports: z.number(),
  })
  .openapi('PeopleOrgChartPerson');

/** The org chart by reporting lines, one level at a time (so it opens fast with thousands of people). */
export function reportingLinesRoutes(p: Platform): OpenAPIHono<AppEnv> {
  return new OpenAPIHono<AppEnv>()
    .openapi(
      defineRoute({
        method: 'get',
        path: '/people/org-chart/people',
        permission: 'people.read',
        summary: 'Direct reports of managerId today (without it: the people with no manager), with their own report counts',
        tags,
        query: pageQuery.extend({ managerId: z.uuid().optional() }),
        response: pageOf(personNode),
      }),
      async (c) => {
        const { db, asOf } = routeContext(p, c);
        const { managerId, ...page } = c.req.valid('query');
        return c.json({ ...(await reportingLevel(db, asOf, managerId ?? null, page)), ...page }, 200);
      },
    )
    .openapi(
      defineRoute({
        method: 'get',
        path: '/people/org-chart/people/{id}/chain',
        permission: 'people.read',
        summary: 'The managers above an employee today, top first',
        tags,
        params: idParams,
        response: z.object({ chain: z.array(z.string()) }),
      }),
      async (c) => {
        const { db, asOf } = routeContext(p, c);
        return c.json({ chain: await managerChain(db, asOf, c.req.valid('param').id) }, 200);
      },
    );
}
