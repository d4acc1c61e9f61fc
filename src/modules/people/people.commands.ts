import { readFileSync, writeFileSync } from 'node:fs';
import type { Command } from 'commander';
import { CliError, operator, resolveCompany } from '../../platform/cli/context.ts';
import { printTable, withCliPlatform } from '../../platform/cli/platform.commands.ts';
import type { Platform } from '../../platform/platform.ts';
import { registerAppointmentCommands } from './appointments.commands.ts';
import { exportEmployees } from './export-employees.ts';
import { importEmployees } from './import-employees.ts';
import { registerLeaveRequestCommands } from './leave-requests.commands.ts';
import { listEmployees } from './list-employees.ts';
import { type PeopleCall, today } from './people-db.ts';
import { registerRecordsCommands } from './records.commands.ts';

async function peopleContext(p: Platform, companyName?: string) {
  const company = await resolveCompany(p, companyName);
  const call: PeopleCall = { actor: operator(p, company.id), clock: p.clock, secrets: p.secrets };
  return { db: p.forCompany(company.id), call, asOf: today(call) };
}

/** `kawalis people list|import FILE|export`: the same use cases as the HTTP API, acting as the operator. */
export function registerPeopleCommands(program: Command): void {
  const people = program.command('people').description('employees, departments and positions');
  registerLeaveRequestCommands(people);
  registerRecordsCommands(people);
  registerAppointmentCommands(people);
  people
    .command('list')
    .description('list employees (non-sensitive fields)')
    .option('--company <name>', 'company name or id')
    .option('--q <text>', 'search names, numbers and e-mail')
    .option('--all', 'include employees who have left')
    .action((opts: { company?: string; q?: string; all?: boolean }) =>
      withCliPlatform(async (p) => {
        const { db, asOf } = await peopleContext(p, opts.company);
        const { items } = await listEmployees(db, { q: opts.q, status: opts.all ? 'all' : 'active', asOf }, { page: 1, pageSize: 100_000 });
        printTable(
          ['number', 'name', 'الاسم', 'department', 'position', 'hired'],
          items.map((e) => [e.employeeNumber, e.nameEn, e.nameAr, e.current?.departmentName?.en ?? '', e.current?.positionTitle?.en ?? '', e.hireDate]),
        );
      }),
    );
  people
    .command('import')
    .description('import employees from a CSV file: all rows or none, errors listed by row')
    .argument('<file>', 'CSV with a header row')
    .option('--company <name>', 'company name or id')
    .action((file: string, opts: { company?: string }) =>
      withCliPlatform(async (p) => {
        const { db, call } = await peopleContext(p, opts.company);
        const report = await importEmployees(db, call, readFileSync(file, 'utf8'));
        if (report.errors.length) {
          for (const e of report.errors) console.error(`row ${e.row}${e.field ? ` ${e.field}` : ''}: ${e.message}`);
          throw new CliError(`nothing imported: ${report.errors.length} error(s)`);
        }
        console.log(`imported ${report.imported} employees`);
      }),
    );
  people
    .command('export')
    .description('export employees as CSV, sensitive columns included (the export is audited)')
    .option('--company <name>', 'company name or id')
    .option('--out <file>', 'write to a file instead of standard output')
    .option('--all', 'include employees who have left')
    .action((opts: { company?: string; out?: string; all?: boolean }) =>
      withCliPlatform(async (p) => {
        const { db, call } = await peopleContext(p, opts.company);
        const csv = await exportEmployees(db, call, { status: opts.all ? 'all' : 'active' });
        if (opts.out) writeFileSync(opts.out, csv, { mode: 0o600 });
        else process.stdout.write(csv);
      }),
    );
}
