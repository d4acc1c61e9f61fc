import { OpenAPIHono, z } from '@hono/zod-openapi';
import type { AppEnv } from '../../platform/http/app-env.ts';
import { defineRoute, idParams } from '../../platform/http/define-route.ts';
import type { Platform } from '../../platform/platform.ts';
import {
  fiscalYearInputSchema,
  journalInputSchema,
  journalPatchSchema,
  journalSchema,
  lockDateSchema,
  periodQuery,
  periodSchema,
  settingsSchema,
} from './chart.schemas.ts';
import { registeredCloseChecks } from './close-checks.ts';
import { closePeriod } from './close-period.ts';
import { createJournal } from './create-journal.ts';
import { listJournals, presentJournal } from './journals.repository.ts';
import { companyFacts } from './ledger-db.ts';
import { openFiscalYear } from './open-fiscal-year.ts';
import { getLockDate, listPeriods, presentPeriod } from './periods.repository.ts';
import { reopenPeriod } from './reopen-period.ts';
import { routeContext } from './route-context.ts';
import { setLockDate } from './set-lock-date.ts';
import { updateJournal } from './update-journal.ts';

const tags = ['Ledger: journals and periods'];

/** Journals, fiscal periods and the lock date. */
export function periodsRoutes(p: Platform): OpenAPIHono<AppEnv> {
  return new OpenAPIHono<AppEnv>()
    .openapi(
      defineRoute({
        method: 'get',
        path: '/ledger/journals',
        permission: 'ledger.read',
        summary: 'Journals',
        tags,
        response: z.object({ items: z.array(journalSchema) }),
      }),
      async (c) => c.json({ items: (await listJournals(routeContext(p, c).db)).map(presentJournal) }, 200),
    )
    .openapi(
      defineRoute({
        method: 'post',
        path: '/ledger/journals',
        permission: 'ledger.admin',
        summary: 'Add a journal',
        tags,
        body: journalInputSchema,
        response: journalSchema,
        status: 201,
      }),
      async (c) => {
        const { db, call } = routeContext(p, c);
        return c.json(await createJournal(db, call, c.req.valid('json')), 201);
      },
    )
    .openapi(
      defineRoute({
        method: 'patch',
        path: '/ledger/journals/{id}',
        permission: 'ledger.admin',
        summary: 'Rename or (de)activate a journal',
        tags,
        params: idParams,
        body: journalPatchSchema,
        response: journalSchema,
      }),
      async (c) => {
        const { db, call } = routeContext(p, c);
        return c.json(await updateJournal(db, call, c.req.valid('param').id, c.req.valid('json')), 200);
      },
    )
    .openapi(
      defineRoute({
        method: 'get',
        path: '/ledger/periods',
        permission: 'ledger.read',
        summary: 'Fiscal periods',
        tags,
        query: periodQuery,
        response: z.object({ items: z.array(periodSchema) }),
      }),
      async (c) => c.json({ items: (await listPeriods(routeContext(p, c).db, c.req.valid('query').fiscalYear)).map(presentPeriod) }, 200),
    )
    .openapi(
      defineRoute({
        method: 'post',
        path: '/ledger/periods/years',
        permission: 'ledger.close',
        summary: "Open a fiscal year's twelve periods",
        tags,
        body: fiscalYearInputSchema,
        response: z.object({ items: z.array(periodSchema) }),
        status: 201,
      }),
      async (c) => {
        const { db, call } = routeContext(p, c);
        return c.json({ items: await openFiscalYear(db, call, c.req.valid('json').fiscalYear) }, 201);
      },
    )
    .openapi(
      defineRoute({
        method: 'post',
        path: '/ledger/periods/{id}/close',
        permission: 'ledger.close',
        summary: 'Close a period: runs every close check; CONFLICT with the failing checks in details unless all pass',
        tags,
        params: idParams,
        response: periodSchema,
      }),
      async (c) => {
        const { db, call } = routeContext(p, c);
        const external = call.actor.companyId ? registeredCloseChecks(p, call.actor.companyId) : [];
        return c.json(await closePeriod(db, call, c.req.valid('param').id, { external }), 200);
      },
    )
    .openapi(
      defineRoute({
        method: 'post',
        path: '/ledger/periods/{id}/reopen',
        permission: 'ledger.admin',
        summary: 'Reopen a closed period (audited)',
        tags,
        params: idParams,
        response: periodSchema,
      }),
      async (c) => {
        const { db, call } = routeContext(p, c);
        return c.json(await reopenPeriod(db, call, c.req.valid('param').id), 200);
      },
    )
    .openapi(
      defineRoute({
        method: 'get',
        path: '/ledger/settings',
        permission: 'ledger.read',
        summary: 'Lock date, base currency, fiscal year start',
        tags,
        response: settingsSchema,
      }),
      async (c) => {
        const { db, call } = routeContext(p, c);
        const company = await companyFacts(db, call.actor);
        return c.json({ lockDate: await getLockDate(db), baseCurrency: company.baseCurrency, fiscalYearStartMonth: company.fiscalYearStartMonth }, 200);
      },
    )
    .openapi(
      defineRoute({
        method: 'put',
        path: '/ledger/lock-date',
        permission: 'ledger.close',
        summary: 'Move the lock date (back: ledger.admin)',
        tags,
        body: lockDateSchema,
        response: lockDateSchema,
      }),
      async (c) => {
        const { db, call } = routeContext(p, c);
        return c.json(await setLockDate(db, call, c.req.valid('json').lockDate), 200);
      },
    );
}
