import { OpenAPIHono, z } from '@hono/zod-openapi';
import type { AppEnv } from '../../platform/http/app-env.ts';
import { defineRoute } from '../../platform/http/define-route.ts';
import type { Platform } from '../../platform/platform.ts';
import { listRates, presentRate } from './exchange-rates.repository.ts';
import {
  exchangeRateImportResultSchema,
  exchangeRateImportSchema,
  exchangeRateInputSchema,
  exchangeRateQuery,
  exchangeRateSchema,
} from './exchange-rates.schemas.ts';
import { importExchangeRates } from './import-exchange-rates.ts';
import { routeContext } from './route-context.ts';
import { setExchangeRate } from './set-exchange-rate.ts';

const tags = ['Ledger: exchange rates'];

/** Dated exchange rates: read with the ledger, entered and imported by ledger admins. */
export function exchangeRatesRoutes(p: Platform): OpenAPIHono<AppEnv> {
  return new OpenAPIHono<AppEnv>()
    .openapi(
      defineRoute({
        method: 'get',
        path: '/ledger/exchange-rates',
        permission: 'ledger.read',
        summary: 'Dated exchange rates, newest first per currency',
        tags,
        query: exchangeRateQuery,
        response: z.object({ items: z.array(exchangeRateSchema) }),
      }),
      async (c) => c.json({ items: (await listRates(routeContext(p, c).db, c.req.valid('query'))).map(presentRate) }, 200),
    )
    .openapi(
      defineRoute({
        method: 'put',
        path: '/ledger/exchange-rates',
        permission: 'ledger.admin',
        summary: "Enter a currency's rate from a date on (replaces that day's rate)",
        tags,
        body: exchangeRateInputSchema,
        response: exchangeRateSchema,
      }),
      async (c) => {
        const { db, call } = routeContext(p, c);
        return c.json(await setExchangeRate(db, call, c.req.valid('json')), 200);
      },
    )
    .openapi(
      defineRoute({
        method: 'post',
        path: '/ledger/exchange-rates/import',
        upload: true,
        permission: 'ledger.admin',
        summary: 'Import rates from CSV (currency,date,rate[,source]); all or nothing',
        tags,
        body: exchangeRateImportSchema,
        response: exchangeRateImportResultSchema,
      }),
      async (c) => {
        const { db, call } = routeContext(p, c);
        return c.json(await importExchangeRates(db, call, c.req.valid('json')), 200);
      },
    );
}
