import { OpenAPIHono, z } from '@hono/zod-openapi';
import type { AppEnv } from '../../platform/http/app-env.ts';
import { defineRoute, idParams } from '../../platform/http/define-route.ts';
import type { Platform } from '../../platform/platform.ts';
import { createDimension } from './create-dimension.ts';
import { createDimensionValue } from './create-dimension-value.ts';
import { listDimensions } from './dimensions.repository.ts';
import { dimensionInputSchema, dimensionPatchSchema, dimensionSchema, dimensionValueInputSchema, dimensionValueSchema } from './dimensions.schemas.ts';
import { routeContext } from './route-context.ts';
import { updateDimension } from './update-dimension.ts';
import { updateDimensionValue } from './update-dimension-value.ts';

const tags = ['Ledger: dimensions'];

/** Dimension types and their values: read by anyone who reads the ledger, shaped by ledger admins. */
export function dimensionsRoutes(p: Platform): OpenAPIHono<AppEnv> {
  return new OpenAPIHono<AppEnv>()
    .openapi(
      defineRoute({
        method: 'get',
        path: '/ledger/dimensions',
        permission: 'ledger.read',
        summary: 'Dimensions and their values',
        tags,
        response: z.object({ items: z.array(dimensionSchema) }),
      }),
      async (c) => c.json({ items: await listDimensions(routeContext(p, c).db) }, 200),
    )
    .openapi(
      defineRoute({
        method: 'post',
        path: '/ledger/dimensions',
        permission: 'ledger.admin',
        summary: 'Add a dimension type in a free slot (1–3)',
        tags,
        body: dimensionInputSchema,
        response: dimensionSchema,
        status: 201,
      }),
      async (c) => {
        const { db, call } = routeContext(p, c);
        return c.json(await createDimension(db, call, c.req.valid('json')), 201);
      },
    )
    .openapi(
      defineRoute({
        method: 'patch',
        path: '/ledger/dimensions/{id}',
        permission: 'ledger.admin',
        summary: 'Rename or (de)activate a dimension type',
        tags,
        params: idParams,
        body: dimensionPatchSchema,
        response: dimensionSchema,
      }),
      async (c) => {
        const { db, call } = routeContext(p, c);
        return c.json(await updateDimension(db, call, c.req.valid('param').id, c.req.valid('json')), 200);
      },
    )
    .openapi(
      defineRoute({
        method: 'post',
        path: '/ledger/dimension-values',
        permission: 'ledger.admin',
        summary: 'Add a value to a dimension',
        tags,
        body: dimensionValueInputSchema,
        response: dimensionValueSchema,
        status: 201,
      }),
      async (c) => {
        const { db, call } = routeContext(p, c);
        return c.json(await createDimensionValue(db, call, c.req.valid('json')), 201);
      },
    )
    .openapi(
      defineRoute({
        method: 'patch',
        path: '/ledger/dimension-values/{id}',
        permission: 'ledger.admin',
        summary: 'Rename or (de)activate a dimension value',
        tags,
        params: idParams,
        body: dimensionPatchSchema,
        response: dimensionValueSchema,
      }),
      async (c) => {
        const { db, call } = routeContext(p, c);
        return c.json(await updateDimensionValue(db, call, c.req.valid('param').id, c.req.valid('json')), 200);
      },
    );
}
