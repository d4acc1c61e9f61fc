import type { Insertable } from 'kysely';
import type { CompanyDb } from '../../platform/db/company-scope.ts';
import type { HolidayView } from './calendar.schemas.ts';
import type { HolidayTable } from './people.tables.ts';
import { typed } from './people-db.ts';

/** Holidays from `from` to `to`, both included, by date. */
export const listHolidayRows = (db: CompanyDb, from: string, to: string) =>
  typed(db).selectFrom('people_holiday').selectAll().where('date', '>=', from).where('date', '<=', to).orderBy('date').execute();

/** Every holiday of the company (an import checks its dates against them). */
export const listAllHolidayRows = (db: CompanyDb) => typed(db).selectFrom('people_holiday').selectAll().orderBy('date').execute();

export const findHoliday = (db: CompanyDb, id: string) => typed(db).selectFrom('people_holiday').selectAll().where('id', '=', id).executeTakeFirst();

export const findHolidayOn = (db: CompanyDb, date: string) => typed(db).selectFrom('people_holiday').selectAll().where('date', '=', date).executeTakeFirst();

export const insertHolidays = (db: CompanyDb, rows: Omit<Insertable<HolidayTable>, 'company_id'>[]) =>
  typed(db)
    .insertInto('people_holiday')
    .values(rows as Insertable<HolidayTable>[])
    .execute();

export const deleteHolidayRow = (db: CompanyDb, id: string) => typed(db).deleteFrom('people_holiday').where('id', '=', id).execute();

export const presentHoliday = (r: HolidayTable): HolidayView => ({
  id: r.id,
  // PostgreSQL may hand a date column back as a Date
  date: typeof r.date === 'string' ? r.date : new Date(r.date as unknown as Date).toISOString().slice(0, 10),
  nameEn: r.name_en,
  nameAr: r.name_ar,
  halfDay: Number(r.half_day) === 1,
});
