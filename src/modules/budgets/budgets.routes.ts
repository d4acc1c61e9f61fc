import { OpenAPIHono, z } from '@hono/zod-openapi';
import type { Context, MiddlewareHandler } from 'hono';
import type { Actor } from '../../platform/auth/actor.ts';
import type { CompanyDb } from '../../platform/db/company-scope.ts';
import { AppError } from '../../platform/errors.ts';
import type { AppEnv } from '../../platform/http/app-env.ts';
import { defineRoute, idParams } from '../../platform/http/define-route.ts';
import type { Platform } from '../../platform/platform.ts';
import { approveBudget } from './approve-budget.ts';
import type { BudgetCall } from './budget-call.ts';
import { budgetGrid } from './budget-grid.ts';
import { budgetVsActual } from './budget-vs-actual.ts';
import { findBudgetRow } from './budgets.repository.ts';
import {
  alertResultSchema,
  amountsInputSchema,
  budgetInputSchema,
  budgetSchema,
  csvSchema,
  exportSchema,
  fromActualsInputSchema,
  gridSchema,
  importResultSchema,
  reportQuerySchema,
  reportSchema,
  spreadInputSchema,
} from './budgets.schemas.ts';
import { buildFromActuals } from './build-from-actuals.ts';
import { checkAlerts } from './check-alerts.ts';
import { createBudget } from './create-budget.ts';
import { exportBudgetCsv } from './export-budget-csv.ts';
import { importBudgetCsv } from './import-budget-csv.ts';
import { listBudgets, loadBudget } from './load-budget.ts';
import { newRevision } from './new-revision.ts';
import { planRoutes } from './plan.routes.ts';
import { revisionsRoutes } from './revisions.routes.ts';
import { setAmounts } from './set-amounts.ts';
import { spreadAmount } from './spread-amount.ts';

const tags = ['Budgets'];
const ctx = (p: Platform, c: Context<AppEnv>): { db: CompanyDb; call: BudgetCall } => ({
  db: c.get('db') as CompanyDb,
  call: { actor: c.get('actor') as Actor, clock: p.clock, emailEnabled: Boolean(p.config.SMTP_URL) },
});
const done = z.object({ cells: z.number() });
const revisionQuery = z.object({ revisionId: z.string().uuid().optional() });

/** Budgets: build, approve, revise, compare with actuals. Validate → authorize → use case → present. */
export function budgetsRoutes(p: Platform): OpenAPIHono<AppEnv> {
  // Another company's (or an unknown) budget id is 404 before the body is validated, for any reader.
  const known: MiddlewareHandler<AppEnv> = async (c, next) => {
    const actor = c.get('actor') as Actor | undefined;
    const id = c.req.param('id') ?? '';
    if (actor?.companyId && actor.permissions.has('budgets.read') && /^[0-9a-f-]{36}$/i.test(id) && !(await findBudgetRow(ctx(p, c).db, id))) {
      throw new AppError('NOT_FOUND', 'No such budget');
    }
    await next();
  };
  const r = new OpenAPIHono<AppEnv>();
  r.use('/budgets/:id', known);
  r.use('/budgets/:id/*', known);
  r.route('/', revisionsRoutes(p));
  r.route('/', planRoutes(p));
  return r
    .openapi(
      defineRoute({
        method: 'get',
        path: '/budgets',
        permission: 'budgets.read',
        summary: 'Budgets',
        tags,
        response: z.object({ items: z.array(budgetSchema) }),
      }),
      async (c) => c.json({ items: await listBudgets(ctx(p, c).db, ctx(p, c).call) }, 200),
    )
    .openapi(
      defineRoute({
        method: 'post',
        path: '/budgets',
        permission: 'budgets.write',
        summary: 'A new draft budget',
        tags,
        body: budgetInputSchema,
        response: budgetSchema,
        status: 201,
      }),
      async (c) => c.json(await createBudget(ctx(p, c).db, ctx(p, c).call, c.req.valid('json')), 201),
    )
    .openapi(
      defineRoute({
        method: 'get',
        path: '/budgets/{id}',
        permission: 'budgets.read',
        summary: 'One budget and its revisions',
        tags,
        params: idParams,
        response: budgetSchema,
      }),
      async (c) => c.json((await loadBudget(ctx(p, c).db, ctx(p, c).call, c.req.valid('param').id)).view, 200),
    )
    .openapi(
      defineRoute({
        method: 'get',
        path: '/budgets/{id}/grid',
        permission: 'budgets.read',
        summary: 'Amounts by account × month',
        tags,
        params: idParams,
        query: revisionQuery,
        response: gridSchema,
      }),
      async (c) => c.json(await budgetGrid(ctx(p, c).db, ctx(p, c).call, c.req.valid('param').id, c.req.valid('query').revisionId), 200),
    )
    .openapi(
      defineRoute({
        method: 'put',
        path: '/budgets/{id}/amounts',
        permission: 'budgets.write',
        summary: 'Set amounts of the draft revision (all or nothing; zero clears)',
        tags,
        params: idParams,
        body: amountsInputSchema,
        response: done,
      }),
      async (c) => c.json(await setAmounts(ctx(p, c).db, ctx(p, c).call, c.req.valid('param').id, c.req.valid('json').cells), 200),
    )
    .openapi(
      defineRoute({
        method: 'post',
        path: '/budgets/{id}/spread',
        permission: 'budgets.write',
        summary: 'Spread a yearly total over the months',
        tags,
        params: idParams,
        body: spreadInputSchema,
        response: done,
      }),
      async (c) => c.json(await spreadAmount(ctx(p, c).db, ctx(p, c).call, c.req.valid('param').id, c.req.valid('json')), 200),
    )
    .openapi(
      defineRoute({
        method: 'post',
        path: '/budgets/{id}/from-actuals',
        permission: 'budgets.write',
        summary: "Fill from last year's actuals + N%",
        tags,
        params: idParams,
        body: fromActualsInputSchema,
        response: done,
      }),
      async (c) => c.json(await buildFromActuals(ctx(p, c).db, ctx(p, c).call, c.req.valid('param').id, c.req.valid('json').percent), 200),
    )
    .openapi(
      defineRoute({
        method: 'post',
        path: '/budgets/{id}/import',
        upload: true,
        permission: 'budgets.write',
        summary: 'Import amounts from CSV (all or nothing)',
        tags,
        params: idParams,
        body: csvSchema,
        response: importResultSchema,
      }),
      async (c) => c.json(await importBudgetCsv(ctx(p, c).db, ctx(p, c).call, c.req.valid('param').id, c.req.valid('json').csv), 200),
    )
    .openapi(
      defineRoute({
        method: 'post',
        path: '/budgets/{id}/approve',
        permission: 'budgets.approve',
        summary: 'Approve (freeze) the draft revision',
        tags,
        params: idParams,
        response: budgetSchema,
      }),
      async (c) => c.json(await approveBudget(ctx(p, c).db, ctx(p, c).call, c.req.valid('param').id), 200),
    )
    .openapi(
      defineRoute({
        method: 'post',
        path: '/budgets/{id}/revisions',
        permission: 'budgets.write',
        summary: 'A new draft revision copying the last one',
        tags,
        params: idParams,
        response: budgetSchema,
        status: 201,
      }),
      async (c) => c.json(await newRevision(ctx(p, c).db, ctx(p, c).call, c.req.valid('param').id), 201),
    )
    .openapi(
      defineRoute({
        method: 'get',
        path: '/budgets/{id}/export',
        permission: 'budgets.read',
        summary: 'The latest revision as CSV (the import shape)',
        tags,
        params: idParams,
        response: exportSchema,
      }),
      async (c) => {
        const { db, call } = ctx(p, c);
        const b = await loadBudget(db, call, c.req.valid('param').id);
        const csv = await exportBudgetCsv(db, call, b.row.id);
        return c.json({ fileName: `budget-${b.view.fiscalYear}-r${b.view.revision.number}.csv`, csv }, 200);
      },
    )
    .openapi(
      defineRoute({
        method: 'get',
        path: '/budgets/{id}/report',
        permission: 'budgets.read',
        summary: 'Budget vs actual',
        tags,
        params: idParams,
        query: reportQuerySchema,
        response: reportSchema,
      }),
      async (c) => c.json(await budgetVsActual(ctx(p, c).db, ctx(p, c).call, c.req.valid('param').id, c.req.valid('query')), 200),
    )
    .openapi(
      defineRoute({
        method: 'post',
        path: '/budgets/{id}/check-alerts',
        permission: 'budgets.read',
        summary: 'Check the alert threshold now',
        tags,
        params: idParams,
        response: alertResultSchema,
      }),
      async (c) => c.json(await checkAlerts(ctx(p, c).db, ctx(p, c).call, c.req.valid('param').id), 200),
    );
}
