import { OpenAPIHono, z } from '@hono/zod-openapi';
import type { AppEnv } from '../../platform/http/app-env.ts';
import { defineRoute, idParams } from '../../platform/http/define-route.ts';
import type { Platform } from '../../platform/platform.ts';
import { addHoliday } from './add-holiday.ts';
import { calendarSchema, holidayInputSchema, holidaySchema, workingDaysQuery, workingDaysSchema, yearQuery } from './calendar.schemas.ts';
import { companyCalendar, countWorkingDays } from './company-calendar.ts';
import { deleteHoliday } from './delete-holiday.ts';
import { importHolidays } from './import-holidays.ts';
import { csvBodySchema, importReportSchema } from './people.schemas.ts';
import { routeContext } from './route-context.ts';

const tags = ['People: company calendar'];

/** The company calendar: the work week (a company setting) and public holidays per year. */
export function calendarRoutes(p: Platform): OpenAPIHono<AppEnv> {
  return new OpenAPIHono<AppEnv>()
    .openapi(
      defineRoute({
        method: 'get',
        path: '/people/calendar',
        permission: 'people.read',
        summary: 'A year of the company calendar: work week, public holidays and the working days they leave',
        tags,
        query: yearQuery,
        response: calendarSchema,
      }),
      async (c) => {
        const { db, call } = routeContext(p, c);
        return c.json(await companyCalendar(db, call.actor, c.req.valid('query').year), 200);
      },
    )
    .openapi(
      defineRoute({
        method: 'get',
        path: '/people/calendar/working-days',
        permission: 'people.read',
        summary: 'Working days between two dates (both included), optionally starting in the afternoon or ending at midday',
        tags,
        query: workingDaysQuery,
        response: workingDaysSchema,
      }),
      async (c) => {
        const { db, call } = routeContext(p, c);
        const q = c.req.valid('query');
        const halfDays = { startsAfternoon: q.startsAfternoon === 'true', endsMidday: q.endsMidday === 'true' };
        return c.json({ from: q.from, to: q.to, workingDays: await countWorkingDays(db, call.actor, q.from, q.to, halfDays) }, 200);
      },
    )
    .openapi(
      defineRoute({
        method: 'post',
        path: '/people/holidays',
        permission: 'people.write',
        summary: 'Add a public holiday (one a date; full or half day)',
        tags,
        body: holidayInputSchema,
        response: holidaySchema,
        status: 201,
      }),
      async (c) => {
        const { db, call } = routeContext(p, c);
        return c.json(await addHoliday(db, call, c.req.valid('json')), 201);
      },
    )
    .openapi(
      defineRoute({
        method: 'post',
        path: '/people/holidays/import',
        upload: true,
        permission: 'people.write',
        summary: 'Import public holidays from CSV (date,nameEn,nameAr,halfDay): all rows or none, with a row-by-row report',
        tags,
        body: csvBodySchema,
        response: importReportSchema,
      }),
      async (c) => {
        const { db, call } = routeContext(p, c);
        return c.json(await importHolidays(db, call, c.req.valid('json').csv), 200);
      },
    )
    .openapi(
      defineRoute({
        method: 'delete',
        path: '/people/holidays/{id}',
        permission: 'people.write',
        summary: 'Remove a public holiday (audited with its date and names)',
        tags,
        params: idParams,
        response: z.object({ id: z.string() }),
      }),
      async (c) => {
        const { db, call } = routeContext(p, c);
        await deleteHoliday(db, call, c.req.valid('param').id);
        return c.json({ id: c.req.valid('param').id }, 200);
      },
    );
}
