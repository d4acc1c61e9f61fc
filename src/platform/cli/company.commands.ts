import type { Command } from 'commander';
import type { Kysely } from 'kysely';
import { findCompanyByName, listCompanies } from '../companies/companies.repository.ts';
import { newCompanySchema } from '../companies/companies.schemas.ts';
import type { CompaniesTables } from '../companies/companies.tables.ts';
import { createCompany } from '../companies/create-company.ts';
import { inTransaction } from '../db/transaction.ts';
import { CliError, operator } from './context.ts';
import { type FlagNames, parsePositiveInt, parseWorkWeek, printTable, withCliPlatform } from './platform.commands.ts';

const companyFlags: FlagNames = {
  name: '--name',
  nameAr: '--name-ar',
  baseCurrency: '--currency',
  language: '--language',
  timeZone: '--time-zone',
  workWeek: '--work-week',
  fiscalYearStartMonth: '--fiscal-year-start',
};

interface CreateOptions {
  name: string;
  nameAr?: string;
  currency: string;
  language?: string;
  timeZone?: string;
  workWeek?: number[];
  fiscalYearStart?: number;
}

export function registerCompanyCommands(program: Command): void {
  const company = program.command('company').description('companies in this installation');
  company
    .command('create')
    .description('add a company, with the standard roles')
    .requiredOption('--name <name>', 'company name (unique)')
    .option('--name-ar <name>', 'company name in Arabic')
    .requiredOption('--currency <code>', 'base currency, ISO 4217 (e.g. SAR)')
    .option('--language <en|ar>', 'company language (default en)')
    .option('--time-zone <tz>', 'IANA time zone (default UTC)')
    .option('--work-week <days>', 'working days, 0 = Sunday (default 1,2,3,4,5)', parseWorkWeek)
    .option('--fiscal-year-start <month>', 'first month of the fiscal year, 1-12 (default 1)', parsePositiveInt)
    .action((opts: CreateOptions) =>
      withCliPlatform(
        async (p) => {
          const input = newCompanySchema.parse({
            name: opts.name,
            nameAr: opts.nameAr,
            baseCurrency: opts.currency,
            language: opts.language,
            timeZone: opts.timeZone,
            workWeek: opts.workWeek,
            fiscalYearStartMonth: opts.fiscalYearStart,
          });
          const db = p.db as Kysely<CompaniesTables>;
          if (await findCompanyByName(db, input.name)) throw new CliError(`--name: a company named "${input.name}" already exists`);
          const created = await inTransaction(p.db, (trx) => createCompany({ ...p, db: trx }, trx, operator(p, null), input));
          console.log(`Company "${created.name}" created (${created.id}).`);
          console.log(`Add its first administrator: kawalis user create --company "${created.name}" --email … --name … --role admin`);
        },
        { flags: companyFlags },
      ),
    );
  company
    .command('list')
    .description('list every company')
    .action(() =>
      withCliPlatform(async (p) => {
        const all = await listCompanies(p.db as Kysely<CompaniesTables>);
        if (all.length === 0) {
          console.log('No company yet: run `kawalis setup` first');
          return;
        }
        printTable(
          ['name', 'id', 'currency', 'time zone', 'arabic name'],
          all.map((c) => [c.name, c.id, c.baseCurrency, c.timeZone, c.nameAr ?? '']),
        );
      }),
    );
}
