export type AppointmentKind = 'meeting' | 'interview' | 'review';
export type AttendeeResponse = 'pending' | 'accepted' | 'declined';

export type Attendee = {
  employeeId: string;
  nameEn: string;
  nameAr: string;
  timeZone: string;
  response: AttendeeResponse;
  respondedAt: string | null;
};

export type Appointment = {
  id: string;
  title: string;
  kind: AppointmentKind;
  startsAt: string;
  endsAt: string;
  location: string | null;
  videoUrl: string | null;
  notes: string | null;
  status: 'scheduled' | 'cancelled';
  sequence: number;
  overrideReason: string | null;
  organizer: string;
  attendees: Attendee[];
  myResponse: AttendeeResponse | null;
};

export type AppointmentInput = {
  title: string;
  kind: AppointmentKind;
  attendeeIds: string[];
  startsAt: string;
  endsAt: string;
  location?: string | null;
  videoUrl?: string | null;
  notes?: string | null;
  override?: boolean;
  overrideReason?: string;
};

export type Conflict =
  | { employeeId: string; kind: 'appointment'; appointmentId: string; title: string; startsAt: string; endsAt: string }
  | { employeeId: string; kind: 'leave'; fromDate: string; toDate: string };

export type FreeSlot = { startsAt: string; endsAt: string };
export type FeedStatus = { active: boolean; createdAt: string | null };
export type FeedCreated = { token: string; url: string; createdAt: string };

export const APPOINTMENT_KINDS: AppointmentKind[] = ['meeting', 'interview', 'review'];

/** An instant as read in a time zone, in the reader's language. */
export const formatInZone = (iso: string, timeZone: string, lang: string, style: 'full' | 'time' = 'full') =>
  new Intl.DateTimeFormat(
    lang === 'ar' ? 'ar' : 'en-GB',
    style === 'time' ? { timeZone, timeStyle: 'short' } : { timeZone, dateStyle: 'medium', timeStyle: 'short' },
  ).format(new Date(iso));

/** A `datetime-local` value (the device's clock) as an ISO instant, and back. */
export const localInputToIso = (value: string) => (value ? new Date(value).toISOString() : '');
export const isoToLocalInput = (iso: string) => {
  const d = new Date(iso);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
};
