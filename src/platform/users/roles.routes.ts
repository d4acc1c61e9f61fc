import { OpenAPIHono, z } from '@hono/zod-openapi';
import type { Actor } from '../auth/actor.ts';
import { listRoles } from '../auth/roles.repository.ts';
import type { CompanyDb } from '../db/company-scope.ts';
import type { AppEnv } from '../http/app-env.ts';
import { defineRoute, idParams } from '../http/define-route.ts';
import type { Platform } from '../platform.ts';
import { changeRole, createRole } from './manage-roles.ts';

const tags = ['Roles'];
const roleSchema = z
  .object({
    id: z.string(),
    key: z.string(),
    name: z.string(),
    nameAr: z.string().nullable(),
    permissions: z.array(z.string()),
    requireMfa: z.boolean(),
    system: z.boolean(),
  })
  .openapi('Role');
const permissionList = z.array(z.string().max(100)).max(500);
const newRoleSchema = z
  .strictObject({
    key: z.string().regex(/^[a-z][a-z0-9_]{1,39}$/, 'lower-case letters, digits and _'),
    name: z.string().trim().min(1).max(100),
    nameAr: z.string().trim().max(100).optional(),
    permissions: permissionList,
    requireMfa: z.boolean().default(false),
  })
  .openapi('NewRole');
const updateRoleSchema = z
  .strictObject({
    name: z.string().trim().min(1).max(100).optional(),
    nameAr: z.string().trim().max(100).nullable().optional(),
    permissions: permissionList.optional(),
    requireMfa: z.boolean().optional(),
  })
  .openapi('UpdateRole');

export function rolesRoutes(p: Platform): OpenAPIHono<AppEnv> {
  return new OpenAPIHono<AppEnv>()
    .openapi(
      defineRoute({
        method: 'get',
        path: '/roles',
        permission: 'platform.roles.read',
        summary: 'Roles of the current company',
        tags,
        response: z.object({ items: z.array(roleSchema) }),
      }),
      async (c) => c.json({ items: await listRoles(c.get('db') as CompanyDb) }, 200),
    )
    .openapi(
      defineRoute({
        method: 'post',
        path: '/roles',
        permission: 'platform.roles.manage',
        summary: 'Create a role',
        tags,
        body: newRoleSchema,
        response: roleSchema,
        status: 201,
      }),
      async (c) => c.json(await createRole(p, c.get('db') as CompanyDb, c.get('actor') as Actor, c.req.valid('json')), 201),
    )
    .openapi(
      defineRoute({
        method: 'patch',
        path: '/roles/{id}',
        permission: 'platform.roles.manage',
        summary: "Change a role's name, permissions or 2FA requirement",
        tags,
        params: idParams,
        body: updateRoleSchema,
        response: roleSchema,
      }),
      async (c) => c.json(await changeRole(p, c.get('db') as CompanyDb, c.get('actor') as Actor, c.req.valid('param').id, c.req.valid('json')), 200),
    )
    .openapi(
      defineRoute({
        method: 'get',
        path: '/permissions',
        permission: 'platform.roles.read',
        summary: 'Every permission a role can hold',
        tags,
        response: z.object({ items: z.array(z.object({ key: z.string(), description: z.string() })) }),
      }),
      async (c) => c.json({ items: p.permissions }, 200),
    );
}
