import type { Command } from 'commander';
import { setupSchema } from '../auth/auth.schemas.ts';
import { isSetupNeeded, setupKawalis } from '../auth/setup.ts';
import { CliError } from './context.ts';
import { createDemo, printDemoUsers } from './demo.ts';
import { type FlagNames, parseWorkWeek, readSecret, withCliPlatform } from './platform.commands.ts';

const setupFlags: FlagNames = {
  'company.name': '--company',
  'company.nameAr': '--company-ar',
  'company.baseCurrency': '--currency',
  'company.language': '--language',
  'company.timeZone': '--time-zone',
  'company.workWeek': '--work-week',
  'admin.email': '--admin-email',
  'admin.displayName': '--admin-name',
  'admin.password': 'admin password (--admin-password-file or standard input)',
};

interface SetupOptions {
  company: string;
  companyAr?: string;
  currency: string;
  language: string;
  timeZone: string;
  workWeek?: number[];
  adminEmail: string;
  adminName: string;
  adminPasswordFile?: string;
}

export function registerSetupCommands(program: Command): void {
  program
    .command('setup')
    .description('first run: create the first company and its administrator (refused once set up)')
    .requiredOption('--company <name>', 'company name')
    .option('--company-ar <name>', 'company name in Arabic')
    .requiredOption('--currency <code>', 'base currency, ISO 4217 (e.g. SAR)')
    .requiredOption('--language <en|ar>', 'company language')
    .requiredOption('--time-zone <tz>', 'IANA time zone (e.g. Asia/Riyadh)')
    .option('--work-week <days>', 'working days, 0 = Sunday (default 1,2,3,4,5)', parseWorkWeek)
    .requiredOption('--admin-email <email>', "administrator's e-mail address")
    .option('--admin-name <name>', "administrator's display name", 'Administrator')
    .option('--admin-password-file <file>', "read the administrator's password from this file (else from standard input)")
    .addHelpText('after', '\nThe password is never taken from a flag: pipe it in or name a file readable only by you.')
    .action((opts: SetupOptions) =>
      withCliPlatform(
        async (p) => {
          if (!(await isSetupNeeded(p)))
            throw new CliError('Kawalis is already set up: add companies with `kawalis company create` and users with `kawalis user create`');
          const password = await readSecret({ file: opts.adminPasswordFile, prompt: 'Administrator password (hidden): ' });
          const input = setupSchema.parse({
            company: {
              name: opts.company,
              nameAr: opts.companyAr,
              baseCurrency: opts.currency,
              language: opts.language,
              timeZone: opts.timeZone,
              ...(opts.workWeek ? { workWeek: opts.workWeek } : {}),
            },
            admin: { email: opts.adminEmail, displayName: opts.adminName, password },
          });
          const { company, user } = await setupKawalis(p, input);
          console.log(`Kawalis is set up: company "${company.name}" (${company.id}), administrator ${user.email}.`);
          console.log(`Sign in at ${p.config.PUBLIC_URL}`);
        },
        { flags: setupFlags },
      ),
    );

  program
    .command('demo')
    .description('load a demo company with one user per standard role (empty database only)')
    .action(() =>
      withCliPlatform(async (p) => {
        if (!(await isSetupNeeded(p))) throw new CliError('The database is not empty: the demo company loads only into a new installation');
        printDemoUsers(await createDemo(p));
      }),
    );
}
