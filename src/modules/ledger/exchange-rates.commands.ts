import { readFileSync } from 'node:fs';
import type { Command } from 'commander';
import { CliError, operator, resolveCompany } from '../../platform/cli/context.ts';
import { printTable, withCliPlatform } from '../../platform/cli/platform.commands.ts';
import type { Platform } from '../../platform/platform.ts';
import { listRates } from './exchange-rates.repository.ts';
import { exchangeRateQuery } from './exchange-rates.schemas.ts';
import { importExchangeRates } from './import-exchange-rates.ts';
import type { LedgerCall } from './ledger-db.ts';
import { setExchangeRate } from './set-exchange-rate.ts';

async function context(p: Platform, companyName?: string) {
  const company = await resolveCompany(p, companyName);
  const call: LedgerCall = { actor: operator(p, company.id), clock: p.clock };
  return { db: p.forCompany(company.id), call };
}

/** `kawalis ledger rates …`: list, set and import dated exchange rates. */
export function registerRateCommands(ledger: Command): void {
  const rates = ledger.command('rates').description('dated exchange rates (base-currency units per unit)');
  rates
    .command('list')
    .description('the rates, newest first per currency')
    .option('--currency <code>', 'one currency')
    .option('--company <name>', 'company name or id')
    .action((opts: { currency?: string; company?: string }) =>
      withCliPlatform(async (p) => {
        const { db } = await context(p, opts.company);
        const rows = await listRates(db, exchangeRateQuery.parse({ currency: opts.currency, limit: 1000 }));
        printTable(
          ['currency', 'date', 'rate', 'source'],
          rows.map((r) => [r.currency, r.date, r.rate, r.source]),
        );
      }),
    );
  rates
    .command('set')
    .description("enter a currency's rate from a date on")
    .requiredOption('--currency <code>', 'ISO 4217 code')
    .requiredOption('--date <date>', 'YYYY-MM-DD')
    .requiredOption('--rate <rate>', 'base-currency units per unit, e.g. 3.75')
    .option('--source <source>', 'where the rate came from', 'manual')
    .option('--company <name>', 'company name or id')
    .action((opts: { currency: string; date: string; rate: string; source: string; company?: string }) =>
      withCliPlatform(async (p) => {
        const { db, call } = await context(p, opts.company);
        const r = await setExchangeRate(db, call, { currency: opts.currency, date: opts.date, rate: opts.rate, source: opts.source });
        console.log(`${r.currency} ${r.date}: ${r.rate} (${r.source})`);
      }),
    );
  rates
    .command('import')
    .description('import rates from a CSV file (currency,date,rate[,source]); all or nothing')
    .argument('<file>', 'the CSV file')
    .option('--source <source>', 'source for rows without one', 'csv')
    .option('--company <name>', 'company name or id')
    .action((file: string, opts: { source: string; company?: string }) =>
      withCliPlatform(async (p) => {
        const { db, call } = await context(p, opts.company);
        let csv: string;
        try {
          csv = readFileSync(file, 'utf8');
        } catch (err) {
          throw new CliError(`cannot read ${file}: ${(err as Error).message}`);
        }
        const r = await importExchangeRates(db, call, { csv, source: opts.source });
        console.log(`imported ${r.imported} rate(s) for ${r.currencies.join(', ') || 'no currency'}`);
      }),
    );
}
