import type { Command } from 'commander';
import { printTable, withCliPlatform } from '../../platform/cli/platform.commands.ts';
import { approveBudget } from './approve-budget.ts';
import { budgetContext, budgetNamed } from './budgets.commands.ts';
import { closeBudget } from './close-budget.ts';
import { compareRevisions } from './compare-revisions.ts';
import { copyBudget } from './copy-budget.ts';
import { loadBudget } from './load-budget.ts';
import { rollingForecast, setForecastMethods } from './rolling-forecast.ts';
import { addAdjustment, compareScenario, createScenario, listScenarios } from './scenarios.ts';

type Opts = { budget: string; company?: string };

/** `kawalis budget approve|copy|close|compare|forecast|forecast-method|scenario …`, over the API's use cases. */
export function registerPlanCommands(budget: Command): void {
  budget
    .command('copy')
    .description('a new draft budget from this one (its revision in force), to a name and year, ±%')
    .requiredOption('--budget <name>', 'the budget to copy (name@year or id)')
    .requiredOption('--name <name>', 'the new budget name')
    .requiredOption('--year <year>', 'the new fiscal year')
    .option('--percent <pct>', 'change every amount by this %', '0')
    .option('--company <name>', 'company name or id')
    .action((opts: Opts & { name: string; year: string; percent: string }) =>
      withCliPlatform(async (p) => {
        const { db, call } = await budgetContext(p, opts.company);
        const b = await copyBudget(db, call, await budgetNamed(db, call, opts.budget), {
          name: opts.name,
          fiscalYear: Number(opts.year),
          percent: opts.percent,
        });
        console.log(`budget ${b.name} ${b.fiscalYear} created from ${opts.budget}: ${b.id}`);
      }),
    );
  budget
    .command('approve')
    .description('approve (freeze) the draft revision')
    .requiredOption('--budget <name>', 'budget name (name@year) or id')
    .option('--company <name>', 'company name or id')
    .action((opts: Opts) =>
      withCliPlatform(async (p) => {
        const { db, call } = await budgetContext(p, opts.company);
        const b = await approveBudget(db, call, await budgetNamed(db, call, opts.budget));
        console.log(`budget ${b.name} ${b.fiscalYear} revision ${b.revision.number} approved`);
      }),
    );
  budget
    .command('close')
    .description('close an approved budget: read-only from then on')
    .requiredOption('--budget <name>', 'budget name (name@year) or id')
    .option('--company <name>', 'company name or id')
    .action((opts: Opts) =>
      withCliPlatform(async (p) => {
        const { db, call } = await budgetContext(p, opts.company);
        const b = await closeBudget(db, call, await budgetNamed(db, call, opts.budget));
        console.log(`budget ${b.name} ${b.fiscalYear} closed`);
      }),
    );
  budget
    .command('compare')
    .description('two revisions side by side: the changed lines, b − a by month')
    .requiredOption('--budget <name>', 'budget name (name@year) or id')
    .requiredOption('--a <n>', 'revision number A')
    .requiredOption('--b <n>', 'revision number B')
    .option('--company <name>', 'company name or id')
    .action((opts: Opts & { a: string; b: string }) =>
      withCliPlatform(async (p) => {
        const { db, call } = await budgetContext(p, opts.company);
        const id = await budgetNamed(db, call, opts.budget);
        const revs = (await loadBudget(db, call, id)).view.revisions;
        const rev = (n: string) => revs.find((r) => String(r.number) === n)?.id ?? '00000000-0000-0000-0000-000000000000';
        const c = await compareRevisions(db, call, id, { a: rev(opts.a), b: rev(opts.b) });
        printTable(
          ['account', 'name', `total r${opts.a}`, `total r${opts.b}`, 'difference', ...c.months],
          c.lines.filter((l) => l.changed).map((l) => [l.code, l.nameEn, l.totalA, l.totalB, l.totalDiff, ...l.diff]),
        );
      }),
    );
  budget
    .command('forecast')
    .description('rolling forecast: actuals of closed months, then budget or trend per line; net income and cash')
    .requiredOption('--budget <name>', 'budget name (name@year) or id')
    .option('--company <name>', 'company name or id')
    .action((opts: Opts) =>
      withCliPlatform(async (p) => {
        const { db, call } = await budgetContext(p, opts.company);
        const f = await rollingForecast(db, call, await budgetNamed(db, call, opts.budget));
        console.log(`closed months: ${f.closedMonths.join(' ') || 'none'} (${f.currency})`);
        printTable(
          ['account', 'name', 'method', ...f.months, 'total', 'budget'],
          [
            ...f.lines.map((l) => [l.code, l.nameEn, l.method === 'trend' ? `trend ${l.trendMonths}` : 'budget', ...l.values, l.total, l.budgetTotal]),
            ['', 'net income', '', ...f.netIncome, '', ''],
            ['', 'cash', '', ...f.cash, '', ''],
          ],
        );
      }),
    );
  budget
    .command('forecast-method')
    .description("how one line's open months are forecast: budget, or trend of the last N closed months")
    .requiredOption('--budget <name>', 'budget name (name@year) or id')
    .requiredOption('--account <id>', 'ledger account id')
    .requiredOption('--method <m>', 'budget | trend')
    .option('--months <n>', 'trend: how many closed months', '3')
    .option('--company <name>', 'company name or id')
    .action((opts: Opts & { account: string; method: string; months: string }) =>
      withCliPlatform(async (p) => {
        const { db, call } = await budgetContext(p, opts.company);
        const id = await budgetNamed(db, call, opts.budget);
        await setForecastMethods(db, call, id, {
          lines: [{ accountId: opts.account, method: opts.method as 'budget' | 'trend', trendMonths: Number(opts.months) }],
        });
        console.log('forecast method set');
      }),
    );
  const scenario = budget.command('scenario').description('scenarios: a budget or forecast copy with adjustments');
  scenario
    .command('create')
    .requiredOption('--budget <name>', 'budget name (name@year) or id')
    .requiredOption('--name <name>', 'scenario name')
    .option('--base <base>', 'budget | forecast', 'budget')
    .option('--company <name>', 'company name or id')
    .action((opts: Opts & { name: string; base: string }) =>
      withCliPlatform(async (p) => {
        const { db, call } = await budgetContext(p, opts.company);
        const s = await createScenario(db, call, await budgetNamed(db, call, opts.budget), {
          name: opts.name,
          base: opts.base as 'budget' | 'forecast',
        });
        console.log(`scenario ${s.name} created: ${s.id}`);
      }),
    );
  scenario
    .command('adjust')
    .description('add an adjustment: --percent on --accounts from --from; --one-off AMOUNT in --from; --hire MONTHLY from --from')
    .requiredOption('--budget <name>', 'budget name (name@year) or id')
    .requiredOption('--scenario <name>', 'scenario name')
    .requiredOption('--accounts <ids>', 'comma-separated ledger account ids')
    .requiredOption('--from <month>', 'YYYY-MM')
    .option('--percent <pct>', 'percentage change')
    .option('--one-off <amount>', 'a one-off amount')
    .option('--hire <amount>', "a new hire's monthly cost")
    .option('--label <text>', 'what it is')
    .option('--company <name>', 'company name or id')
    .action((opts: Opts & { scenario: string; accounts: string; from: string; percent?: string; oneOff?: string; hire?: string; label?: string }) =>
      withCliPlatform(async (p) => {
        const { db, call } = await budgetContext(p, opts.company);
        const id = await budgetNamed(db, call, opts.budget);
        const s = (await listScenarios(db, call, id)).find((x) => x.name === opts.scenario || x.id === opts.scenario);
        if (!s) throw new Error(`No scenario "${opts.scenario}"`);
        const kind = opts.percent ? 'percent' : opts.hire ? 'hire' : 'one-off';
        const r = await addAdjustment(db, call, id, s.id, {
          kind,
          accountIds: opts.accounts.split(','),
          fromMonth: opts.from,
          percent: opts.percent,
          amount: opts.hire ?? opts.oneOff,
          label: opts.label,
        });
        console.log(`scenario ${r.name}: ${r.adjustments.length} adjustment(s)`);
      }),
    );
  scenario
    .command('compare')
    .description('the scenario beside its base: net income and cash by month')
    .requiredOption('--budget <name>', 'budget name (name@year) or id')
    .requiredOption('--scenario <name>', 'scenario name')
    .option('--company <name>', 'company name or id')
    .action((opts: Opts & { scenario: string }) =>
      withCliPlatform(async (p) => {
        const { db, call } = await budgetContext(p, opts.company);
        const id = await budgetNamed(db, call, opts.budget);
        const s = (await listScenarios(db, call, id)).find((x) => x.name === opts.scenario || x.id === opts.scenario);
        if (!s) throw new Error(`No scenario "${opts.scenario}"`);
        const c = await compareScenario(db, call, id, s.id);
        printTable(
          ['', ...c.months],
          [
            ['net income (base)', ...c.base.netIncome],
            [`net income (${s.name})`, ...c.result.netIncome],
            ['difference', ...c.difference.netIncome],
            ['cash (base)', ...c.base.cash],
            [`cash (${s.name})`, ...c.result.cash],
            ['difference', ...c.difference.cash],
          ],
        );
      }),
    );
}
