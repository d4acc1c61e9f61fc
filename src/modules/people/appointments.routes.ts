import { OpenAPIHono, z } from '@hono/zod-openapi';
import type { AppEnv } from '../../platform/http/app-env.ts';
import { defineRoute, idParams } from '../../platform/http/define-route.ts';
import type { Platform } from '../../platform/platform.ts';
import {
  appointmentInputSchema,
  appointmentListQuery,
  appointmentSchema,
  cancelInputSchema,
  feedCreatedSchema,
  feedStatusSchema,
  rescheduleInputSchema,
  respondInputSchema,
  slotSchema,
  slotsQuery,
  workHoursSchema,
} from './appointments.schemas.ts';
import { createFeed, feedStatus, revokeFeed } from './calendar-feed.ts';
import { findFreeSlots } from './find-free-slots.ts';
import { getAppointment, listAppointments } from './list-appointments.ts';
import { respondToAppointment } from './respond-appointment.ts';
import { routeContext } from './route-context.ts';
import { cancelAppointment, rescheduleAppointment, scheduleAppointment } from './schedule-appointment.ts';
import { setWorkHours, workHours } from './work-hours.ts';

const tags = ['People: appointments'];
const pageOfAppointments = z
  .object({ items: z.array(appointmentSchema), page: z.number(), pageSize: z.number(), total: z.number() })
  .openapi('PeopleAppointmentPage');

/** Appointments (schedule, free slots, respond, reschedule, cancel), working hours and the caller's calendar feed. */
export function appointmentsRoutes(p: Platform): OpenAPIHono<AppEnv> {
  const ctx = (c: Parameters<typeof routeContext>[1]) => {
    const r = routeContext(p, c);
    return { ...r, call: { ...r.call, emailEnabled: Boolean(p.config.SMTP_URL) } };
  };
  return new OpenAPIHono<AppEnv>()
    .openapi(
      defineRoute({
        method: 'get',
        path: '/people/appointments',
        // mine: any employee; all: people.schedule (checked in the use case)
        permission: 'authenticated',
        summary: 'A page of appointments: the ones I attend (scope=mine) or every one (scope=all, people.schedule)',
        tags,
        query: appointmentListQuery,
        response: pageOfAppointments,
      }),
      async (c) => {
        const { db, call } = ctx(c);
        const q = c.req.valid('query');
        return c.json(await listAppointments(db, call.actor, { ...q, includeCancelled: q.includeCancelled === 'true' }), 200);
      },
    )
    .openapi(
      defineRoute({
        method: 'post',
        path: '/people/appointments',
        permission: 'people.schedule',
        summary: 'Schedule a meeting, interview or review; conflicts refused unless override with a reason (audited)',
        tags,
        body: appointmentInputSchema,
        response: appointmentSchema,
        status: 201,
      }),
      async (c) => {
        const { db, call } = ctx(c);
        return c.json(await scheduleAppointment(db, call, c.req.valid('json')), 201);
      },
    )
    .openapi(
      defineRoute({
        method: 'get',
        path: '/people/appointment-slots',
        permission: 'people.schedule',
        summary: 'Free start times for all the attendees: within working hours in each one’s zone, off holidays, leave and other appointments',
        tags,
        query: slotsQuery,
        response: z.object({ items: z.array(slotSchema), page: z.number(), pageSize: z.number(), total: z.number() }).openapi('PeopleFreeSlotPage'),
      }),
      async (c) => {
        const { db, call } = ctx(c);
        return c.json(await findFreeSlots(db, call.actor, call.clock.now(), c.req.valid('query')), 200);
      },
    )
    .openapi(
      defineRoute({
        method: 'get',
        path: '/people/appointments/{id}',
        // object-level: the scheduler or an attendee; anyone else 404
        permission: 'authenticated',
        summary: 'One appointment with its attendees and their responses',
        tags,
        params: idParams,
        response: appointmentSchema,
      }),
      async (c) => {
        const { db, call } = ctx(c);
        return c.json(await getAppointment(db, call.actor, c.req.valid('param').id), 200);
      },
    )
    .openapi(
      defineRoute({
        method: 'post',
        path: '/people/appointments/{id}/reschedule',
        permission: 'people.schedule',
        summary: 'Move an appointment (SEQUENCE + 1, responses reset, attendees notified); the same conflict rules',
        tags,
        params: idParams,
        body: rescheduleInputSchema.partial().openapi('PeopleAppointmentRescheduleBody'),
        response: appointmentSchema,
      }),
      async (c) => {
        const { db, call } = ctx(c);
        return c.json(await rescheduleAppointment(db, call, c.req.valid('param').id, c.req.valid('json') as never), 200);
      },
    )
    .openapi(
      defineRoute({
        method: 'post',
        path: '/people/appointments/{id}/cancel',
        permission: 'people.schedule',
        summary: 'Cancel an appointment (kept, shown cancelled in calendars; attendees notified)',
        tags,
        params: idParams,
        body: cancelInputSchema,
        response: appointmentSchema,
      }),
      async (c) => {
        const { db, call } = ctx(c);
        return c.json(await cancelAppointment(db, call, c.req.valid('param').id, c.req.valid('json').reason), 200);
      },
    )
    .openapi(
      defineRoute({
        method: 'post',
        path: '/people/appointments/{id}/response',
        // object-level: only an attendee, for themselves
        permission: 'authenticated',
        summary: 'Accept or decline an appointment I attend',
        tags,
        params: idParams,
        body: respondInputSchema.partial().openapi('PeopleAppointmentResponseBody'),
        response: appointmentSchema,
      }),
      async (c) => {
        const { db, call } = ctx(c);
        return c.json(await respondToAppointment(db, call, c.req.valid('param').id, c.req.valid('json')), 200);
      },
    )
    .openapi(
      defineRoute({
        method: 'get',
        path: '/people/work-hours',
        permission: 'people.schedule',
        summary: 'The company’s working hours, in each employee’s own time zone (09:00–17:00 until set)',
        tags,
        response: workHoursSchema,
      }),
      async (c) => c.json(await workHours(ctx(c).db), 200),
    )
    .openapi(
      defineRoute({
        method: 'put',
        path: '/people/work-hours',
        permission: 'people.write',
        summary: 'Set the company’s working hours (audited)',
        tags,
        body: workHoursSchema,
        response: workHoursSchema,
      }),
      async (c) => {
        const { db, call } = ctx(c);
        return c.json(await setWorkHours(db, call, c.req.valid('json')), 200);
      },
    )
    .openapi(
      defineRoute({
        method: 'get',
        path: '/people/calendar-feed',
        permission: 'authenticated',
        summary: 'Whether I have a private calendar feed (the URL is shown only when created)',
        tags,
        response: feedStatusSchema,
      }),
      async (c) => {
        const { db, call } = ctx(c);
        return c.json(await feedStatus(db, call), 200);
      },
    )
    .openapi(
      defineRoute({
        method: 'post',
        path: '/people/calendar-feed',
        permission: 'authenticated',
        summary: 'Create (or rotate) my private calendar feed URL; the secret appears once, only its hash is kept',
        tags,
        response: feedCreatedSchema,
        status: 201,
      }),
      async (c) => {
        const { db, call } = ctx(c);
        return c.json(await createFeed(db, call, p.config.PUBLIC_URL), 201);
      },
    )
    .openapi(
      defineRoute({
        method: 'delete',
        path: '/people/calendar-feed',
        permission: 'authenticated',
        summary: 'Revoke my calendar feed: its URL answers 404',
        tags,
      }),
      async (c) => {
        const { db, call } = ctx(c);
        await revokeFeed(db, call);
        return c.body(null, 204);
      },
    );
}
