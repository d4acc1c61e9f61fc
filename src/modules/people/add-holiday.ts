import { recordAudit } from '../../platform/audit/record-audit.ts';
import type { CompanyDb } from '../../platform/db/company-scope.ts';
import { inTransaction } from '../../platform/db/transaction.ts';
import { AppError } from '../../platform/errors.ts';
import { newId } from '../../platform/ids.ts';
import { findHolidayOn, insertHolidays, presentHoliday } from './calendar.repository.ts';
import { type HolidayInput, type HolidayView, holidayInputSchema } from './calendar.schemas.ts';
import { isUniqueViolation, type PeopleCall } from './people-db.ts';

const taken = (date: string) => new AppError('CONFLICT', `A holiday on ${date} exists`, { field: 'date' });

/** A public holiday of the company; one a date. */
export async function addHoliday(db: CompanyDb, call: PeopleCall, input: HolidayInput): Promise<HolidayView> {
  const h = holidayInputSchema.parse(input);
  return inTransaction(db, async (trx) => {
    if (await findHolidayOn(trx, h.date)) throw taken(h.date);
    const row = { id: newId(), date: h.date, name_en: h.nameEn, name_ar: h.nameAr, half_day: h.halfDay ? 1n : 0n, created_at: call.clock.now().toISOString() };
    try {
      await insertHolidays(trx, [row]);
    } catch (err) {
      if (isUniqueViolation(err)) throw taken(h.date);
      throw err;
    }
    await recordAudit(trx, call.clock, call.actor, {
      action: 'people.holiday.added',
      targetType: 'people_holiday',
      targetId: row.id,
      summary: { date: h.date, halfDay: h.halfDay },
    });
    return presentHoliday({ ...row, company_id: '' });
  });
}
