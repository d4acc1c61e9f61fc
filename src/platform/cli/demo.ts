import type { Kysely } from 'kysely';
import type { AuthTables } from '../auth/auth.tables.ts';
import { findRoleByKey } from '../auth/roles.repository.ts';
import { countUsers } from '../auth/users.repository.ts';
import type { Company } from '../companies/companies.schemas.ts';
import { createCompany } from '../companies/create-company.ts';
import { scopeToCompany } from '../db/company-scope.ts';
import { inTransaction } from '../db/transaction.ts';
import { AppError } from '../errors.ts';
import type { StandardRole } from '../module.ts';
import type { Platform } from '../platform.ts';
import { createUser } from '../users/create-user.ts';
import { operator } from './context.ts';
import { printTable } from './platform.commands.ts';

const DOMAIN = 'demo.kawalis.example';

/** The demo's people: an owner, then one person per standard role. Names in English and Arabic. */
const people: { local: string; name: string; nameAr: string; role: StandardRole; locale: 'en' | 'ar' }[] = [
  { local: 'owner', name: 'Layla Al-Harbi', nameAr: 'ليلى الحربي', role: 'admin', locale: 'en' },
  { local: 'admin', name: 'Omar Haddad', nameAr: 'عمر حداد', role: 'admin', locale: 'ar' },
  { local: 'finance', name: 'Sara Al-Qahtani', nameAr: 'سارة القحطاني', role: 'finance', locale: 'en' },
  { local: 'hr', name: 'Khalid Al-Otaibi', nameAr: 'خالد العتيبي', role: 'hr', locale: 'ar' },
  { local: 'it', name: 'Noura Al-Shammari', nameAr: 'نورة الشمري', role: 'it', locale: 'en' },
  { local: 'risk', name: 'Faisal Al-Dosari', nameAr: 'فيصل الدوسري', role: 'risk', locale: 'ar' },
  { local: 'analyst', name: 'Reem Al-Zahrani', nameAr: 'ريم الزهراني', role: 'analyst', locale: 'en' },
  { local: 'front-office', name: 'Yousef Al-Ghamdi', nameAr: 'يوسف الغامدي', role: 'front_office', locale: 'ar' },
  { local: 'employee', name: 'Huda Al-Mutairi', nameAr: 'هدى المطيري', role: 'employee', locale: 'en' },
];

export interface DemoUser {
  email: string;
  displayName: string;
  role: StandardRole;
  oneTimePassword: string;
}

/**
 * The demo company and its users, all or nothing, into an empty database only (SETUP_DONE
 * otherwise). Every user gets a one-time password, to be changed at first sign-in.
 */
export async function createDemo(p: Platform): Promise<{ company: Company; users: DemoUser[] }> {
  return inTransaction(p.db, async (trx) => {
    if ((await countUsers(trx as unknown as Kysely<AuthTables>)) > 0) throw new AppError('SETUP_DONE', 'The database already has users');
    const tp = { ...p, db: trx };
    const company = await createCompany(tp, trx, operator(p, null), {
      name: 'Kawalis Demo Trading',
      nameAr: 'شركة كواليس التجريبية للتجارة',
      baseCurrency: 'SAR',
      language: 'en',
      timeZone: 'Asia/Riyadh',
      workWeek: [0, 1, 2, 3, 4],
      fiscalYearStartMonth: 1,
    });
    const scoped = scopeToCompany(trx, company.id);
    const actor = operator(p, company.id);
    const users: DemoUser[] = [];
    for (const person of people) {
      const role = await findRoleByKey(scoped, person.role);
      if (!role) throw new AppError('INTERNAL', `standard role ${person.role} missing`);
      const displayName = `${person.name} / ${person.nameAr}`;
      const { user, oneTimePassword } = await createUser(tp, scoped, actor, {
        email: `${person.local}@${DOMAIN}`,
        displayName,
        locale: person.locale,
        timeZone: company.timeZone,
        roleIds: [role.id],
      });
      users.push({ email: user.email, displayName, role: person.role, oneTimePassword: oneTimePassword as string });
    }
    return { company, users };
  });
}

export function printDemoUsers({ company, users }: { company: Company; users: DemoUser[] }): void {
  console.log(`Demo company "${company.name}" (${company.nameAr}) created with ${users.length} users.`);
  console.log('One-time passwords are shown only now; each user chooses a new password at first sign-in.\n');
  printTable(
    ['email', 'role', 'one-time password', 'name'],
    users.map((u) => [u.email, u.role, u.oneTimePassword, u.displayName]),
  );
}

/** `serve --demo`: load the demo into an empty database; with any user present, do nothing. */
export async function loadDemoIfEmpty(p: Platform): Promise<void> {
  if ((await countUsers(p.db as Kysely<AuthTables>)) > 0) return;
  try {
    printDemoUsers(await createDemo(p));
  } catch (err) {
    if (err instanceof AppError && err.code === 'SETUP_DONE') return;
    throw err;
  }
}
