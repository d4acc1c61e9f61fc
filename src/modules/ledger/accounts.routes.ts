import { OpenAPIHono, z } from '@hono/zod-openapi';
import { AppError } from '../../platform/errors.ts';
import type { AppEnv } from '../../platform/http/app-env.ts';
import { defineRoute, idParams, pageOf, pageQuery } from '../../platform/http/define-route.ts';
import type { Platform } from '../../platform/platform.ts';
import { accountTree } from './account-tree.ts';
import { findAccount, listAccounts, presentAccount } from './accounts.repository.ts';
import { archiveAccount } from './archive-account.ts';
import {
  accountInputSchema,
  accountNodeSchema,
  accountPatchSchema,
  accountQuery,
  accountSchema,
  chartCsvSchema,
  currencySchema,
  importReportSchema,
} from './chart.schemas.ts';
import { createAccount } from './create-account.ts';
import { listCurrencies } from './currencies.repository.ts';
import { exportChartCsv } from './export-chart.ts';
import { importChartCsv } from './import-chart.ts';
import { installDefaultChart } from './install-default-chart.ts';
import { routeContext } from './route-context.ts';
import { unarchiveAccount } from './unarchive-account.ts';
import { updateAccount } from './update-account.ts';

const tags = ['Ledger: chart of accounts'];
const bool = (v?: 'true' | 'false') => (v === undefined ? undefined : v === 'true');

/** The chart of accounts and the ISO currency list. */
export function accountsRoutes(p: Platform): OpenAPIHono<AppEnv> {
  const csvExport = defineRoute({
    method: 'get',
    path: '/ledger/chart/export',
    permission: 'ledger.read',
    summary: 'The chart as CSV',
    tags,
    response: z.string(),
  });
  (csvExport.responses as Record<number, unknown>)[200] = { description: 'CSV', content: { 'text/csv': { schema: z.string() } } };
  return new OpenAPIHono<AppEnv>()
    .openapi(
      defineRoute({
        method: 'get',
        path: '/ledger/currencies',
        permission: 'ledger.read',
        summary: 'ISO 4217 currencies and their minor units',
        tags,
        response: z.object({ items: z.array(currencySchema) }),
      }),
      async (c) => {
        const rows = await listCurrencies(routeContext(p, c).db);
        return c.json({ items: rows.map((r) => ({ code: r.code, numericCode: r.numeric_code, minorUnits: Number(r.minor_units), name: r.name })) }, 200);
      },
    )
    .openapi(
      defineRoute({
        method: 'get',
        path: '/ledger/accounts',
        permission: 'ledger.read',
        summary: 'Accounts, filtered and paginated',
        tags,
        query: pageQuery.extend(accountQuery.shape),
        response: pageOf(accountSchema),
      }),
      async (c) => {
        const { page, pageSize, q, type, active, postable } = c.req.valid('query');
        const { rows, total } = await listAccounts(
          routeContext(p, c).db,
          { q, type, active: bool(active), postable: bool(postable) },
          { limit: pageSize, offset: (page - 1) * pageSize },
        );
        return c.json({ items: rows.map(presentAccount), page, pageSize, total }, 200);
      },
    )
    .openapi(
      defineRoute({
        method: 'get',
        path: '/ledger/accounts/tree',
        permission: 'ledger.read',
        summary: 'The whole chart as a tree',
        tags,
        response: z.object({ items: z.array(accountNodeSchema) }),
      }),
      async (c) => c.json({ items: await accountTree(routeContext(p, c).db) }, 200),
    )
    .openapi(
      defineRoute({
        method: 'get',
        path: '/ledger/accounts/{id}',
        permission: 'ledger.read',
        summary: 'One account',
        tags,
        params: idParams,
        response: accountSchema,
      }),
      async (c) => {
        const row = await findAccount(routeContext(p, c).db, c.req.valid('param').id);
        if (!row) throw new AppError('NOT_FOUND');
        return c.json(presentAccount(row), 200);
      },
    )
    .openapi(
      defineRoute({
        method: 'post',
        path: '/ledger/accounts',
        permission: 'ledger.admin',
        summary: 'Add an account',
        tags,
        body: accountInputSchema,
        response: accountSchema,
        status: 201,
      }),
      async (c) => {
        const { db, call } = routeContext(p, c);
        return c.json(await createAccount(db, call, c.req.valid('json')), 201);
      },
    )
    .openapi(
      defineRoute({
        method: 'patch',
        path: '/ledger/accounts/{id}',
        permission: 'ledger.admin',
        summary: 'Change an account',
        tags,
        params: idParams,
        body: accountPatchSchema,
        response: accountSchema,
      }),
      async (c) => {
        const { db, call } = routeContext(p, c);
        return c.json(await updateAccount(db, call, c.req.valid('param').id, c.req.valid('json')), 200);
      },
    )
    .openapi(
      defineRoute({
        method: 'post',
        path: '/ledger/accounts/{id}/archive',
        permission: 'ledger.admin',
        summary: 'Archive an account (its balance must be zero)',
        tags,
        params: idParams,
        response: accountSchema,
      }),
      async (c) => {
        const { db, call } = routeContext(p, c);
        return c.json(await archiveAccount(db, call, c.req.valid('param').id), 200);
      },
    )
    .openapi(
      defineRoute({
        method: 'post',
        path: '/ledger/accounts/{id}/unarchive',
        permission: 'ledger.admin',
        summary: 'Bring an archived account back',
        tags,
        params: idParams,
        response: accountSchema,
      }),
      async (c) => {
        const { db, call } = routeContext(p, c);
        return c.json(await unarchiveAccount(db, call, c.req.valid('param').id), 200);
      },
    )
    .openapi(
      defineRoute({
        method: 'post',
        path: '/ledger/chart/install-default',
        permission: 'ledger.admin',
        summary: 'Install the bilingual default chart and journals into an empty company',
        tags,
        response: z.object({ accounts: z.number(), journals: z.number() }),
        status: 201,
      }),
      async (c) => {
        const { db, call } = routeContext(p, c);
        return c.json(await installDefaultChart(db, call), 201);
      },
    )
    .openapi(
      defineRoute({
        method: 'post',
        path: '/ledger/chart/import',
        upload: true,
        permission: 'ledger.admin',
        summary: 'Import the chart from CSV (all rows or none)',
        tags,
        body: chartCsvSchema,
        response: importReportSchema,
      }),
      async (c) => {
        const { db, call } = routeContext(p, c);
        return c.json(await importChartCsv(db, call, c.req.valid('json').csv), 200);
      },
    )
    .openapi(csvExport, async (c) => {
      const csv = await exportChartCsv(routeContext(p, c).db);
      return c.body(csv, 200, { 'content-type': 'text/csv; charset=utf-8', 'content-disposition': 'attachment; filename="chart-of-accounts.csv"' }) as never;
    });
}
