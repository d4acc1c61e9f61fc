import { OpenAPIHono, z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { findUserById } from '../../../platform/auth/users.repository.ts';
import type { AppEnv } from '../../../platform/http/app-env.ts';
import { defineRoute } from '../../../platform/http/define-route.ts';
import type { Platform } from '../../../platform/platform.ts';
import { companyFacts } from '../ledger-db.ts';
import { routeContext } from '../route-context.ts';
import { accountChecks } from './account-checks.ts';
import { accountRegister } from './account-register.ts';
import { balanceSheet } from './balance-sheet.ts';
import { CONTENT_TYPES, type ExportRequest, exportReport } from './export-report.ts';
import { incomeStatement } from './income-statement.ts';
import { listLines } from './list-lines.ts';
import { monthlyTrend } from './monthly-trend.ts';
import type { Lang } from './report-labels.ts';
import {
  balanceSheetQuery,
  balanceSheetSchema,
  checksQuery,
  checksSchema,
  exportFields,
  incomeStatementQuery,
  incomeStatementSchema,
  linesPageSchema,
  linesQuery,
  registerQuery,
  registerSchema,
  trendQuery,
  trendSchema,
  trialBalanceReportQuery,
  trialBalanceReportSchema,
} from './reports.schemas.ts';
import { trialBalanceReport } from './trial-balance-report.ts';

const tags = ['Ledger: reports'];

/** A report route: read-only, `ledger.read`, its query validated by the report's schema. */
const reportRoute = <Q extends z.ZodObject, R extends z.ZodType>(path: string, summary: string, query: Q, response: R) =>
  defineRoute({ method: 'get', path: `/ledger/reports/${path}`, permission: 'ledger.read', summary, tags, query, response });

/** The same route answering with a file: the OpenAPI document names both media types. */
function exportRoute<Q extends z.ZodObject>(path: string, summary: string, query: Q) {
  const route = defineRoute({ method: 'get', path: `/ledger/reports/${path}/export`, permission: 'ledger.read', summary, tags, query });
  const file = z.string().openapi({ format: 'binary' });
  return {
    ...route,
    responses: {
      ...route.responses,
      200: { description: 'The file', content: { [CONTENT_TYPES.csv]: { schema: file }, [CONTENT_TYPES.xlsx]: { schema: file } } },
    },
  };
}

/** The reader's language for headers: `lang` when given, else the signed-in user's locale. */
async function langOf(p: Platform, c: Context<AppEnv>, given: Lang | undefined): Promise<Lang> {
  if (given) return given;
  const userId = c.get('actor')?.userId;
  // biome-ignore lint/suspicious/noExplicitAny: the platform's own user table
  const user = userId ? await findUserById(p.db as any, userId) : undefined;
  return user?.locale === 'ar' ? 'ar' : 'en';
}

/** Statements and reports over the kept balances; every figure carries its drill-down to the lines. */
export function reportsRoutes(p: Platform): OpenAPIHono<AppEnv> {
  const facts = (c: Context<AppEnv>) => {
    const { db, call } = routeContext(p, c);
    return companyFacts(db, call.actor).then((f) => ({ db, call, f }));
  };
  const file = async (c: Context<AppEnv>, r: ExportRequest, q: { format: 'csv' | 'xlsx'; lang?: Lang }) => {
    const { db, call, f } = await facts(c);
    const out = await exportReport(db, call, r, { format: q.format, lang: await langOf(p, c, q.lang) }, f);
    return c.body(new Uint8Array(out.body), 200, { 'content-type': out.contentType, 'content-disposition': `attachment; filename="${out.filename}"` });
  };
  const app = new OpenAPIHono<AppEnv>()
    .openapi(
      reportRoute(
        'trial-balance',
        'Trial balance as of a date, or opening / movement / closing for a range',
        trialBalanceReportQuery,
        trialBalanceReportSchema,
      ),
      async (c) => {
        const { db, f } = await facts(c);
        return c.json(await trialBalanceReport(db, c.req.valid('query'), f.baseCurrency), 200);
      },
    )
    .openapi(reportRoute('register', "One account's lines with a running balance (keyset pages)", registerQuery, registerSchema), async (c) => {
      const { db, f } = await facts(c);
      return c.json(await accountRegister(db, c.req.valid('query'), f.baseCurrency), 200);
    })
    .openapi(reportRoute('lines', 'The lines behind a figure: accounts (with their children), currency, dates', linesQuery, linesPageSchema), async (c) => {
      const { db, f } = await facts(c);
      return c.json(await listLines(db, c.req.valid('query'), f.baseCurrency), 200);
    })
    .openapi(
      reportRoute('income-statement', 'Income statement with the previous period and the same period last year', incomeStatementQuery, incomeStatementSchema),
      async (c) => {
        const { db, f } = await facts(c);
        return c.json(await incomeStatement(db, c.req.valid('query'), f.baseCurrency), 200);
      },
    )
    .openapi(reportRoute('balance-sheet', 'Balance sheet as of a date, a month and a year earlier', balanceSheetQuery, balanceSheetSchema), async (c) => {
      const { db, f } = await facts(c);
      return c.json(await balanceSheet(db, c.req.valid('query'), f), 200);
    })
    .openapi(reportRoute('monthly-trend', 'Whole months of income and expense (or any accounts), per month', trendQuery, trendSchema), async (c) => {
      const { db, f } = await facts(c);
      return c.json(await monthlyTrend(db, c.req.valid('query'), f.baseCurrency), 200);
    })
    .openapi(
      reportRoute('account-checks', 'What needs attention: wrong-side balances, suspense, old drafts, large entries, idle accounts', checksQuery, checksSchema),
      async (c) => {
        const { db, f } = await facts(c);
        return c.json(await accountChecks(db, c.req.valid('query'), { baseCurrency: f.baseCurrency, now: p.clock.now() }), 200);
      },
    );
  app.openapi(exportRoute('trial-balance', 'Trial balance as CSV or XLSX', trialBalanceReportQuery.extend(exportFields)), (c) => {
    const { format, lang, ...query } = c.req.valid('query');
    return file(c, { report: 'trial-balance', query }, { format, lang });
  });
  app.openapi(exportRoute('register', 'Account register as CSV or XLSX', registerQuery.omit({ cursor: true, pageSize: true }).extend(exportFields)), (c) => {
    const { format, lang, ...query } = c.req.valid('query');
    return file(c, { report: 'register', query }, { format, lang });
  });
  app.openapi(exportRoute('income-statement', 'Income statement as CSV or XLSX', incomeStatementQuery.extend(exportFields)), (c) => {
    const { format, lang, ...query } = c.req.valid('query');
    return file(c, { report: 'income-statement', query }, { format, lang });
  });
  app.openapi(exportRoute('balance-sheet', 'Balance sheet as CSV or XLSX', balanceSheetQuery.extend(exportFields)), (c) => {
    const { format, lang, ...query } = c.req.valid('query');
    return file(c, { report: 'balance-sheet', query }, { format, lang });
  });
  return app;
}
