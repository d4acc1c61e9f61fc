import type { CompanyDb } from '../../platform/db/company-scope.ts';
import { attendeesOf } from './appointments.repository.ts';
import type { AppointmentView } from './appointments.schemas.ts';
import type { AppointmentTable } from './appointments.tables.ts';

/** Appointments with their attendees (names, zones, responses) and the caller's own response. */
export async function presentAppointments(db: CompanyDb, rows: AppointmentTable[], myEmployeeId: string | null): Promise<AppointmentView[]> {
  const attendees = await attendeesOf(
    db,
    rows.map((r) => r.id),
  );
  return rows.map((r) => {
    const mine = attendees.filter((a) => a.appointment_id === r.id);
    return {
      id: r.id,
      title: r.title,
      kind: r.kind,
      startsAt: r.starts_at,
      endsAt: r.ends_at,
      location: r.location,
      videoUrl: r.video_url,
      notes: r.notes,
      status: r.status,
      sequence: Number(r.sequence),
      overrideReason: r.override_reason,
      organizer: r.organizer_label,
      attendees: mine.map((a) => ({
        employeeId: a.employee_id,
        nameEn: a.name_en,
        nameAr: a.name_ar,
        timeZone: a.time_zone,
        response: a.response,
        respondedAt: a.responded_at,
      })),
      myResponse: mine.find((a) => a.employee_id === myEmployeeId)?.response ?? null,
    };
  });
}
