import { recordAudit } from '../../platform/audit/record-audit.ts';
import type { CompanyDb } from '../../platform/db/company-scope.ts';
import { isPostgres } from '../../platform/db/create-database.ts';
import { inTransaction } from '../../platform/db/transaction.ts';
import { AppError } from '../../platform/errors.ts';
import type { AppointmentCall } from './appointment-notices.ts';
import { presentAppointments } from './appointment-view.ts';
import { attendeesOf, busyRows, setResponse } from './appointments.repository.ts';
import { type AppointmentView, respondInputSchema } from './appointments.schemas.ts';
import { adb } from './appointments.tables.ts';
import { findEmployeeOfUser } from './employees.repository.ts';
import { requireScheduled } from './schedule-appointment.ts';

/**
 * An attendee accepts or declines, for themselves only: anyone else gets NOT_FOUND, as for an unknown
 * id. Accepting is refused (CONFLICT) while the attendee has accepted another appointment at that
 * time, so no one holds two accepted appointments that overlap.
 */
export async function respondToAppointment(db: CompanyDb, call: AppointmentCall, id: string, input: { response?: unknown }): Promise<AppointmentView> {
  return inTransaction(db, async (trx) => {
    const self = call.actor.userId ? await findEmployeeOfUser(trx, call.actor.userId) : undefined;
    const attendee = self ? (await attendeesOf(trx, [id])).find((a) => a.employee_id === self.id) : undefined;
    if (!self || !attendee) throw new AppError('NOT_FOUND');
    const { response } = respondInputSchema.parse(input);
    const row = await requireScheduled(trx, id);
    if (response === 'accepted') {
      // two accepts of one person run one after the other (SQLite has a single writer already)
      if (isPostgres(trx)) await adb(trx).selectFrom('people_employee').select('id').where('id', '=', self.id).forUpdate().execute();
      const clash = await busyRows(trx, [self.id], row.starts_at, row.ends_at, { except: id, acceptedOnly: true });
      if (clash.length) {
        throw new AppError('CONFLICT', `You have accepted “${clash[0]?.title}” at that time`, {
          field: 'response',
          code: 'appointment_overlap',
          params: { title: clash[0]?.title ?? '' },
        });
      }
    }
    await setResponse(trx, id, self.id, { response, responded_at: call.clock.now().toISOString() });
    await recordAudit(trx, call.clock, call.actor, {
      action: `people.appointment.${response}`,
      targetType: 'people_appointment',
      targetId: id,
      summary: { employeeId: self.id },
    });
    return (await presentAppointments(trx, [row], self.id))[0] as AppointmentView;
  });
}
