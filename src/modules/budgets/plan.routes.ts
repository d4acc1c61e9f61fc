import { OpenAPIHono, z } from '@hono/zod-openapi';
import type { AppEnv } from '../../platform/http/app-env.ts';
import { defineRoute, idParams } from '../../platform/http/define-route.ts';
import type { Platform } from '../../platform/platform.ts';
import {
  adjustmentInputSchema,
  forecastMethodsInputSchema,
  forecastSchema,
  scenarioComparisonSchema,
  scenarioInputSchema,
  scenarioSchema,
} from './budgets.schemas.ts';
import { rollingForecast, setForecastMethods } from './rolling-forecast.ts';
import { routeContext as ctx } from './route-context.ts';
import { addAdjustment, compareScenario, createScenario, listScenarios, removeAdjustment } from './scenarios.ts';

const tags = ['Budgets'];
const scenarioParams = z.object({ id: z.string().uuid(), scenarioId: z.string().uuid() });
const adjustmentParams = scenarioParams.extend({ adjustmentId: z.string().uuid() });

/** The rolling forecast and scenarios of a budget. Mounted by budgetsRoutes after its 404 guard. */
export function planRoutes(p: Platform): OpenAPIHono<AppEnv> {
  return new OpenAPIHono<AppEnv>()
    .openapi(
      defineRoute({
        method: 'get',
        path: '/budgets/{id}/forecast',
        permission: 'budgets.read',
        summary: 'Rolling forecast: actuals of closed months, then budget or trend per line',
        tags,
        params: idParams,
        response: forecastSchema,
      }),
      async (c) => c.json(await rollingForecast(ctx(p, c).db, ctx(p, c).call, c.req.valid('param').id), 200),
    )
    .openapi(
      defineRoute({
        method: 'put',
        path: '/budgets/{id}/forecast/methods',
        permission: 'budgets.write',
        summary: 'How each line forecasts its open months (budget, or trend of the last N closed months)',
        tags,
        params: idParams,
        body: forecastMethodsInputSchema,
        response: z.object({ lines: z.number() }),
      }),
      async (c) => c.json(await setForecastMethods(ctx(p, c).db, ctx(p, c).call, c.req.valid('param').id, c.req.valid('json')), 200),
    )
    .openapi(
      defineRoute({
        method: 'get',
        path: '/budgets/{id}/scenarios',
        permission: 'budgets.read',
        summary: "The budget's scenarios",
        tags,
        params: idParams,
        response: z.object({ items: z.array(scenarioSchema) }),
      }),
      async (c) => c.json({ items: await listScenarios(ctx(p, c).db, ctx(p, c).call, c.req.valid('param').id) }, 200),
    )
    .openapi(
      defineRoute({
        method: 'post',
        path: '/budgets/{id}/scenarios',
        permission: 'budgets.write',
        summary: 'A scenario: a copy of the budget or its forecast, to adjust',
        tags,
        params: idParams,
        body: scenarioInputSchema,
        response: scenarioSchema,
        status: 201,
      }),
      async (c) => c.json(await createScenario(ctx(p, c).db, ctx(p, c).call, c.req.valid('param').id, c.req.valid('json')), 201),
    )
    .openapi(
      defineRoute({
        method: 'post',
        path: '/budgets/{id}/scenarios/{scenarioId}/adjustments',
        permission: 'budgets.write',
        summary: 'Add an adjustment: % on accounts from a month, a one-off amount, a hire from a month',
        tags,
        params: scenarioParams,
        body: adjustmentInputSchema,
        response: scenarioSchema,
        status: 201,
      }),
      async (c) => {
        const { id, scenarioId } = c.req.valid('param');
        return c.json(await addAdjustment(ctx(p, c).db, ctx(p, c).call, id, scenarioId, c.req.valid('json')), 201);
      },
    )
    .openapi(
      defineRoute({
        method: 'delete',
        path: '/budgets/{id}/scenarios/{scenarioId}/adjustments/{adjustmentId}',
        permission: 'budgets.write',
        summary: 'Remove an adjustment',
        tags,
        params: adjustmentParams,
        response: scenarioSchema,
      }),
      async (c) => {
        const { id, scenarioId, adjustmentId } = c.req.valid('param');
        return c.json(await removeAdjustment(ctx(p, c).db, ctx(p, c).call, id, scenarioId, adjustmentId), 200);
      },
    )
    .openapi(
      defineRoute({
        method: 'get',
        path: '/budgets/{id}/scenarios/{scenarioId}/compare',
        permission: 'budgets.read',
        summary: 'The scenario beside its base: net income and cash by month',
        tags,
        params: scenarioParams,
        response: scenarioComparisonSchema,
      }),
      async (c) => {
        const { id, scenarioId } = c.req.valid('param');
        return c.json(await compareScenario(ctx(p, c).db, ctx(p, c).call, id, scenarioId), 200);
      },
    );
}
