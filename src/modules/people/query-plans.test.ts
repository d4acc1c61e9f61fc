import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { recordPlatformSql, unboundedReads } from '../../../test/query-plans.ts';
import { employeeBody, orgSetup, peopleFixture } from './people.fixture.ts';

/**
 * What grows with a company's life: the audit log (an event per change), notifications, sessions and
 * the people records that pile up per employee (job and pay history, leave requests and entries,
 * appointments, change requests). Departments, positions, leave types and holidays stay few.
 */
const GROWING = new Set([
  'audit_event',
  'notification',
  'session',
  'people_job',
  'people_job_span',
  'people_compensation',
  'people_leave_request',
  'people_leave_entry',
  'people_appointment',
  'people_appointment_attendee',
  'people_change_request',
]);

/**
 * Reads that do walk the company's rows today, each named with why it is tolerated; a new one fails the
 * test. The people ones grow with headcount × years (thousands of rows for a company of hundreds), not
 * with postings; the audit log's do grow with everything (each posting adds an event).
 */
const KNOWN: { table: string; source: RegExp; why: string }[] = [
  {
    table: 'audit_event',
    source: /^select \* from "audit_event" where "company_id" = \? order by "seq" desc limit \? offset \?$/,
    why: 'the unfiltered audit page, newest first: (company_id, seq) gives the order, the walk stops after the page',
  },
  {
    table: 'audit_event',
    source: /^select count\(\*\) as "n" from "audit_event" where "company_id" = \?$/,
    why: "the unfiltered audit page counts the company's events through the covering (company_id, seq) index: linear, no table rows read (22 ms at a million events)",
  },
  {
    table: 'audit_event',
    source: /"at" >= \? and "at" < \?/,
    why: 'a date-filtered audit page walks newest first to the range and counts it; an (company_id, at) index would cost every audited write',
  },
  { table: 'people_leave_request', source: /from "people_leave_request" as "r"/, why: 'leave request lists filtered by status or scope, and their counts' },
  { table: 'people_appointment', source: /from "people_appointment" as "p"/, why: 'appointment lists by status, and their counts' },
  { table: 'people_change_request', source: /from "people_change_request"/, why: 'the change-request inbox and its count' },
  {
    table: 'people_job',
    source: /from "people_job" where "people_job"\."company_id" = \? order by "effective_date"/,
    why: 'headcount and turnover reports read the whole job history by design',
  },
  {
    table: 'people_leave_entry',
    source: /from "people_leave_entry" where "date" <= \?/,
    why: 'leave balances and the leave report sum every entry up to a date by design',
  },
];

describe('query plans of the people pages and the platform lists (SQLite)', () => {
  let f: Awaited<ReturnType<typeof peopleFixture>>;
  let recorder: ReturnType<typeof recordPlatformSql>;

  beforeAll(async () => {
    f = await peopleFixture('sqlite');
    recorder = recordPlatformSql(f.ctx.p);
  });
  afterAll(async () => {
    recorder.restore();
    await f.ctx.close();
  });

  it('no list, report or calendar a user opens reads history, leave, appointments, notifications or the audit log whole or by company alone', async () => {
    const { sales } = await orgSetup(f.hr);
    const boss = (await f.hr.post('/api/v1/people/employees', employeeBody('E-1', { departmentId: sales.id, userId: f.managerUser.id }))).body;
    const worker = (await f.hr.post('/api/v1/people/employees', employeeBody('E-2', { departmentId: sales.id, managerId: boss.id, userId: f.employeeUser.id })))
      .body;
    expect(worker.id).toBeTruthy();
    const get = async (path: string, who = f.admin) => expect((await who.get(`/api/v1${path}`)).status, path).toBe(200);
    const year = new Date().getUTCFullYear();
    for (const path of [
      '/audit?page=1&pageSize=20',
      `/audit?page=1&pageSize=20&action=people.employee.created&targetId=${worker.id}`,
      `/audit?page=1&pageSize=20&from=${year}-01-01&to=${year}-12-31`,
      '/notifications?page=1&pageSize=20',
      '/notifications/unread-count',
      '/me/sessions',
      '/users?page=1&pageSize=20&q=omar',
      '/people/employees?page=1&pageSize=20',
      `/people/employees?page=1&pageSize=20&q=E-2&departmentId=${sales.id}`,
      `/people/employees/${worker.id}`,
      '/people/leave-requests?scope=all&page=1&pageSize=20',
      `/people/leave-requests?scope=all&employeeId=${worker.id}&from=${year}-01-01&to=${year}-12-31&page=1&pageSize=20`,
      '/people/leave-requests?scope=inbox&page=1&pageSize=20',
      `/people/team-calendar?month=${year}-03&page=1&pageSize=20`,
      '/people/appointments?scope=all&page=1&pageSize=20',
      `/people/appointments?scope=all&employeeId=${worker.id}&page=1&pageSize=20`,
      '/people/change-requests?status=all',
      '/people/org-chart',
      `/people/reports/headcount?from=${year}-01&to=${year}-12`,
      `/people/reports/turnover?from=${year}-01&to=${year}-12`,
      `/people/reports/leave?from=${year}-01-01&to=${year}-12-31`,
    ])
      await get(path);
    await get('/people/leave-requests?scope=mine&page=1&pageSize=20', f.employee);
    await get('/people/appointments?page=1&pageSize=20', f.employee);
    await get('/people/team', f.manager);

    expect(recorder.seen.size).toBeGreaterThan(30);
    const offending = unboundedReads(recorder.raw, recorder.seen, GROWING, (read) => KNOWN.some((k) => k.table === read.table && k.source.test(read.source)));
    expect(offending, offending.join('\n')).toEqual([]);
  });
});
