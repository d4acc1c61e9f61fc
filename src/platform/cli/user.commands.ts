import type { Command } from 'commander';
import type { Kysely } from 'kysely';
import type { AuthTables } from '../auth/auth.tables.ts';
import { findRoleByKey, listRoles } from '../auth/roles.repository.ts';
import { findUserByEmail } from '../auth/users.repository.ts';
import type { CompanyDb } from '../db/company-scope.ts';
import type { Platform } from '../platform.ts';
import { createUser } from '../users/create-user.ts';
import { resetUserPassword, setUserActive } from '../users/manage-user.ts';
import { findCompanyUser, listCompanyUsers, rolesByUser } from '../users/users.repository.ts';
import { newUserSchema } from '../users/users.schemas.ts';
import { CliError, operator, resolveCompany } from './context.ts';
import { type FlagNames, parsePositiveInt, printTable, withCliPlatform } from './platform.commands.ts';

const userFlags: FlagNames = { email: '--email', displayName: '--name', locale: '--locale', timeZone: '--time-zone', roleIds: '--role' };
const companyOption = ['--company <name>', 'the company to act in (needed when there are several)'] as const;

/** The company a user command acts in, its scoped handle, and the `cli` actor. */
async function scope(p: Platform, companyName?: string) {
  const company = await resolveCompany(p, companyName);
  return { company, db: p.forCompany(company.id), actor: operator(p, company.id) };
}

async function roleIdsForKeys(db: CompanyDb, keys: string[]): Promise<string[]> {
  const ids: string[] = [];
  for (const key of keys) {
    const role = await findRoleByKey(db, key);
    if (!role) {
      const known = (await listRoles(db)).map((r) => r.key).join(', ');
      throw new CliError(`--role: no role "${key}" in this company (roles: ${known})`);
    }
    ids.push(role.id);
  }
  return ids;
}

async function userIdByEmail(p: Platform, db: CompanyDb, email: string, companyName: string): Promise<string> {
  const user = await findUserByEmail(p.db as Kysely<AuthTables>, email);
  if (!user || !(await findCompanyUser(db, user.id))) throw new CliError(`No user ${email.trim().toLowerCase()} in company "${companyName}"`);
  return user.id;
}

export function registerUserCommands(program: Command): void {
  const user = program.command('user').description('users of a company');
  user
    .command('create')
    .description('add a user with a one-time password (shown once)')
    .requiredOption('--email <email>', 'e-mail address (the sign-in name)')
    .requiredOption('--name <name>', 'display name')
    .option('--locale <en|ar>', 'language of the interface', 'en')
    .option('--time-zone <tz>', 'IANA time zone (default: the company’s)')
    .requiredOption('--role <keys>', 'role keys, comma-separated (e.g. finance,analyst)')
    .option(...companyOption)
    .action((opts: { email: string; name: string; locale: string; timeZone?: string; role: string; company?: string }) =>
      withCliPlatform(
        async (p) => {
          const { company, db, actor } = await scope(p, opts.company);
          const keys = opts.role
            .split(',')
            .map((k) => k.trim())
            .filter(Boolean);
          if (keys.length === 0) throw new CliError('--role: name at least one role');
          const input = newUserSchema.parse({
            email: opts.email,
            displayName: opts.name,
            locale: opts.locale,
            timeZone: opts.timeZone ?? company.timeZone,
            roleIds: await roleIdsForKeys(db, keys),
          });
          const { user: created, oneTimePassword } = await createUser(p, db, actor, input);
          console.log(`User ${created.email} created in "${company.name}" with roles ${keys.join(', ')}.`);
          if (oneTimePassword) console.log(`One-time password (shown once; to be changed at first sign-in): ${oneTimePassword}`);
          else console.log('This person already had an account elsewhere in this installation: they sign in with their existing password.');
        },
        { flags: userFlags },
      ),
    );
  user
    .command('list')
    .description('list the users of the company')
    .option('--page <n>', 'page number', parsePositiveInt, 1)
    .option('--page-size <n>', 'users per page (at most 500)', parsePositiveInt, 50)
    .option('--search <text>', 'only users whose e-mail or name contains this')
    .option(...companyOption)
    .action((opts: { page: number; pageSize: number; search?: string; company?: string }) =>
      withCliPlatform(async (p) => {
        const { company, db } = await scope(p, opts.company);
        const size = Math.min(opts.pageSize, 500);
        const { rows, total } = await listCompanyUsers(db, { q: opts.search, limit: size, offset: (opts.page - 1) * size });
        const roles = await rolesByUser(
          db,
          rows.map((r) => r.id),
        );
        const pages = Math.max(1, Math.ceil(total / size));
        if (rows.length === 0) {
          console.log(total === 0 ? `No users in "${company.name}"` : `Page ${opts.page} is past the last page (${pages})`);
          return;
        }
        printTable(
          ['email', 'status', '2fa', 'roles', 'last sign-in', 'name'],
          rows.map((u) => [
            u.email,
            Number(u.active) ? (Number(u.must_change_password) ? 'must change password' : 'active') : 'disabled',
            u.totp_enabled_at ? 'on' : 'off',
            (roles.get(u.id) ?? []).map((r) => r.key).join(','),
            u.last_login_at?.slice(0, 16).replace('T', ' ') ?? 'never',
            u.display_name,
          ]),
        );
        console.log(`\npage ${opts.page} of ${pages} (${total} users in "${company.name}")`);
      }),
    );
  for (const [name, active] of [
    ['disable', false],
    ['enable', true],
  ] as const) {
    user
      .command(`${name} <email>`)
      .description(active ? 'let a disabled user sign in again' : 'stop a user from signing in and end their sessions')
      .option(...companyOption)
      .action((email: string, opts: { company?: string }) =>
        withCliPlatform(async (p) => {
          const { company, db, actor } = await scope(p, opts.company);
          const view = await setUserActive(p, db, actor, await userIdByEmail(p, db, email, company.name), active);
          console.log(`User ${view.email} ${active ? 'enabled' : 'disabled; their sessions are ended'}.`);
        }),
      );
  }
  user
    .command('reset-password <email>')
    .description('give a user a new one-time password (shown once) and end their sessions')
    .option(...companyOption)
    .action((email: string, opts: { company?: string }) =>
      withCliPlatform(async (p) => {
        const { company, db, actor } = await scope(p, opts.company);
        const { oneTimePassword } = await resetUserPassword(p, db, actor, await userIdByEmail(p, db, email, company.name));
        console.log(`New one-time password for ${email.trim().toLowerCase()} (shown once; to be changed at next sign-in): ${oneTimePassword}`);
      }),
    );
}
