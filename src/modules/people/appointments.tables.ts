import type { Kysely } from 'kysely';
import type { UserTable } from '../../platform/auth/auth.tables.ts';
import type { CompanyTable } from '../../platform/companies/companies.tables.ts';
import type { CompanyDb } from '../../platform/db/company-scope.ts';
import type { PeopleTables } from './people.tables.ts';

export const APPOINTMENT_KINDS = ['meeting', 'interview', 'review'] as const;
export type AppointmentKind = (typeof APPOINTMENT_KINDS)[number];
export const RESPONSES = ['pending', 'accepted', 'declined'] as const;
export type AttendeeResponse = (typeof RESPONSES)[number];

/** A meeting, interview or review between employees; instants are UTC. Cancelled ones stay (the feed shows them cancelled). */
export interface AppointmentTable {
  id: string;
  company_id: string;
  title: string;
  kind: AppointmentKind;
  starts_at: string;
  ends_at: string;
  location: string | null;
  video_url: string | null;
  notes: string | null;
  status: 'scheduled' | 'cancelled';
  /** iCalendar SEQUENCE: bumped by every reschedule and by the cancellation. */
  sequence: bigint;
  /** Set when the scheduler overrode a conflict (also in the audit log). */
  override_reason: string | null;
  organizer_user_id: string | null;
  organizer_label: string;
  created_at: string;
  updated_at: string;
}

export interface AppointmentAttendeeTable {
  id: string;
  company_id: string;
  appointment_id: string;
  employee_id: string;
  response: AttendeeResponse;
  responded_at: string | null;
}

/** The company's working hours ('HH:MM', in each employee's own time zone); absent = 09:00–17:00. */
export interface WorkHoursTable {
  id: string;
  company_id: string;
  day_start: string;
  day_end: string;
  updated_at: string;
}

/** A user's private iCalendar feed: only the SHA-256 of its secret token is kept. */
export interface CalendarFeedTable {
  id: string;
  company_id: string;
  user_id: string;
  token_hash: string;
  created_at: string;
  revoked_at: string | null;
}

/** Approved leave, read for scheduling and the feed (the leave-request slice's table, migration 004). */
export interface LeaveRequestView {
  id: string;
  company_id: string;
  employee_id: string;
  from_date: string;
  to_date: string;
  starts_afternoon: bigint;
  ends_midday: bigint;
  status: string;
}

export interface AppointmentTables extends PeopleTables {
  people_appointment: AppointmentTable;
  people_appointment_attendee: AppointmentAttendeeTable;
  people_work_hours: WorkHoursTable;
  people_calendar_feed: CalendarFeedTable;
  people_leave_request: LeaveRequestView;
  app_user: UserTable;
  company: CompanyTable;
}

export const APPOINTMENT_COMPANY_TABLES = ['people_appointment', 'people_appointment_attendee', 'people_work_hours', 'people_calendar_feed'];

export type Adb = Kysely<AppointmentTables>;
/** The appointments' typed view of a company-scoped handle (scoping still applies; app_user is platform-wide). */
export const adb = (db: CompanyDb): Adb => db as unknown as Adb;
