import { recordAudit } from '../../platform/audit/record-audit.ts';
import type { CompanyDb } from '../../platform/db/company-scope.ts';
import { inTransaction } from '../../platform/db/transaction.ts';
import { AppError } from '../../platform/errors.ts';
import { newId } from '../../platform/ids.ts';
import { checkConflicts, checkTimes, findConflicts, loadAttendees } from './appointment-conflicts.ts';
import { type AppointmentCall, notifyAttendees } from './appointment-notices.ts';
import { presentAppointments } from './appointment-view.ts';
import { attendeesOf, findAppointmentRow, insertAppointment, insertAttendees, resetResponses, updateAppointmentRow } from './appointments.repository.ts';
import { type AppointmentInput, type AppointmentView, appointmentInputSchema, type RescheduleInput, rescheduleInputSchema } from './appointments.schemas.ts';

/**
 * HR schedules a meeting, interview or review. Conflicts with the attendees' other appointments or
 * approved leave are refused (CONFLICT listing them) unless `override` with a reason, which is audited.
 * Attendees linked to users are notified in their language.
 */
export async function scheduleAppointment(db: CompanyDb, call: AppointmentCall, input: AppointmentInput): Promise<AppointmentView> {
  const a = appointmentInputSchema.parse(input);
  const { start, end } = checkTimes(a.startsAt, a.endsAt);
  return inTransaction(db, async (trx) => {
    const attendees = await loadAttendees(trx, a.attendeeIds, start.toISOString());
    const overridden = checkConflicts(await findConflicts(trx, attendees, start, end), a.override, a.overrideReason);
    const id = newId();
    const now = call.clock.now().toISOString();
    const row = {
      id,
      title: a.title,
      kind: a.kind,
      starts_at: start.toISOString(),
      ends_at: end.toISOString(),
      location: a.location ?? null,
      video_url: a.videoUrl ?? null,
      notes: a.notes ?? null,
      status: 'scheduled' as const,
      sequence: 0n,
      override_reason: overridden.length ? (a.overrideReason as string) : null,
      organizer_user_id: call.actor.userId,
      organizer_label: call.actor.label,
      created_at: now,
      updated_at: now,
    };
    await insertAppointment(trx, row);
    await insertAttendees(
      trx,
      attendees.map((e) => ({ id: newId(), appointment_id: id, employee_id: e.id, response: 'pending' as const, responded_at: null })),
    );
    await recordAudit(trx, call.clock, call.actor, {
      action: 'people.appointment.scheduled',
      targetType: 'people_appointment',
      targetId: id,
      summary: { kind: a.kind, startsAt: row.starts_at, endsAt: row.ends_at, attendees: a.attendeeIds.length },
    });
    if (overridden.length) await auditOverride(trx, call, id, a.overrideReason as string, overridden);
    await notifyAttendees(trx, call, { ...row, company_id: '' }, 'scheduled');
    return (await presentAppointments(trx, [{ ...row, company_id: '' }], null))[0] as AppointmentView;
  });
}

async function auditOverride(db: CompanyDb, call: AppointmentCall, id: string, reason: string, conflicts: unknown[]) {
  await recordAudit(db, call.clock, call.actor, {
    action: 'people.appointment.conflict_overridden',
    targetType: 'people_appointment',
    targetId: id,
    summary: { reason, conflicts },
  });
}

/** A scheduled appointment, or NOT_FOUND; a cancelled one cannot change (CONFLICT). */
export async function requireScheduled(db: CompanyDb, id: string) {
  const row = await findAppointmentRow(db, id);
  if (!row) throw new AppError('NOT_FOUND');
  if (row.status !== 'scheduled') throw new AppError('CONFLICT', 'The appointment is cancelled', { field: 'status', status: row.status });
  return row;
}

/** Moves an appointment: the same conflict rules, SEQUENCE + 1, responses back to pending, attendees notified. */
export async function rescheduleAppointment(db: CompanyDb, call: AppointmentCall, id: string, input: RescheduleInput): Promise<AppointmentView> {
  return inTransaction(db, async (trx) => {
    const before = await requireScheduled(trx, id);
    const a = rescheduleInputSchema.parse(input);
    const { start, end } = checkTimes(a.startsAt, a.endsAt);
    const attendees = (await attendeesOf(trx, [id])).map((x) => ({ id: x.employee_id, time_zone: x.time_zone }));
    const overridden = checkConflicts(await findConflicts(trx, attendees, start, end, id), a.override, a.overrideReason);
    const patch = {
      starts_at: start.toISOString(),
      ends_at: end.toISOString(),
      sequence: BigInt(before.sequence) + 1n,
      override_reason: overridden.length ? (a.overrideReason as string) : null,
      updated_at: call.clock.now().toISOString(),
    };
    await updateAppointmentRow(trx, id, patch);
    await resetResponses(trx, id);
    await recordAudit(trx, call.clock, call.actor, {
      action: 'people.appointment.rescheduled',
      targetType: 'people_appointment',
      targetId: id,
      summary: { from: { startsAt: before.starts_at, endsAt: before.ends_at }, to: { startsAt: patch.starts_at, endsAt: patch.ends_at } },
    });
    if (overridden.length) await auditOverride(trx, call, id, a.overrideReason as string, overridden);
    const row = { ...before, ...patch };
    await notifyAttendees(trx, call, row, 'rescheduled');
    return (await presentAppointments(trx, [row], null))[0] as AppointmentView;
  });
}

/** Cancels an appointment (kept, SEQUENCE + 1, shown cancelled in the feed); attendees notified. */
export async function cancelAppointment(db: CompanyDb, call: AppointmentCall, id: string, reason?: string): Promise<AppointmentView> {
  return inTransaction(db, async (trx) => {
    const before = await requireScheduled(trx, id);
    const patch = { status: 'cancelled' as const, sequence: BigInt(before.sequence) + 1n, updated_at: call.clock.now().toISOString() };
    await updateAppointmentRow(trx, id, patch);
    await recordAudit(trx, call.clock, call.actor, {
      action: 'people.appointment.cancelled',
      targetType: 'people_appointment',
      targetId: id,
      summary: { startsAt: before.starts_at, reason: reason ?? null },
    });
    const row = { ...before, ...patch };
    await notifyAttendees(trx, call, row, 'cancelled');
    return (await presentAppointments(trx, [row], null))[0] as AppointmentView;
  });
}
