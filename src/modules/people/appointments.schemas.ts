import { z } from '@hono/zod-openapi';
import { APPOINTMENT_KINDS, RESPONSES } from './appointments.tables.ts';
import { isoDate } from './people.schemas.ts';

const instant = z.iso.datetime({ offset: true }).openapi({ example: '2026-03-26T09:00:00Z' });
const hhmm = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'A time written HH:MM (24 hours)');
/** A video link: an absolute http(s) URL. */
const videoUrl = z
  .url({ protocol: /^https?$/, hostname: z.regexes.domain })
  .max(500)
  .openapi({ example: 'https://meet.example.com/abc-defg' });

const timing = {
  startsAt: instant,
  endsAt: instant,
  /** Schedule despite conflicts with other appointments or approved leave; needs a reason (audited). */
  override: z.boolean().default(false),
  overrideReason: z.string().trim().min(1).max(300).optional(),
};

export const appointmentInputSchema = z
  .strictObject({
    title: z.string().trim().min(1).max(200),
    kind: z.enum(APPOINTMENT_KINDS),
    attendeeIds: z
      .array(z.uuid())
      .min(1)
      .max(50)
      .refine((ids) => new Set(ids).size === ids.length, 'An attendee is listed twice'),
    location: z.string().trim().min(1).max(300).nullable().optional(),
    videoUrl: videoUrl.nullable().optional(),
    notes: z.string().trim().max(2000).nullable().optional(),
    ...timing,
  })
  .openapi('PeopleAppointmentInput');
export type AppointmentInput = z.input<typeof appointmentInputSchema>;

export const rescheduleInputSchema = z.strictObject(timing).openapi('PeopleAppointmentReschedule');
export type RescheduleInput = z.input<typeof rescheduleInputSchema>;

export const cancelInputSchema = z.strictObject({ reason: z.string().trim().min(1).max(300).optional() }).openapi('PeopleAppointmentCancel');
export const respondInputSchema = z.strictObject({ response: z.enum(['accepted', 'declined']) }).openapi('PeopleAppointmentResponse');

export const attendeeSchema = z
  .object({
    employeeId: z.string(),
    nameEn: z.string(),
    nameAr: z.string(),
    /** The attendee's own zone: the web shows the time in it. */
    timeZone: z.string(),
    response: z.enum(RESPONSES),
    respondedAt: z.string().nullable(),
  })
  .openapi('PeopleAppointmentAttendee');

export const appointmentSchema = z
  .object({
    id: z.string(),
    title: z.string(),
    kind: z.enum(APPOINTMENT_KINDS),
    startsAt: z.string(),
    endsAt: z.string(),
    location: z.string().nullable(),
    videoUrl: z.string().nullable(),
    notes: z.string().nullable(),
    status: z.enum(['scheduled', 'cancelled']),
    sequence: z.number(),
    overrideReason: z.string().nullable(),
    organizer: z.string(),
    attendees: z.array(attendeeSchema),
    /** The caller's own response when they attend. */
    myResponse: z.enum(RESPONSES).nullable(),
  })
  .openapi('PeopleAppointment');
export type AppointmentView = z.infer<typeof appointmentSchema>;

export const appointmentListQuery = z.object({
  /** `mine`: the appointments the caller attends; `all`: every appointment (people.schedule). */
  scope: z.enum(['mine', 'all']).default('mine'),
  /** With scope=all: only the appointments this employee attends. */
  employeeId: z.uuid().optional(),
  from: instant.optional(),
  to: instant.optional(),
  includeCancelled: z.enum(['true', 'false']).default('false'),
  page: z.coerce.number().int().min(1).max(1_000_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(50),
});

export const slotsQuery = z.object({
  attendeeIds: z
    .string()
    .transform((s) => s.split(',').filter(Boolean))
    .pipe(z.array(z.uuid()).min(1).max(50))
    .openapi({ description: 'Employee ids, comma-separated', example: '0190…,0190…' }),
  from: isoDate,
  to: isoDate,
  durationMinutes: z.coerce.number().int().min(15).max(480).default(60),
  stepMinutes: z.coerce
    .number()
    .int()
    .refine((n) => [15, 30, 60].includes(n), '15, 30 or 60')
    .default(30),
  page: z.coerce.number().int().min(1).max(10_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(20),
});
export type SlotsQuery = z.infer<typeof slotsQuery>;

export const slotSchema = z.object({ startsAt: z.string(), endsAt: z.string() }).openapi('PeopleFreeSlot');

export const workHoursSchema = z
  .strictObject({ dayStart: hhmm, dayEnd: hhmm })
  .refine((w) => w.dayEnd > w.dayStart, { path: ['dayEnd'], message: 'The end of the day is after its start' })
  .openapi('PeopleWorkHours');
export type WorkHours = z.infer<typeof workHoursSchema>;

export const feedStatusSchema = z.object({ active: z.boolean(), createdAt: z.string().nullable() }).openapi('PeopleCalendarFeedStatus');
export const feedCreatedSchema = z
  .object({
    /** Shown once: only its hash is stored. */
    token: z.string(),
    url: z.string(),
    createdAt: z.string(),
  })
  .openapi('PeopleCalendarFeedCreated');
