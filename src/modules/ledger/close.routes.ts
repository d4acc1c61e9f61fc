import { OpenAPIHono } from '@hono/zod-openapi';
import { AppError } from '../../platform/errors.ts';
import type { AppEnv } from '../../platform/http/app-env.ts';
import { defineRoute, idParams } from '../../platform/http/define-route.ts';
import type { Platform } from '../../platform/platform.ts';
import { closeChecksSchema, systemEntryInputSchema, systemEntryResultSchema, yearEndInputSchema } from './close.schemas.ts';
import { registeredCloseChecks } from './close-checks.ts';
import { getCloseChecks } from './get-close-checks.ts';
import { getLedgerSettings } from './ledger-settings.repository.ts';
import { ledgerSettingsPatchSchema, ledgerSettingsSchema } from './ledger-settings.schemas.ts';
import { revaluePeriod } from './revalue-period.ts';
import { routeContext } from './route-context.ts';
import { updateLedgerSettings } from './update-ledger-settings.ts';
import { yearEndClose } from './year-end-close.ts';

const tags = ['Ledger: period close'];

const companyOf = (id: string | null) => {
  if (!id) throw new AppError('FORBIDDEN', 'No current company');
  return id;
};

/** The period-close checklist, period-end revaluation, year-end close and the settings they read. */
export function closeRoutes(p: Platform): OpenAPIHono<AppEnv> {
  return new OpenAPIHono<AppEnv>()
    .openapi(
      defineRoute({
        method: 'get',
        path: '/ledger/periods/{id}/close-checks',
        permission: 'ledger.read',
        summary: "A period's close checks (the ledger's and other modules') with their results, and its sign-offs",
        tags,
        params: idParams,
        response: closeChecksSchema,
      }),
      async (c) => {
        const { db, call } = routeContext(p, c);
        const external = registeredCloseChecks(p, companyOf(call.actor.companyId));
        return c.json(await getCloseChecks(db, call, c.req.valid('param').id, { external }), 200);
      },
    )
    .openapi(
      defineRoute({
        method: 'post',
        path: '/ledger/periods/{id}/revalue',
        permission: 'ledger.close',
        summary: 'Revalue foreign-currency balances at period end (unrealised gain/loss entry)',
        tags,
        params: idParams,
        body: systemEntryInputSchema,
        response: systemEntryResultSchema,
      }),
      async (c) => {
        const { db, call } = routeContext(p, c);
        return c.json(await revaluePeriod(db, call, c.req.valid('param').id, c.req.valid('json')), 200);
      },
    )
    .openapi(
      defineRoute({
        method: 'post',
        path: '/ledger/year-end',
        permission: 'ledger.close',
        summary: "Post a fiscal year's closing entry: income and expense to retained earnings",
        tags,
        body: yearEndInputSchema,
        response: systemEntryResultSchema,
      }),
      async (c) => {
        const { db, call } = routeContext(p, c);
        return c.json(await yearEndClose(db, call, c.req.valid('json')), 200);
      },
    )
    .openapi(
      defineRoute({
        method: 'get',
        path: '/ledger/settings/close',
        permission: 'ledger.read',
        summary: 'Segregation of duties and the accounts revaluation and year-end post to',
        tags,
        response: ledgerSettingsSchema,
      }),
      async (c) => c.json(await getLedgerSettings(routeContext(p, c).db), 200),
    )
    .openapi(
      defineRoute({
        method: 'patch',
        path: '/ledger/settings/close',
        permission: 'ledger.admin',
        summary: 'Turn segregation of duties on or off; name the revaluation and retained-earnings accounts',
        tags,
        body: ledgerSettingsPatchSchema,
        response: ledgerSettingsSchema,
      }),
      async (c) => {
        const { db, call } = routeContext(p, c);
        return c.json(await updateLedgerSettings(db, call, c.req.valid('json')), 200);
      },
    );
}
