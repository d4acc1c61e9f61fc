import { recordAudit } from '../../platform/audit/record-audit.ts';
import type { CompanyDb } from '../../platform/db/company-scope.ts';
import { inTransaction } from '../../platform/db/transaction.ts';
import { newId } from '../../platform/ids.ts';
import { findWorkHours } from './appointments.repository.ts';
import { type WorkHours, workHoursSchema } from './appointments.schemas.ts';
import { adb } from './appointments.tables.ts';
import type { PeopleCall } from './people-db.ts';

export const DEFAULT_WORK_HOURS: WorkHours = { dayStart: '09:00', dayEnd: '17:00' };

/** The company's working hours (each employee's own zone); 09:00–17:00 until set. */
export async function workHours(db: CompanyDb): Promise<WorkHours> {
  const row = await findWorkHours(db);
  return row ? { dayStart: row.day_start, dayEnd: row.day_end } : DEFAULT_WORK_HOURS;
}

export async function setWorkHours(db: CompanyDb, call: PeopleCall, input: WorkHours): Promise<WorkHours> {
  const w = workHoursSchema.parse(input);
  return inTransaction(db, async (trx) => {
    const before = await findWorkHours(trx);
    const now = call.clock.now().toISOString();
    if (before)
      await adb(trx).updateTable('people_work_hours').set({ day_start: w.dayStart, day_end: w.dayEnd, updated_at: now }).where('id', '=', before.id).execute();
    else
      await adb(trx)
        .insertInto('people_work_hours')
        .values({ id: newId(), day_start: w.dayStart, day_end: w.dayEnd, updated_at: now } as never)
        .execute();
    await recordAudit(trx, call.clock, call.actor, {
      action: 'people.work_hours.set',
      targetType: 'people_work_hours',
      summary: { from: before ? { dayStart: before.day_start, dayEnd: before.day_end } : DEFAULT_WORK_HOURS, to: w },
    });
    return w;
  });
}
