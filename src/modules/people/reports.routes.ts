import { OpenAPIHono, z } from '@hono/zod-openapi';
import { recordAudit } from '../../platform/audit/record-audit.ts';
import type { AppEnv } from '../../platform/http/app-env.ts';
import { defineRoute } from '../../platform/http/define-route.ts';
import type { Platform } from '../../platform/platform.ts';
import { exportEmployeesXlsx } from './export-employees-xlsx.ts';
import { REPORT_KINDS, reportFile } from './hr-report-tables.ts';
import { headcountReport, leaveReport, turnoverReport } from './hr-reports.ts';
import { employeeQuery } from './people.schemas.ts';
import { XLSX_TYPE } from './people-xlsx.ts';
import { dateRangeQuery, exportQuery, headcountReportSchema, leaveReportSchema, monthRangeQuery, turnoverReportSchema } from './reports.schemas.ts';
import { routeContext } from './route-context.ts';

const tags = ['People: reports'];

/** A route answering a file: its OpenAPI response names both types. */
function asFile<T extends { responses: unknown }>(route: T): T {
  const file = z.string();
  (route.responses as Record<number, unknown>)[200] = { description: 'The file', content: { 'text/csv': { schema: file }, [XLSX_TYPE]: { schema: file } } };
  return route;
}

/** HR reports (headcount, turnover, leave) as JSON and as CSV/XLSX, and the employees as XLSX. */
export function reportsRoutes(p: Platform): OpenAPIHono<AppEnv> {
  return new OpenAPIHono<AppEnv>()
    .openapi(
      defineRoute({
        method: 'get',
        path: '/people/reports/headcount',
        permission: 'people.read',
        summary: 'Headcount at each month close by department, with joiners and leavers',
        tags,
        query: monthRangeQuery,
        response: headcountReportSchema,
      }),
      async (c) => c.json(await headcountReport(routeContext(p, c).db, c.req.valid('query')), 200),
    )
    .openapi(
      defineRoute({
        method: 'get',
        path: '/people/reports/turnover',
        permission: 'people.read',
        summary: 'Turnover (leavers ÷ average headcount) for the period, per month and per department',
        tags,
        query: monthRangeQuery,
        response: turnoverReportSchema,
      }),
      async (c) => c.json(await turnoverReport(routeContext(p, c).db, c.req.valid('query')), 200),
    )
    .openapi(
      defineRoute({
        method: 'get',
        path: '/people/reports/leave',
        permission: 'people.read',
        summary: 'Leave taken in the period and balances on its last day, by leave type and department',
        tags,
        query: dateRangeQuery,
        response: leaveReportSchema,
      }),
      async (c) => c.json(await leaveReport(routeContext(p, c).db, c.req.valid('query')), 200),
    )
    .openapi(
      asFile(
        defineRoute({
          method: 'get',
          path: '/people/reports/{kind}/export',
          permission: 'people.read',
          summary: 'A report as CSV or XLSX, headers in English or Arabic (months YYYY-MM, or dates for leave)',
          tags,
          params: z.object({ kind: z.enum(REPORT_KINDS) }),
          query: exportQuery.extend({ from: z.string(), to: z.string() }),
          response: z.string(),
        }),
      ),
      async (c) => {
        const { db, call } = routeContext(p, c);
        const { kind } = c.req.valid('param');
        const { format, lang, ...raw } = c.req.valid('query');
        const range = (kind === 'leave' ? dateRangeQuery : monthRangeQuery).parse(raw);
        const file = await reportFile(db, kind, range, format, lang);
        await recordAudit(db, call.clock, call.actor, { action: 'people.report.exported', summary: { kind, format, ...range } });
        const type = format === 'xlsx' ? XLSX_TYPE : 'text/csv; charset=utf-8';
        return c.body(file as never, 200, {
          'content-type': type,
          'content-disposition': `attachment; filename="${kind}-${range.from}-${range.to}.${format}"`,
        }) as never;
      },
    )
    .openapi(
      asFile(
        defineRoute({
          method: 'get',
          path: '/people/exports/employees.xlsx',
          permission: 'people.read',
          summary: 'Employees as XLSX, the CSV export columns; sensitive columns only with people.sensitive.read; audited',
          tags,
          query: employeeQuery,
          response: z.string(),
        }),
      ),
      async (c) => {
        const { db, call } = routeContext(p, c);
        const file = await exportEmployeesXlsx(db, call, c.req.valid('query'));
        return c.body(file as never, 200, { 'content-type': XLSX_TYPE, 'content-disposition': 'attachment; filename="employees.xlsx"' }) as never;
      },
    );
}
