import { writeFileSync } from 'node:fs';
import type { Command } from 'commander';
import type { Kysely } from 'kysely';
import { CliError, operator, resolveCompany } from '../../platform/cli/context.ts';
import { printTable, withCliPlatform } from '../../platform/cli/platform.commands.ts';
import { listCompanies } from '../../platform/companies/companies.repository.ts';
import type { CompaniesTables } from '../../platform/companies/companies.tables.ts';
import type { Platform } from '../../platform/platform.ts';
import { approveChangeRequest, listChangeRequests, rejectChangeRequest } from './change-requests.ts';
import { exportEmployeesXlsx } from './export-employees-xlsx.ts';
import { type Lang, REPORT_KINDS, type ReportKind, reportFile, reportSheet } from './hr-report-tables.ts';
import type { PeopleCall } from './people-db.ts';
import { dateRangeQuery, monthRangeQuery } from './reports.schemas.ts';
import { type RotationProgress, rotatePeopleKey } from './rotate-key.ts';

async function context(p: Platform, companyName?: string) {
  const company = await resolveCompany(p, companyName);
  const call: PeopleCall = { actor: operator(p, company.id), clock: p.clock, secrets: p.secrets };
  return { db: p.forCompany(company.id), call, company };
}

/** A progress line on stderr: redrawn in place on a terminal, a line per batch elsewhere (CI logs). */
export function rotationBar(label: string, stream: NodeJS.WriteStream = process.stderr) {
  return (r: RotationProgress) => {
    const share = r.total ? Math.min(1, r.done / r.total) : 1;
    const filled = Math.round(share * 30);
    const text = `${label} [${'#'.repeat(filled)}${'-'.repeat(30 - filled)}] ${r.done}/${r.total} rows${r.table ? ` (${r.table})` : ''}`;
    stream.write(stream.isTTY ? `\r\x1b[2K${text}${r.done >= r.total ? '\n' : ''}` : `${text}\n`);
  };
}

/** `kawalis people rotate-key|report|requests|approve-request|reject-request|export-xlsx`. */
export function registerRecordsCommands(people: Command): void {
  people
    .command('rotate-key')
    .description(
      're-encrypt every sensitive People value under the current key (old keys in KAWALIS_PREVIOUS_SECRET_KEYS); resumable: run again after an interruption; audited',
    )
    .option('--company <name>', 'one company (default: every company, the key is the installation’s)')
    .option('--batch-size <n>', 'rows per transaction', '500')
    .action((opts: { company?: string; batchSize: string }) =>
      withCliPlatform(async (p) => {
        const batchSize = Number(opts.batchSize);
        if (!Number.isInteger(batchSize) || batchSize < 1) throw new CliError('--batch-size must be a positive whole number');
        const companies = opts.company ? [await resolveCompany(p, opts.company)] : await listCompanies(p.db as Kysely<CompaniesTables>);
        for (const company of companies) {
          const call: PeopleCall = { actor: operator(p, company.id), clock: p.clock, secrets: p.secrets };
          const r = await rotatePeopleKey(p.forCompany(company.id), call, { batchSize, onProgress: rotationBar(company.name) });
          console.log(
            `${company.name}: ${r.values} values in ${r.rows} rows now under key ${r.keyId}${r.fromKeyIds.length ? ` (were ${r.fromKeyIds.join(', ')})` : ''}`,
          );
        }
      }),
    );
  people
    .command('report')
    .description('HR reports: headcount and turnover by month (--from/--to YYYY-MM), leave (--from/--to YYYY-MM-DD)')
    .argument('<kind>', REPORT_KINDS.join('|'))
    .requiredOption('--from <period>', 'first month (YYYY-MM) or day (leave: YYYY-MM-DD)')
    .requiredOption('--to <period>', 'last month (YYYY-MM) or day (leave: YYYY-MM-DD)')
    .option('--format <format>', 'table, csv or xlsx', 'table')
    .option('--lang <lang>', 'en or ar', 'en')
    .option('--out <file>', 'write to a file (needed for xlsx)')
    .option('--company <name>', 'company name or id')
    .action((kind: string, opts: { from: string; to: string; format: string; lang: string; out?: string; company?: string }) =>
      withCliPlatform(async (p) => {
        if (!REPORT_KINDS.includes(kind as ReportKind)) throw new CliError(`the report is one of ${REPORT_KINDS.join(', ')}`);
        if (!['table', 'csv', 'xlsx'].includes(opts.format)) throw new CliError('--format is table, csv or xlsx');
        if (!['en', 'ar'].includes(opts.lang)) throw new CliError('--lang is en or ar');
        const parsed = (kind === 'leave' ? dateRangeQuery : monthRangeQuery).safeParse({ from: opts.from, to: opts.to });
        if (!parsed.success) throw new CliError(`--${String(parsed.error.issues[0]?.path[0])}: ${parsed.error.issues[0]?.message}`);
        const { db } = await context(p, opts.company);
        const lang = opts.lang as Lang;
        if (opts.format === 'table') {
          const sheet = await reportSheet(db, kind as ReportKind, parsed.data, lang);
          printTable(
            sheet.headers,
            sheet.rows.map((r) => r.map((c) => (c === null || c === undefined ? '' : String(c)))),
          );
          return;
        }
        if (opts.format === 'xlsx' && !opts.out) throw new CliError('--out is needed for xlsx');
        const file = await reportFile(db, kind as ReportKind, parsed.data, opts.format as 'csv' | 'xlsx', lang);
        if (opts.out) writeFileSync(opts.out, file, { mode: 0o600 });
        else process.stdout.write(file);
      }),
    );
  people
    .command('export-xlsx')
    .description('export employees as XLSX (the CSV export columns, sensitive ones included; audited)')
    .requiredOption('--out <file>', 'the .xlsx file to write')
    .option('--all', 'include employees who have left')
    .option('--company <name>', 'company name or id')
    .action((opts: { out: string; all?: boolean; company?: string }) =>
      withCliPlatform(async (p) => {
        const { db, call } = await context(p, opts.company);
        writeFileSync(opts.out, await exportEmployeesXlsx(db, call, { status: opts.all ? 'all' : 'active' }), { mode: 0o600 });
      }),
    );
  people
    .command('requests')
    .description('self-service change requests (pending unless --status)')
    .option('--status <status>', 'pending, approved, rejected or all', 'pending')
    .option('--company <name>', 'company name or id')
    .action((opts: { status: string; company?: string }) =>
      withCliPlatform(async (p) => {
        if (!['pending', 'approved', 'rejected', 'all'].includes(opts.status)) throw new CliError('--status is pending, approved, rejected or all');
        const { db, call } = await context(p, opts.company);
        const { items } = await listChangeRequests(db, call, opts.status as 'pending', { page: 1, pageSize: 10_000 });
        printTable(
          ['id', 'number', 'name', 'status', 'changes'],
          items.map((r) => [
            r.id,
            r.employeeNumber,
            r.employeeName.en,
            r.status,
            r.changes.map((c) => `${c.field}: ${c.proposed === undefined ? '(sensitive)' : (c.proposed ?? '(clear)')}`).join('; '),
          ]),
        );
      }),
    );
  people
    .command('approve-request')
    .description('approve a change request: the values are written to the record (audited), the employee is notified')
    .argument('<id>', 'the request id')
    .option('--company <name>', 'company name or id')
    .action((id: string, opts: { company?: string }) =>
      withCliPlatform(async (p) => {
        const { db, call } = await context(p, opts.company);
        console.log((await approveChangeRequest(db, call, id)).status);
      }),
    );
  people
    .command('reject-request')
    .description('reject a change request with a reason the employee is told')
    .argument('<id>', 'the request id')
    .requiredOption('--reason <text>', 'why')
    .option('--company <name>', 'company name or id')
    .action((id: string, opts: { reason: string; company?: string }) =>
      withCliPlatform(async (p) => {
        const { db, call } = await context(p, opts.company);
        console.log((await rejectChangeRequest(db, call, id, { reason: opts.reason })).status);
      }),
    );
}
