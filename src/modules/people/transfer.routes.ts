import { OpenAPIHono, z } from '@hono/zod-openapi';
import type { AppEnv } from '../../platform/http/app-env.ts';
import { defineRoute } from '../../platform/http/define-route.ts';
import type { Platform } from '../../platform/platform.ts';
import { exportEmployees } from './export-employees.ts';
import { importEmployees } from './import-employees.ts';
import { csvBodySchema, employeeQuery, importReportSchema } from './people.schemas.ts';
import { routeContext } from './route-context.ts';

const tags = ['People: import and export'];

/** CSV import (all rows or none, with a row-by-row report) and export (honouring field permissions, audited). */
export function transferRoutes(p: Platform): OpenAPIHono<AppEnv> {
  const csvExport = defineRoute({
    method: 'get',
    path: '/people/employees/export',
    permission: 'people.read',
    summary: 'Employees as CSV; sensitive columns only with people.sensitive.read; audited',
    tags,
    query: employeeQuery,
    response: z.string(),
  });
  (csvExport.responses as Record<number, unknown>)[200] = { description: 'CSV', content: { 'text/csv': { schema: z.string() } } };
  return new OpenAPIHono<AppEnv>()
    .openapi(csvExport, async (c) => {
      const { db, call } = routeContext(p, c);
      const csv = await exportEmployees(db, call, c.req.valid('query'));
      return c.body(csv, 200, { 'content-type': 'text/csv; charset=utf-8', 'content-disposition': 'attachment; filename="employees.csv"' }) as never;
    })
    .openapi(
      defineRoute({
        method: 'post',
        path: '/people/employees/import',
        upload: true,
        permission: 'people.write',
        summary: 'Import employees from CSV: all rows or none, with a row-by-row error report',
        tags,
        body: csvBodySchema,
        response: importReportSchema,
      }),
      async (c) => {
        const { db, call } = routeContext(p, c);
        const report = await importEmployees(db, call, c.req.valid('json').csv);
        return c.json(report, 200);
      },
    );
}
