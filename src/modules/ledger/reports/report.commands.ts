import { writeFileSync } from 'node:fs';
import type { Command } from 'commander';
import { CliError, operator, resolveCompany } from '../../../platform/cli/context.ts';
import { printTable, withCliPlatform } from '../../../platform/cli/platform.commands.ts';
import type { Platform } from '../../../platform/platform.ts';
import { findAccountByCode } from '../accounts.repository.ts';
import { toCsv } from '../csv.ts';
import type { LedgerCall } from '../ledger-db.ts';
import { accountChecks } from './account-checks.ts';
import { type ExportRequest, exportReport, recordExport, reportTable } from './export-report.ts';
import type { Lang } from './report-labels.ts';
import { isAmount } from './report-table.ts';
import { balanceSheetQuery, checksQuery, incomeStatementQuery, registerQuery, trialBalanceReportQuery } from './reports.schemas.ts';
import { trialBalanceReport } from './trial-balance-report.ts';

type Format = 'table' | 'csv' | 'xlsx';
interface Common {
  format: string;
  output?: string;
  lang: string;
  company?: string;
}

async function reportContext(p: Platform, companyName?: string) {
  const company = await resolveCompany(p, companyName);
  const db = p.forCompany(company.id);
  const call: LedgerCall = { actor: operator(p, company.id), clock: p.clock };
  return { company, db, call, facts: { baseCurrency: company.baseCurrency, fiscalYearStartMonth: company.fiscalYearStartMonth } };
}

function formatOf(o: Common): { format: Format; lang: Lang } {
  if (!['table', 'csv', 'xlsx'].includes(o.format)) throw new CliError('--format: table, csv or xlsx');
  if (o.format === 'xlsx' && !o.output) throw new CliError('--format xlsx needs --output FILE');
  if (o.lang !== 'en' && o.lang !== 'ar') throw new CliError('--lang: en or ar');
  return { format: o.format as Format, lang: o.lang };
}

const out = (o: Common, body: Buffer | string) => {
  if (o.output) writeFileSync(o.output, body);
  else process.stdout.write(body);
};

/** Print a report as an aligned table, or write it as CSV / XLSX (each file export is audited). */
async function emit(p: Platform, o: Common, r: ExportRequest) {
  const { format, lang } = formatOf(o);
  const { db, call, facts } = await reportContext(p, o.company);
  if (format === 'table') {
    const t = await reportTable(db, r, lang, facts);
    console.log(`${t.title} — ${t.subtitle}`);
    const rows = t.rows.map((row) => row.map((c) => (c === null ? '' : isAmount(c) ? c.amount : c)));
    const lines: string[] = [];
    printTable(t.headers, rows, (l) => lines.push(l));
    out(o, `${lines.join('\n')}\n`);
    return;
  }
  const file = await exportReport(db, call, r, { format, lang, bom: Boolean(o.output) }, facts);
  out(o, file.body);
}

const common = (c: Command) =>
  c
    .option('--format <format>', 'table, csv or xlsx', 'table')
    .option('--output <file>', 'write to a file instead of the terminal (needed for xlsx)')
    .option('--lang <lang>', 'headers and account names: en or ar', 'en')
    .option('--company <name>', 'company name or id');

/** `kawalis report …`: the ledger's statements on the command line, over the same use cases as the API. */
export function registerReportCommands(program: Command): void {
  const report = program.command('report').description('ledger statements and reports');
  common(
    report
      .command('trial-balance')
      .description('balances per leaf account and commodity as of a date; csv: account (full path), commodity, balance')
      .requiredOption('--as-of <date>', 'YYYY-MM-DD'),
  ).action((o: Common & { asOf: string }) =>
    withCliPlatform(
      async (p) => {
        const { format } = formatOf(o);
        const query = trialBalanceReportQuery.parse({ to: o.asOf });
        if (format === 'xlsx') return emit(p, o, { report: 'trial-balance', query });
        // The hledger-comparable form: one row per leaf account and commodity with a non-zero balance.
        const { db, call, facts } = await reportContext(p, o.company);
        const tb = await trialBalanceReport(db, { to: query.to, tree: false }, facts.baseCurrency);
        const rows = tb.rows
          .filter((r) => !r.group && !/^-?0(\.0+)?$/.test(r.closing))
          .map((r) => [r.path, r.currency, r.closing])
          .sort((a, b) => (a[0] === b[0] ? a[1].localeCompare(b[1]) : a[0] < b[0] ? -1 : 1));
        const headers = ['account', 'commodity', 'balance'];
        if (format === 'csv') {
          out(o, toCsv([headers, ...rows]));
          await recordExport(db, call, 'trial-balance', { format: 'csv', to: query.to, rows: rows.length });
        } else {
          const lines: string[] = [];
          printTable(headers, rows, (l) => lines.push(l));
          out(o, `${lines.join('\n')}\n`);
        }
      },
      { flags: { to: '--as-of' } },
    ),
  );
  common(
    report
      .command('income-statement')
      .description('income and expenses for a period, with the previous period and the same period last year')
      .requiredOption('--from <date>', 'YYYY-MM-DD')
      .requiredOption('--to <date>', 'YYYY-MM-DD')
      .option('--currency <code>', 'only lines in this currency (default: every line, in base currency)'),
  ).action((o: Common & { from: string; to: string; currency?: string }) =>
    withCliPlatform((p) => emit(p, o, { report: 'income-statement', query: incomeStatementQuery.parse({ from: o.from, to: o.to, currency: o.currency }) }), {
      flags: { from: '--from', to: '--to', currency: '--currency' },
    }),
  );
  common(
    report
      .command('balance-sheet')
      .description('assets, liabilities and equity as of a date, a month and a year earlier')
      .requiredOption('--as-of <date>', 'YYYY-MM-DD')
      .option('--currency <code>', 'only lines in this currency (default: every line, in base currency)'),
  ).action((o: Common & { asOf: string; currency?: string }) =>
    withCliPlatform((p) => emit(p, o, { report: 'balance-sheet', query: balanceSheetQuery.parse({ asOf: o.asOf, currency: o.currency }) }), {
      flags: { asOf: '--as-of', currency: '--currency' },
    }),
  );
  common(
    report
      .command('register')
      .description("one account's lines with a running balance")
      .requiredOption('--account <code>', 'account code')
      .option('--currency <code>', 'one currency (running balance in it); default: every currency, balance in base')
      .option('--from <date>', 'YYYY-MM-DD')
      .option('--to <date>', 'YYYY-MM-DD'),
  ).action((o: Common & { account: string; currency?: string; from?: string; to?: string }) =>
    withCliPlatform(
      async (p) => {
        const { db } = await reportContext(p, o.company);
        const account = await findAccountByCode(db, o.account);
        if (!account) throw new CliError(`No account ${o.account}`);
        const { cursor: _c, pageSize: _s, ...query } = registerQuery.parse({ accountId: account.id, currency: o.currency, from: o.from, to: o.to });
        await emit(p, o, { report: 'register', query });
      },
      { flags: { currency: '--currency', from: '--from', to: '--to' } },
    ),
  );
  report
    .command('account-checks')
    .description('what needs attention: wrong-side balances, suspense, old drafts, large entries without reference, idle accounts')
    .requiredOption('--as-of <date>', 'YYYY-MM-DD')
    .option('--large-amount <amount>', 'in base currency', '10000')
    .option('--company <name>', 'company name or id')
    .action((o: { asOf: string; largeAmount: string; company?: string }) =>
      withCliPlatform(
        async (p) => {
          const { db, facts } = await reportContext(p, o.company);
          const q = checksQuery.parse({ asOf: o.asOf, largeAmount: o.largeAmount });
          const r = await accountChecks(db, q, { baseCurrency: facts.baseCurrency, now: p.clock.now() });
          if (r.items.length === 0) console.log('nothing needs attention');
          else
            printTable(
              ['check', 'account', 'entry', 'amount', 'what'],
              r.items.map((i) => [i.kind, i.accountCode ?? '', i.number ?? i.entryId ?? '', i.amount ?? '', i.message]),
            );
        },
        { flags: { asOf: '--as-of', largeAmount: '--large-amount' } },
      ),
    );
}
