import { OpenAPIHono, z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import type { AppEnv } from '../../platform/http/app-env.ts';
import { defineRoute, idParams, pageOf, pageQuery } from '../../platform/http/define-route.ts';
import type { Platform } from '../../platform/platform.ts';
import { changeRequestInputSchema, changeRequestQuery, changeRequestSchema, rejectInputSchema } from './change-requests.schemas.ts';
import { approveChangeRequest, listChangeRequests, listOwnChangeRequests, type RecordsCall, rejectChangeRequest, requestChange } from './change-requests.ts';
import { routeContext } from './route-context.ts';

const tags = ['People: change requests'];
const decided = z.object({ id: z.string(), status: z.enum(['approved', 'rejected']) });

/** Self-service change requests: an employee proposes, HR (people.write) approves or rejects with a reason. */
export function changeRequestRoutes(p: Platform): OpenAPIHono<AppEnv> {
  const context = (c: Context<AppEnv>) => {
    const { db, call } = routeContext(p, c);
    return { db, call: { ...call, emailEnabled: Boolean(p.config.SMTP_URL) } as RecordsCall };
  };
  return new OpenAPIHono<AppEnv>()
    .openapi(
      defineRoute({
        method: 'post',
        path: '/people/me/change-requests',
        // self-service: the caller's own employee record only (none → 404)
        permission: 'authenticated',
        summary: 'Propose changes to your own contact and identity fields (HR approves)',
        tags,
        body: changeRequestInputSchema,
        response: changeRequestSchema,
        status: 201,
      }),
      async (c) => {
        const { db, call } = context(c);
        return c.json(await requestChange(db, call, c.req.valid('json')), 201);
      },
    )
    .openapi(
      defineRoute({
        method: 'get',
        path: '/people/me/change-requests',
        permission: 'authenticated',
        summary: 'Your own change requests, newest first',
        tags,
        query: pageQuery,
        response: pageOf(changeRequestSchema),
      }),
      async (c) => {
        const { db, call } = context(c);
        const page = c.req.valid('query');
        return c.json({ ...(await listOwnChangeRequests(db, call, page)), ...page }, 200);
      },
    )
    .openapi(
      defineRoute({
        method: 'get',
        path: '/people/change-requests',
        permission: 'people.write',
        summary: "HR's inbox of change requests (pending by default), newest first",
        tags,
        query: pageQuery.extend(changeRequestQuery.shape),
        response: pageOf(changeRequestSchema),
      }),
      async (c) => {
        const { db, call } = context(c);
        const { status, ...page } = c.req.valid('query');
        return c.json({ ...(await listChangeRequests(db, call, status, page)), ...page }, 200);
      },
    )
    .openapi(
      defineRoute({
        method: 'post',
        path: '/people/change-requests/{id}/approve',
        permission: 'people.write',
        summary: 'Approve: the proposed values are written to the record (audited) and the employee is notified',
        tags,
        params: idParams,
        response: decided,
      }),
      async (c) => {
        const { db, call } = context(c);
        return c.json(await approveChangeRequest(db, call, c.req.valid('param').id), 200);
      },
    )
    .openapi(
      defineRoute({
        method: 'post',
        path: '/people/change-requests/{id}/reject',
        permission: 'people.write',
        summary: 'Reject with a reason the employee is told; the record is unchanged',
        tags,
        params: idParams,
        body: rejectInputSchema.partial().openapi('PeopleChangeRequestRejectionBody'),
        response: decided,
      }),
      async (c) => {
        const { db, call } = context(c);
        return c.json(await rejectChangeRequest(db, call, c.req.valid('param').id, c.req.valid('json') as never), 200);
      },
    );
}
