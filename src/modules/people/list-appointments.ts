import type { Actor } from '../../platform/auth/actor.ts';
import type { CompanyDb } from '../../platform/db/company-scope.ts';
import { AppError } from '../../platform/errors.ts';
import { presentAppointments } from './appointment-view.ts';
import { attendeesOf, findAppointmentRow, listAppointmentRows } from './appointments.repository.ts';
import type { AppointmentView } from './appointments.schemas.ts';
import { findEmployeeOfUser } from './employees.repository.ts';

export const SCHEDULE_PERMISSION = 'people.schedule';

const myEmployeeId = async (db: CompanyDb, actor: Actor) => (actor.userId ? ((await findEmployeeOfUser(db, actor.userId))?.id ?? null) : null);

/** A page of appointments: the caller's own (`mine`), or every one (`all`, people.schedule only; optionally one employee's). */
export async function listAppointments(
  db: CompanyDb,
  actor: Actor,
  q: { scope: 'mine' | 'all'; employeeId?: string; from?: string; to?: string; includeCancelled: boolean; page: number; pageSize: number },
): Promise<{ items: AppointmentView[]; total: number; page: number; pageSize: number }> {
  if (q.scope === 'all' && !actor.permissions.has(SCHEDULE_PERMISSION)) {
    throw new AppError('FORBIDDEN', `Missing permission ${SCHEDULE_PERMISSION}`, { permission: SCHEDULE_PERMISSION });
  }
  const me = await myEmployeeId(db, actor);
  const empty = { items: [], total: 0, page: q.page, pageSize: q.pageSize };
  if (q.scope === 'mine' && !me) return empty;
  const { rows, total } = await listAppointmentRows(
    db,
    {
      employeeId: q.scope === 'mine' ? (me as string) : q.employeeId,
      from: q.from ? new Date(q.from).toISOString() : undefined,
      to: q.to ? new Date(q.to).toISOString() : undefined,
      includeCancelled: q.includeCancelled,
    },
    { limit: q.pageSize, offset: (q.page - 1) * q.pageSize },
  );
  return { items: await presentAppointments(db, rows, me), total, page: q.page, pageSize: q.pageSize };
}

/** One appointment, for the scheduler (people.schedule) or one of its attendees; anyone else NOT_FOUND. */
export async function getAppointment(db: CompanyDb, actor: Actor, id: string): Promise<AppointmentView> {
  const row = await findAppointmentRow(db, id);
  if (!row) throw new AppError('NOT_FOUND');
  const me = await myEmployeeId(db, actor);
  if (!actor.permissions.has(SCHEDULE_PERMISSION)) {
    const attendees = await attendeesOf(db, [id]);
    if (!me || !attendees.some((a) => a.employee_id === me)) throw new AppError('NOT_FOUND');
  }
  return (await presentAppointments(db, [row], me))[0] as AppointmentView;
}
