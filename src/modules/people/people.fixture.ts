import type { Logger } from 'pino';
import { addUser, type Browser, createTestApp, setupAdmin, type TestApp } from '../../../test/app-fixture.ts';
import type { Dialect } from '../../platform/db/create-database.ts';

/** Values that must never appear in plain text in the database. */
export const SECRET = {
  nationalId: '1098765432',
  birthDate: '1990-04-17',
  iban: 'SA0380000000608010167519',
  emergencyContact: 'Layla Haddad +966 50 123 4567',
  healthNotes: 'Asthma; inhaler in desk drawer',
};

/** A company with an admin, an HR user, a manager and an employee (both linked to employee records later). */
export async function peopleFixture(dialect: Dialect, logger?: Logger) {
  const ctx: TestApp = await createTestApp(dialect, {}, logger);
  const { admin } = await setupAdmin(ctx.app);
  const { browser: hr } = await addUser(ctx.app, admin, 'hr@acme.test', ['hr']);
  const { browser: manager, user: managerUser } = await addUser(ctx.app, admin, 'maha@acme.test', ['employee']);
  const { browser: employee, user: employeeUser } = await addUser(ctx.app, admin, 'omar@acme.test', ['employee']);
  const { browser: finance } = await addUser(ctx.app, admin, 'fin@acme.test', ['finance']);
  return { ctx, admin, hr, manager, managerUser, employee, employeeUser, finance };
}

export const employeeBody = (n: string, extra: Record<string, unknown> = {}) => ({
  employeeNumber: n,
  nameEn: `Employee ${n}`,
  nameAr: `الموظف ${n}`,
  hireDate: '2024-01-01',
  employmentType: 'full_time',
  workLocation: 'office',
  timeZone: 'Asia/Riyadh',
  ...extra,
});

export async function orgSetup(hr: Browser) {
  const sales = (await hr.post('/api/v1/people/departments', { nameEn: 'Sales', nameAr: 'المبيعات' })).body;
  const support = (await hr.post('/api/v1/people/departments', { nameEn: 'Support', nameAr: 'الدعم', parentId: sales.id })).body;
  const rep = (await hr.post('/api/v1/people/positions', { titleEn: 'Sales rep', titleAr: 'مندوب مبيعات', departmentId: sales.id, headcount: 3 })).body;
  return { sales, support, rep };
}
