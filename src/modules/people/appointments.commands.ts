import type { Command } from 'commander';
import { CliError, operator, resolveCompany } from '../../platform/cli/context.ts';
import { printTable, withCliPlatform } from '../../platform/cli/platform.commands.ts';
import type { CompanyDb } from '../../platform/db/company-scope.ts';
import type { Platform } from '../../platform/platform.ts';
import type { AppointmentCall } from './appointment-notices.ts';
import type { AppointmentView } from './appointments.schemas.ts';
import { APPOINTMENT_KINDS, adb } from './appointments.tables.ts';
import { createFeed, revokeFeed } from './calendar-feed.ts';
import { findEmployee, findEmployeeByNumber } from './employees.repository.ts';
import { findFreeSlots } from './find-free-slots.ts';
import { listAppointments } from './list-appointments.ts';
import { cancelAppointment, rescheduleAppointment, scheduleAppointment } from './schedule-appointment.ts';

async function context(p: Platform, companyName?: string) {
  const company = await resolveCompany(p, companyName);
  const call: AppointmentCall = { actor: operator(p, company.id), clock: p.clock, secrets: p.secrets, emailEnabled: Boolean(p.config.SMTP_URL) };
  return { db: p.forCompany(company.id), call };
}

/** Employees named by number (E-001) or id, comma-separated. */
async function employeeIds(db: CompanyDb, list: string): Promise<string[]> {
  const out: string[] = [];
  for (const key of list
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean)) {
    const row = (await findEmployeeByNumber(db, key)) ?? (/^[0-9a-f-]{36}$/.test(key) ? await findEmployee(db, key) : undefined);
    if (!row) throw new CliError(`No employee numbered "${key}"`);
    out.push(row.id);
  }
  return out;
}

/** The user a feed command acts for: a user holding a role in the company. */
async function userActor(db: CompanyDb, call: AppointmentCall, email: string) {
  const user = await adb(db).selectFrom('app_user').select(['id', 'email']).where('email', '=', email.toLowerCase()).executeTakeFirst();
  const member = user
    ? await (db as unknown as import('kysely').Kysely<{ user_role: { user_id: string } }>)
        .selectFrom('user_role')
        .select('user_id')
        .where('user_id', '=', user.id)
        .executeTakeFirst()
    : undefined;
  if (!user || !member) throw new CliError(`No user ${email} in this company`);
  return { ...call, actor: { ...call.actor, userId: user.id, label: `cli for ${user.email}` } };
}

const local = (instant: string, zone: string) =>
  new Intl.DateTimeFormat('en-GB', { timeZone: zone, dateStyle: 'medium', timeStyle: 'short' }).format(new Date(instant));

function printAppointments(items: AppointmentView[]) {
  printTable(
    ['id', 'starts (UTC)', 'ends (UTC)', 'kind', 'status', 'title', 'attendees'],
    items.map((a) => [
      a.id,
      a.startsAt.slice(0, 16).replace('T', ' '),
      a.endsAt.slice(0, 16).replace('T', ' '),
      a.kind,
      a.status,
      a.title,
      a.attendees.map((x) => `${x.nameEn} (${x.response}, ${local(a.startsAt, x.timeZone)} ${x.timeZone})`).join('; '),
    ]),
  );
}

/** `kawalis people appointment schedule|list|reschedule|cancel|slots` and `kawalis people feed create|revoke`. */
export function registerAppointmentCommands(people: Command): void {
  const appointment = people.command('appointment').description('appointments between employees: schedule, list, move, cancel, find free slots');
  appointment
    .command('schedule')
    .description('schedule a meeting, interview or review (conflicts refused unless --override with --reason)')
    .requiredOption('--title <text>', 'title (Arabic welcome)')
    .requiredOption('--attendees <list>', 'employee numbers, comma-separated')
    .requiredOption('--start <instant>', 'start, ISO 8601 with a zone (2026-03-02T09:00:00Z)')
    .requiredOption('--end <instant>', 'end, ISO 8601 with a zone')
    .option('--kind <kind>', APPOINTMENT_KINDS.join('|'), 'meeting')
    .option('--location <text>', 'where')
    .option('--video-url <url>', 'a video link (http or https)')
    .option('--notes <text>', 'notes for the attendees')
    .option('--override', 'schedule despite conflicts (needs --reason; audited)')
    .option('--reason <text>', 'why the conflicts are overridden')
    .option('--company <name>', 'company name or id')
    .action((o: Record<string, string | boolean | undefined>) =>
      withCliPlatform(async (p) => {
        const { db, call } = await context(p, o.company as string | undefined);
        const a = await scheduleAppointment(db, call, {
          title: o.title as string,
          kind: o.kind as (typeof APPOINTMENT_KINDS)[number],
          attendeeIds: await employeeIds(db, o.attendees as string),
          startsAt: o.start as string,
          endsAt: o.end as string,
          location: (o.location as string) ?? null,
          videoUrl: (o.videoUrl as string) ?? null,
          notes: (o.notes as string) ?? null,
          override: Boolean(o.override),
          overrideReason: o.reason as string | undefined,
        });
        console.log(`appointment ${a.id} scheduled`);
      }),
    );
  appointment
    .command('list')
    .description('list appointments by start time (each attendee’s local time shown)')
    .option('--from <instant>', 'ending after this instant')
    .option('--to <instant>', 'starting before this instant')
    .option('--employee <number>', 'only the appointments this employee attends')
    .option('--cancelled', 'include cancelled ones')
    .option('--page <n>', 'page number', '1')
    .option('--page-size <n>', 'rows a page', '50')
    .option('--company <name>', 'company name or id')
    .action((o: Record<string, string | boolean | undefined>) =>
      withCliPlatform(async (p) => {
        const { db, call } = await context(p, o.company as string | undefined);
        const page = await listAppointments(db, call.actor, {
          scope: 'all',
          employeeId: o.employee ? (await employeeIds(db, o.employee as string))[0] : undefined,
          from: o.from as string | undefined,
          to: o.to as string | undefined,
          includeCancelled: Boolean(o.cancelled),
          page: Number(o.page),
          pageSize: Number(o.pageSize),
        });
        printAppointments(page.items);
        console.log(`page ${page.page}, ${page.items.length} of ${page.total}`);
      }),
    );
  appointment
    .command('reschedule')
    .description('move an appointment (attendees notified, responses reset)')
    .argument('<id>', 'appointment id')
    .requiredOption('--start <instant>', 'new start')
    .requiredOption('--end <instant>', 'new end')
    .option('--override', 'move despite conflicts (needs --reason; audited)')
    .option('--reason <text>', 'why the conflicts are overridden')
    .option('--company <name>', 'company name or id')
    .action((id: string, o: Record<string, string | boolean | undefined>) =>
      withCliPlatform(async (p) => {
        const { db, call } = await context(p, o.company as string | undefined);
        const a = await rescheduleAppointment(db, call, id, {
          startsAt: o.start as string,
          endsAt: o.end as string,
          override: Boolean(o.override),
          overrideReason: o.reason as string | undefined,
        });
        console.log(`appointment ${a.id} moved to ${a.startsAt} (sequence ${a.sequence})`);
      }),
    );
  appointment
    .command('cancel')
    .description('cancel an appointment (attendees notified)')
    .argument('<id>', 'appointment id')
    .option('--reason <text>', 'why')
    .option('--company <name>', 'company name or id')
    .action((id: string, o: { reason?: string; company?: string }) =>
      withCliPlatform(async (p) => {
        const { db, call } = await context(p, o.company);
        await cancelAppointment(db, call, id, o.reason);
        console.log(`appointment ${id} cancelled`);
      }),
    );
  appointment
    .command('slots')
    .description('free start times for all the attendees within working hours, off holidays, leave and other appointments')
    .requiredOption('--attendees <list>', 'employee numbers, comma-separated')
    .requiredOption('--from <date>', 'first day, YYYY-MM-DD')
    .requiredOption('--to <date>', 'last day, YYYY-MM-DD (at most 31 days)')
    .option('--duration <minutes>', 'length', '60')
    .option('--step <minutes>', '15, 30 or 60', '30')
    .option('--page <n>', 'page number', '1')
    .option('--page-size <n>', 'slots a page', '20')
    .option('--company <name>', 'company name or id')
    .action((o: Record<string, string | undefined>) =>
      withCliPlatform(async (p) => {
        const { db, call } = await context(p, o.company);
        const page = await findFreeSlots(db, call.actor, p.clock.now(), {
          attendeeIds: await employeeIds(db, o.attendees as string),
          from: o.from as string,
          to: o.to as string,
          durationMinutes: Number(o.duration),
          stepMinutes: Number(o.step),
          page: Number(o.page),
          pageSize: Number(o.pageSize),
        });
        printTable(
          ['starts (UTC)', 'ends (UTC)'],
          page.items.map((s) => [s.startsAt, s.endsAt]),
        );
        console.log(`page ${page.page}, ${page.items.length} of ${page.total}`);
      }),
    );

  const feed = people.command('feed').description("a user's private iCalendar feed URL");
  feed
    .command('create')
    .description('create (or rotate) the private feed URL of a user; printed once')
    .requiredOption('--user <email>', 'the user')
    .option('--company <name>', 'company name or id')
    .action((o: { user: string; company?: string }) =>
      withCliPlatform(async (p) => {
        const { db, call } = await context(p, o.company);
        const created = await createFeed(db, await userActor(db, call, o.user), p.config.PUBLIC_URL);
        console.log(created.url);
      }),
    );
  feed
    .command('revoke')
    .description("revoke a user's feed URL (it answers 404 from now on)")
    .requiredOption('--user <email>', 'the user')
    .option('--company <name>', 'company name or id')
    .action((o: { user: string; company?: string }) =>
      withCliPlatform(async (p) => {
        const { db, call } = await context(p, o.company);
        await revokeFeed(db, await userActor(db, call, o.user));
        console.log('feed revoked');
      }),
    );
}
