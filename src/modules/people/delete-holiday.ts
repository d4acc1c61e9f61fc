import { recordAudit } from '../../platform/audit/record-audit.ts';
import type { CompanyDb } from '../../platform/db/company-scope.ts';
import { inTransaction } from '../../platform/db/transaction.ts';
import { AppError } from '../../platform/errors.ts';
import { deleteHolidayRow, findHoliday, presentHoliday } from './calendar.repository.ts';
import type { PeopleCall } from './people-db.ts';

/** Removes a holiday (a calendar entry made in error); the audit event keeps its date and names. */
export async function deleteHoliday(db: CompanyDb, call: PeopleCall, id: string): Promise<void> {
  await inTransaction(db, async (trx) => {
    const row = await findHoliday(trx, id);
    if (!row) throw new AppError('NOT_FOUND', 'No such holiday');
    await deleteHolidayRow(trx, id);
    const { date, nameEn, nameAr, halfDay } = presentHoliday(row);
    await recordAudit(trx, call.clock, call.actor, {
      action: 'people.holiday.deleted',
      targetType: 'people_holiday',
      targetId: id,
      summary: { date, nameEn, nameAr, halfDay },
    });
  });
}
