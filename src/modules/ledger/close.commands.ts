import type { Command } from 'commander';
import { CliError, operator, resolveCompany } from '../../platform/cli/context.ts';
import { printTable, withCliPlatform } from '../../platform/cli/platform.commands.ts';
import type { Platform } from '../../platform/platform.ts';
import { registeredCloseChecks } from './close-checks.ts';
import { closePeriod } from './close-period.ts';
import { getCloseChecks } from './get-close-checks.ts';
import type { LedgerCall } from './ledger-db.ts';
import { typed } from './ledger-db.ts';
import { revaluePeriod } from './revalue-period.ts';
import { yearEndClose } from './year-end-close.ts';

async function context(p: Platform, companyName?: string) {
  const company = await resolveCompany(p, companyName);
  const call: LedgerCall = { actor: operator(p, company.id), clock: p.clock };
  return { db: p.forCompany(company.id), call, external: registeredCloseChecks(p, company.id) };
}

/** The period that starts on the first of `YYYY-MM` (periods are calendar months). */
async function periodOfMonth(db: ReturnType<Platform['forCompany']>, month: string) {
  if (!/^\d{4}-\d{2}$/.test(month)) throw new CliError('--period: a month written YYYY-MM');
  const period = await typed(db).selectFrom('ledger_period').selectAll().where('start_date', '=', `${month}-01`).executeTakeFirst();
  if (!period) throw new CliError(`No period ${month}: open its fiscal year first`);
  return period;
}

/** `kawalis ledger close | close-checks | revalue | year-end`. */
export function registerCloseCommands(ledger: Command): void {
  ledger
    .command('close-checks')
    .description("a period's close checks and their results")
    .requiredOption('--period <month>', 'YYYY-MM')
    .option('--company <name>', 'company name or id')
    .action((opts: { period: string; company?: string }) =>
      withCliPlatform(async (p) => {
        const { db, call, external } = await context(p, opts.company);
        const r = await getCloseChecks(db, call, (await periodOfMonth(db, opts.period)).id, { external });
        printTable(
          ['check', 'result', 'message'],
          r.checks.map((c) => [c.key, c.ok ? 'ok' : 'FAILED', c.message]),
        );
        if (!r.ok) process.exitCode = 1;
      }),
    );
  ledger
    .command('close')
    .description('close a period: runs every check, refuses naming the failing ones, records the sign-off')
    .requiredOption('--period <month>', 'YYYY-MM')
    .option('--company <name>', 'company name or id')
    .action((opts: { period: string; company?: string }) =>
      withCliPlatform(async (p) => {
        const { db, call, external } = await context(p, opts.company);
        const closed = await closePeriod(db, call, (await periodOfMonth(db, opts.period)).id, { external }).catch((err) => {
          const failing = (err?.details?.checks ?? []) as { key: string; message: string }[];
          if (failing.length) throw new CliError(`${opts.period} cannot close:\n${failing.map((c) => `  ${c.key}: ${c.message}`).join('\n')}`);
          throw err;
        });
        console.log(`closed ${closed.startDate} – ${closed.endDate}`);
      }),
    );
  ledger
    .command('revalue')
    .description('revalue foreign-currency balances at the end of a period (unrealised gain/loss entry)')
    .requiredOption('--period <month>', 'YYYY-MM')
    .option('--company <name>', 'company name or id')
    .action((opts: { period: string; company?: string }) =>
      withCliPlatform(async (p) => {
        const { db, call } = await context(p, opts.company);
        const { entry } = await revaluePeriod(db, call, (await periodOfMonth(db, opts.period)).id);
        console.log(entry ? `posted ${entry.number} (${entry.lines.length} lines)` : 'nothing to revalue');
      }),
    );
  ledger
    .command('year-end')
    .description("post a fiscal year's closing entry: income and expense to retained earnings")
    .requiredOption('--year <year>', 'the fiscal year (named by the calendar year it starts in)')
    .option('--company <name>', 'company name or id')
    .action((opts: { year: string; company?: string }) =>
      withCliPlatform(async (p) => {
        if (!/^\d{4}$/.test(opts.year)) throw new CliError('--year: a year such as 2026');
        const { db, call } = await context(p, opts.company);
        const { entry } = await yearEndClose(db, call, { fiscalYear: Number(opts.year) });
        console.log(entry ? `posted ${entry.number} on ${entry.date} (${entry.lines.length} lines)` : 'nothing to close');
      }),
    );
}
