import type { Actor } from '../../platform/auth/actor.ts';
import { findCompany } from '../../platform/companies/index.ts';
import type { CompanyDb } from '../../platform/db/company-scope.ts';
import { AppError } from '../../platform/errors.ts';
import { listHolidayRows, presentHoliday } from './calendar.repository.ts';
import type { CalendarView, HolidayView } from './calendar.schemas.ts';
import { type HalfDays, workingDaysBetween } from './working-days.ts';

/** The acting company's work week (a platform setting of the company). */
export async function companyWorkWeek(db: CompanyDb, actor: Actor): Promise<number[]> {
  if (!actor.companyId) throw new AppError('FORBIDDEN', 'No current company');
  // biome-ignore lint/suspicious/noExplicitAny: the platform's own table type
  const company = await findCompany(db as any, actor.companyId);
  if (!company) throw new AppError('NOT_FOUND', 'No such company');
  return company.workWeek;
}

export async function holidaysBetween(db: CompanyDb, from: string, to: string): Promise<HolidayView[]> {
  return (await listHolidayRows(db, from, to)).map(presentHoliday);
}

/** A year of the company calendar: the work week, the holidays and the working days they leave. */
export async function companyCalendar(db: CompanyDb, actor: Actor, year: number): Promise<CalendarView> {
  const [from, to] = [`${year}-01-01`, `${year}-12-31`];
  const [workWeek, holidays] = await Promise.all([companyWorkWeek(db, actor), holidaysBetween(db, from, to)]);
  return { year, workWeek, holidays, workingDays: workingDaysBetween(from, to, workWeek, holidays) };
}

/** Working days between two dates of the company calendar (leave and service-desk SLAs count with it). */
export async function countWorkingDays(db: CompanyDb, actor: Actor, from: string, to: string, halfDays: HalfDays = {}): Promise<number> {
  if (to < from) throw new AppError('VALIDATION', 'The end is before the start', [{ path: 'to', message: 'The end is before the start' }]);
  const [workWeek, holidays] = await Promise.all([companyWorkWeek(db, actor), holidaysBetween(db, from, to)]);
  return workingDaysBetween(from, to, workWeek, holidays, halfDays);
}
