import { readFileSync, writeFileSync } from 'node:fs';
import type { Command } from 'commander';
import { CliError, operator, resolveCompany } from '../../platform/cli/context.ts';
import { printTable, withCliPlatform } from '../../platform/cli/platform.commands.ts';
import type { CompanyDb } from '../../platform/db/company-scope.ts';
import { AppError } from '../../platform/errors.ts';
import type { Platform } from '../../platform/platform.ts';
import type { BudgetCall } from './budget-call.ts';
import { budgetVsActual } from './budget-vs-actual.ts';
import { exportBudgetXlsx, importBudgetXlsx } from './budget-xlsx.ts';
import { registerPlanCommands } from './budgets-plan.commands.ts';
import { createBudget } from './create-budget.ts';
import { exportBudgetCsv } from './export-budget-csv.ts';
import { importBudgetCsv } from './import-budget-csv.ts';
import { listBudgets } from './load-budget.ts';

export async function budgetContext(p: Platform, companyName?: string): Promise<{ db: CompanyDb; call: BudgetCall }> {
  const company = await resolveCompany(p, companyName);
  return { db: p.forCompany(company.id), call: { actor: operator(p, company.id), clock: p.clock } };
}

/** A budget named by its name (optionally `name@year`) or id. */
export async function budgetNamed(db: CompanyDb, call: BudgetCall, name: string): Promise<string> {
  const [n, y] = name.split('@');
  const found = (await listBudgets(db, call)).filter((b) => b.id === name || (b.name === n && (!y || String(b.fiscalYear) === y)));
  if (found.length !== 1) throw new CliError(found.length ? `"${name}" names several budgets: add @year` : `No budget "${name}"`);
  return (found[0] as { id: string }).id;
}

/** `kawalis budget create|import|export|report`, over the same use cases as the API. */
export function registerBudgetCommands(program: Command): void {
  const budget = program.command('budget').description('budgets: create, import, export, budget vs actual, copy, close, forecast, scenarios');
  registerPlanCommands(budget);
  budget
    .command('create')
    .description('start a draft budget in the base currency')
    .requiredOption('--name <name>', 'budget name')
    .requiredOption('--year <year>', 'fiscal year (the calendar year it starts in)')
    .option('--alert <pct>', 'alert threshold, % of a month consumed', '90')
    .option('--company <name>', 'company name or id')
    .action((opts: { name: string; year: string; alert: string; company?: string }) =>
      withCliPlatform(async (p) => {
        const { db, call } = await budgetContext(p, opts.company);
        const b = await createBudget(db, call, { name: opts.name, fiscalYear: Number(opts.year), alertThresholdPct: Number(opts.alert) });
        console.log(`budget ${b.name} ${b.fiscalYear} (${b.currency}) created: ${b.id}`);
      }),
    );
  budget
    .command('import')
    .description('import amounts from CSV or XLSX (by the extension) into the draft revision (account,dimension_value,<12 months>), all or nothing')
    .requiredOption('--budget <name>', 'budget name (name@year) or id')
    .option('--company <name>', 'company name or id')
    .argument('<file>', 'the CSV file')
    .action((file: string, opts: { budget: string; company?: string }) =>
      withCliPlatform(async (p) => {
        const { db, call } = await budgetContext(p, opts.company);
        const id = await budgetNamed(db, call, opts.budget);
        let data: Buffer;
        try {
          data = readFileSync(file);
        } catch (err) {
          throw new CliError(`cannot read ${file}: ${(err as Error).message}`);
        }
        try {
          const r = file.toLowerCase().endsWith('.xlsx')
            ? await importBudgetXlsx(db, call, id, data)
            : await importBudgetCsv(db, call, id, data.toString('utf8'));
          console.log(`${r.cells} amount(s) imported`);
        } catch (err) {
          if (err instanceof AppError && err.code === 'VALIDATION' && Array.isArray(err.details)) {
            const lines = (err.details as { path: string; message: string }[]).map((d) => `  ${d.path}: ${d.message}`);
            throw new CliError(`${file} was not imported (nothing was saved):\n${lines.join('\n')}`);
          }
          throw err;
        }
      }),
    );
  budget
    .command('export')
    .description('write the latest revision as CSV (stdout, or --out FILE; a .xlsx file is written as XLSX)')
    .requiredOption('--budget <name>', 'budget name (name@year) or id')
    .option('--company <name>', 'company name or id')
    .option('--out <file>', 'write to this file')
    .action((opts: { budget: string; company?: string; out?: string }) =>
      withCliPlatform(async (p) => {
        const { db, call } = await budgetContext(p, opts.company);
        const id = await budgetNamed(db, call, opts.budget);
        if (opts.out?.toLowerCase().endsWith('.xlsx')) {
          writeFileSync(opts.out, await exportBudgetXlsx(db, call, id));
          return;
        }
        const csv = await exportBudgetCsv(db, call, id);
        if (opts.out) writeFileSync(opts.out, csv);
        else process.stdout.write(csv);
      }),
    );
  budget
    .command('report')
    .description('budget vs actual, year to date, per account')
    .requiredOption('--budget <name>', 'budget name (name@year) or id')
    .option('--company <name>', 'company name or id')
    .option('--through <month>', 'YYYY-MM: year to date through this month')
    .action((opts: { budget: string; company?: string; through?: string }) =>
      withCliPlatform(async (p) => {
        const { db, call } = await budgetContext(p, opts.company);
        const id = await budgetNamed(db, call, opts.budget);
        // every line, page after page (the report pages its lines)
        const r = await budgetVsActual(db, call, id, { throughMonth: opts.through, pageSize: 500 });
        const lines = [...r.lines];
        for (let page = 2; lines.length < r.totalLines; page++) {
          lines.push(...(await budgetVsActual(db, call, id, { throughMonth: opts.through, revisionId: r.revisionId, page, pageSize: 500 })).lines);
        }
        console.log(`budget vs actual through ${r.throughMonth} (${r.currency})`);
        printTable(
          ['account', 'name', 'budget', 'actual', 'variance', '%', 'full-year budget'],
          [
            ...lines.map((l) => [l.code, l.nameEn, l.ytd.budget, l.ytd.actual, l.ytd.variance, l.ytd.variancePct ?? '', l.year.budget]),
            ...r.totals.map((t) => ['', `total ${t.type}`, t.ytd.budget, t.ytd.actual, t.ytd.variance, t.ytd.variancePct ?? '', t.year.budget]),
          ],
        );
      }),
    );
}
