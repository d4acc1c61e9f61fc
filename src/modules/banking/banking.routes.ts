import { OpenAPIHono, z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import type { Actor } from '../../platform/auth/actor.ts';
import type { CompanyDb } from '../../platform/db/company-scope.ts';
import { AppError } from '../../platform/errors.ts';
import type { AppEnv } from '../../platform/http/app-env.ts';
import { defineRoute, idParams, pageOf, pageQuery } from '../../platform/http/define-route.ts';
import type { Platform } from '../../platform/platform.ts';
import { presentBankAccount } from './banking.present.ts';
import { findBankAccount, listBankAccounts } from './banking.repository.ts';
import {
  bankAccountInputSchema,
  bankAccountPatchSchema,
  bankAccountSchema,
  importResultSchema,
  previewSchema,
  statementFileSchema,
  statementLineSchema,
  statementSchema,
} from './banking.schemas.ts';
import type { BankingCall } from './banking-call.ts';
import { createBankAccount } from './create-bank-account.ts';
import { importStatementFile } from './import-statement-file.ts';
import { statementsOfAccount, statementWithLines } from './list-statements.ts';
import { previewStatementFile } from './preview-statement-file.ts';
import { updateBankAccount } from './update-bank-account.ts';

const tags = ['Banking'];
const ctx = (p: Platform, c: Context<AppEnv>): { db: CompanyDb; call: BankingCall } => ({
  db: c.get('db') as CompanyDb,
  call: { actor: c.get('actor') as Actor, clock: p.clock },
});

/** Bank accounts and statement import. Validate → authorize → use case → present. */
export function bankingRoutes(p: Platform): OpenAPIHono<AppEnv> {
  return new OpenAPIHono<AppEnv>()
    .openapi(
      defineRoute({
        method: 'get',
        path: '/banking/accounts',
        permission: 'banking.read',
        summary: 'Bank accounts, a page at a time, by name',
        tags,
        query: pageQuery,
        response: pageOf(bankAccountSchema),
      }),
      async (c) => {
        const { page, pageSize } = c.req.valid('query');
        const all = await listBankAccounts(ctx(p, c).db);
        return c.json({ items: all.slice((page - 1) * pageSize, page * pageSize).map(presentBankAccount), page, pageSize, total: all.length }, 200);
      },
    )
    .openapi(
      defineRoute({
        method: 'get',
        path: '/banking/accounts/{id}',
        permission: 'banking.read',
        summary: 'One bank account',
        tags,
        params: idParams,
        response: bankAccountSchema,
      }),
      async (c) => {
        const row = await findBankAccount(ctx(p, c).db, c.req.valid('param').id);
        if (!row) throw new AppError('NOT_FOUND', 'No such bank account');
        return c.json(presentBankAccount(row), 200);
      },
    )
    .openapi(
      defineRoute({
        method: 'post',
        path: '/banking/accounts',
        permission: 'banking.admin',
        summary: 'Add a bank account mirroring a ledger account',
        tags,
        body: bankAccountInputSchema,
        response: bankAccountSchema,
        status: 201,
      }),
      async (c) => {
        const { db, call } = ctx(p, c);
        return c.json(await createBankAccount(db, call, c.req.valid('json')), 201);
      },
    )
    .openapi(
      defineRoute({
        method: 'patch',
        path: '/banking/accounts/{id}',
        permission: 'banking.admin',
        summary: 'Rename, archive, or save the CSV mapping of a bank account',
        tags,
        params: idParams,
        body: bankAccountPatchSchema,
        response: bankAccountSchema,
      }),
      async (c) => {
        const { db, call } = ctx(p, c);
        return c.json(await updateBankAccount(db, call, c.req.valid('param').id, c.req.valid('json')), 200);
      },
    )
    .openapi(
      defineRoute({
        method: 'get',
        path: '/banking/accounts/{id}/statements',
        permission: 'banking.read',
        summary: "A bank account's statements, latest first, with continuity flags, a page at a time",
        tags,
        params: idParams,
        query: pageQuery,
        response: pageOf(statementSchema),
      }),
      async (c) => {
        const { page, pageSize } = c.req.valid('query');
        const all = await statementsOfAccount(ctx(p, c).db, c.req.valid('param').id);
        return c.json({ items: all.slice((page - 1) * pageSize, page * pageSize), page, pageSize, total: all.length }, 200);
      },
    )
    .openapi(
      defineRoute({
        method: 'get',
        path: '/banking/statements/{id}',
        permission: 'banking.read',
        summary: 'One statement and a page of its lines',
        tags,
        params: idParams,
        query: pageQuery,
        response: z.object({ statement: statementSchema, lines: z.array(statementLineSchema), page: z.number(), pageSize: z.number(), total: z.number() }),
      }),
      async (c) => {
        const { page, pageSize } = c.req.valid('query');
        return c.json(await statementWithLines(ctx(p, c).db, c.req.valid('param').id, { limit: pageSize, offset: (page - 1) * pageSize }), 200);
      },
    )
    .openapi(
      defineRoute({
        method: 'post',
        path: '/banking/imports/preview',
        upload: true,
        permission: 'banking.import',
        summary: 'Read a statement file (base64) and show what importing it would do; saves nothing',
        tags,
        body: statementFileSchema,
        response: previewSchema,
      }),
      async (c) => c.json(await previewStatementFile(ctx(p, c).db, c.req.valid('json')), 200),
    )
    .openapi(
      defineRoute({
        method: 'post',
        path: '/banking/imports',
        upload: true,
        permission: 'banking.import',
        summary: 'Import a statement file (base64), all or nothing; lines already held are not added again',
        tags,
        body: statementFileSchema,
        response: importResultSchema,
        status: 201,
      }),
      async (c) => {
        const { db, call } = ctx(p, c);
        return c.json(await importStatementFile(db, call, c.req.valid('json')), 201);
      },
    );
}
