import { OpenAPIHono, z } from '@hono/zod-openapi';
import type { Kysely } from 'kysely';
import type { Actor } from '../auth/actor.ts';
import type { AuthTables } from '../auth/auth.tables.ts';
import { findRoleByKey, setUserRoles } from '../auth/roles.repository.ts';
import { companyIdsOfUser } from '../auth/users.repository.ts';
import { scopeToCompany } from '../db/company-scope.ts';
import { inTransaction } from '../db/transaction.ts';
import type { AppEnv } from '../http/app-env.ts';
import { defineRoute } from '../http/define-route.ts';
import { newId } from '../ids.ts';
import type { Platform } from '../platform.ts';
import { listCompanies } from './companies.repository.ts';
import { companySchema, newCompanySchema } from './companies.schemas.ts';
import { createCompany } from './create-company.ts';

const tags = ['Companies'];

export function companiesRoutes(p: Platform): OpenAPIHono<AppEnv> {
  const db = p.db as Kysely<AuthTables>;
  return new OpenAPIHono<AppEnv>()
    .openapi(
      defineRoute({
        method: 'get',
        path: '/companies',
        permission: 'authenticated',
        summary: 'The companies I work in',
        tags,
        response: z.object({ items: z.array(companySchema) }),
      }),
      async (c) => {
        const actor = c.get('actor') as Actor;
        return c.json({ items: await listCompanies(db, await companyIdsOfUser(db, actor.userId as string)) }, 200);
      },
    )
    .openapi(
      defineRoute({
        method: 'post',
        path: '/companies',
        permission: 'platform.companies.manage',
        summary: 'Create another company; its creator becomes its admin',
        tags,
        body: newCompanySchema,
        response: companySchema,
        status: 201,
      }),
      async (c) => {
        const actor = c.get('actor') as Actor;
        const company = await inTransaction(p.db, async (trx) => {
          const created = await createCompany(p, trx, actor, c.req.valid('json'));
          const scoped = scopeToCompany(trx, created.id);
          const admin = await findRoleByKey(scoped, 'admin');
          if (actor.userId && admin) await setUserRoles(scoped, actor.userId, [admin.id], newId);
          return created;
        });
        return c.json(company, 201);
      },
    );
}
