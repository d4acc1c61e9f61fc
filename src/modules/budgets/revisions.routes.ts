import { OpenAPIHono } from '@hono/zod-openapi';
import type { AppEnv } from '../../platform/http/app-env.ts';
import { defineRoute, idParams } from '../../platform/http/define-route.ts';
import type { Platform } from '../../platform/platform.ts';
import { exportBudgetXlsx, importBudgetXlsx } from './budget-xlsx.ts';
import {
  budgetSchema,
  compareQuerySchema,
  comparisonSchema,
  copyInputSchema,
  importResultSchema,
  xlsxExportSchema,
  xlsxInputSchema,
} from './budgets.schemas.ts';
import { closeBudget } from './close-budget.ts';
import { compareRevisions } from './compare-revisions.ts';
import { copyBudget } from './copy-budget.ts';
import { loadBudget } from './load-budget.ts';
import { routeContext as ctx } from './route-context.ts';

const tags = ['Budgets'];

/** Closing, copying, XLSX import/export and revisions side by side. Mounted by budgetsRoutes after its 404 guard. */
export function revisionsRoutes(p: Platform): OpenAPIHono<AppEnv> {
  return new OpenAPIHono<AppEnv>()
    .openapi(
      defineRoute({
        method: 'post',
        path: '/budgets/{id}/close',
        permission: 'budgets.approve',
        summary: 'Close an approved budget (read-only from then on)',
        tags,
        params: idParams,
        response: budgetSchema,
      }),
      async (c) => c.json(await closeBudget(ctx(p, c).db, ctx(p, c).call, c.req.valid('param').id), 200),
    )
    .openapi(
      defineRoute({
        method: 'post',
        path: '/budgets/{id}/copy',
        permission: 'budgets.write',
        summary: 'A new draft budget copying this one (to a name and year, ±%)',
        tags,
        params: idParams,
        body: copyInputSchema,
        response: budgetSchema,
        status: 201,
      }),
      async (c) => c.json(await copyBudget(ctx(p, c).db, ctx(p, c).call, c.req.valid('param').id, c.req.valid('json')), 201),
    )
    .openapi(
      defineRoute({
        method: 'post',
        path: '/budgets/{id}/import-xlsx',
        upload: true,
        permission: 'budgets.write',
        summary: 'Import amounts from XLSX (base64, the export shape; all or nothing)',
        tags,
        params: idParams,
        body: xlsxInputSchema,
        response: importResultSchema,
      }),
      async (c) => {
        const { db, call } = ctx(p, c);
        return c.json(await importBudgetXlsx(db, call, c.req.valid('param').id, Buffer.from(c.req.valid('json').xlsx, 'base64')), 200);
      },
    )
    .openapi(
      defineRoute({
        method: 'get',
        path: '/budgets/{id}/export-xlsx',
        permission: 'budgets.read',
        summary: 'The latest revision as XLSX (base64)',
        tags,
        params: idParams,
        response: xlsxExportSchema,
      }),
      async (c) => {
        const { db, call } = ctx(p, c);
        const b = await loadBudget(db, call, c.req.valid('param').id);
        const data = await exportBudgetXlsx(db, call, b.row.id);
        return c.json({ fileName: `budget-${b.view.fiscalYear}-r${b.view.revision.number}.xlsx`, xlsx: data.toString('base64') }, 200);
      },
    )
    .openapi(
      defineRoute({
        method: 'get',
        path: '/budgets/{id}/compare',
        permission: 'budgets.read',
        summary: 'Two revisions side by side (b − a per account and month)',
        tags,
        params: idParams,
        query: compareQuerySchema,
        response: comparisonSchema,
      }),
      async (c) => c.json(await compareRevisions(ctx(p, c).db, ctx(p, c).call, c.req.valid('param').id, c.req.valid('query')), 200),
    );
}
