import { OpenAPIHono, z } from '@hono/zod-openapi';
import type { Actor } from '../auth/actor.ts';
import type { CompanyDb } from '../db/company-scope.ts';
import type { AppEnv } from '../http/app-env.ts';
import { defineRoute, idParams, pageOf, pageQuery } from '../http/define-route.ts';
import type { Platform } from '../platform.ts';
import { createUser } from './create-user.ts';
import { getUser, resetUserPassword, revokeSessionsOfUser, setUserActive, updateCompanyUser } from './manage-user.ts';
import { listCompanyUsers, presentUser, rolesByUser } from './users.repository.ts';
import { newUserSchema, updateUserSchema, userQuery, userSchema } from './users.schemas.ts';

const tags = ['Users'];
const otp = z.object({ oneTimePassword: z.string() });

export function usersRoutes(p: Platform): OpenAPIHono<AppEnv> {
  // biome-ignore lint/suspicious/noExplicitAny: any route's context
  const ctx = (c: { get(k: any): any }) => ({ db: c.get('db') as CompanyDb, actor: c.get('actor') as Actor });
  return new OpenAPIHono<AppEnv>()
    .openapi(
      defineRoute({
        method: 'get',
        path: '/users',
        permission: 'platform.users.read',
        summary: 'Users of the current company',
        tags,
        query: pageQuery.extend(userQuery.shape),
        response: pageOf(userSchema),
      }),
      async (c) => {
        const { db } = ctx(c);
        const { page, pageSize, q } = c.req.valid('query');
        const { rows, total } = await listCompanyUsers(db, { q, limit: pageSize, offset: (page - 1) * pageSize });
        const roles = await rolesByUser(
          db,
          rows.map((r) => r.id),
        );
        return c.json({ items: rows.map((r) => presentUser(r, roles.get(r.id) ?? [])), page, pageSize, total }, 200);
      },
    )
    .openapi(
      defineRoute({
        method: 'post',
        path: '/users',
        permission: 'platform.users.manage',
        summary: 'Add a user (a one-time password is returned once)',
        tags,
        body: newUserSchema,
        response: z.object({ user: userSchema, oneTimePassword: z.string().optional() }),
        status: 201,
      }),
      async (c) => {
        const { db, actor } = ctx(c);
        return c.json(await createUser(p, db, actor, c.req.valid('json')), 201);
      },
    )
    .openapi(
      defineRoute({ method: 'get', path: '/users/{id}', permission: 'platform.users.read', summary: 'One user', tags, params: idParams, response: userSchema }),
      async (c) => c.json(await getUser(ctx(c).db, c.req.valid('param').id), 200),
    )
    .openapi(
      defineRoute({
        method: 'patch',
        path: '/users/{id}',
        permission: 'platform.users.manage',
        summary: 'Rename a user or change their roles',
        tags,
        params: idParams,
        body: updateUserSchema,
        response: userSchema,
      }),
      async (c) => {
        const { db, actor } = ctx(c);
        return c.json(await updateCompanyUser(p, db, actor, c.req.valid('param').id, c.req.valid('json')), 200);
      },
    )
    .openapi(
      defineRoute({
        method: 'post',
        path: '/users/{id}/disable',
        permission: 'platform.users.manage',
        summary: 'Disable a user and end their sessions',
        tags,
        params: idParams,
        response: userSchema,
      }),
      async (c) => {
        const { db, actor } = ctx(c);
        return c.json(await setUserActive(p, db, actor, c.req.valid('param').id, false), 200);
      },
    )
    .openapi(
      defineRoute({
        method: 'post',
        path: '/users/{id}/enable',
        permission: 'platform.users.manage',
        summary: 'Enable a user',
        tags,
        params: idParams,
        response: userSchema,
      }),
      async (c) => {
        const { db, actor } = ctx(c);
        return c.json(await setUserActive(p, db, actor, c.req.valid('param').id, true), 200);
      },
    )
    .openapi(
      defineRoute({
        method: 'post',
        path: '/users/{id}/revoke-sessions',
        permission: 'platform.users.manage',
        summary: "End all of a user's sessions",
        tags,
        params: idParams,
      }),
      async (c) => {
        const { db, actor } = ctx(c);
        await revokeSessionsOfUser(p, db, actor, c.req.valid('param').id);
        return c.body(null, 204);
      },
    )
    .openapi(
      defineRoute({
        method: 'post',
        path: '/users/{id}/reset-password',
        permission: 'platform.users.manage',
        summary: 'Issue a one-time password',
        tags,
        params: idParams,
        response: otp,
      }),
      async (c) => {
        const { db, actor } = ctx(c);
        return c.json(await resetUserPassword(p, db, actor, c.req.valid('param').id), 200);
      },
    );
}
