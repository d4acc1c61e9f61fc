import type { Command } from 'commander';
import { CliError, operator, resolveCompany } from '../../platform/cli/context.ts';
import { printTable, withCliPlatform } from '../../platform/cli/platform.commands.ts';
import { AppError } from '../../platform/errors.ts';
import type { Platform } from '../../platform/platform.ts';
import { approveLeave } from './approve-leave.ts';
import { cancelLeave } from './cancel-leave.ts';
import { findEmployeeByNumber } from './employees.repository.ts';
import { listLeaveTypeRows } from './leave.repository.ts';
import type { LeaveRequestView } from './leave-requests.schemas.ts';
import { listLeaveRequests } from './list-leave-requests.ts';
import { type PeopleCall, today } from './people-db.ts';
import { rejectLeave } from './reject-leave.ts';
import { requestLeave } from './request-leave.ts';

const flags = {
  employeeId: '--employee',
  leaveTypeId: '--type',
  from: '--from',
  to: '--to',
  startsAfternoon: '--afternoon-start',
  endsMidday: '--midday-end',
  reason: '--reason',
};

async function leaveContext(p: Platform, companyName?: string) {
  const company = await resolveCompany(p, companyName);
  const call: PeopleCall & { emailEnabled: boolean } = {
    actor: operator(p, company.id),
    clock: p.clock,
    secrets: p.secrets,
    emailEnabled: Boolean(p.config.SMTP_URL),
  };
  return { db: p.forCompany(company.id), call, asOf: today(call) };
}

/** A refusal names its flag and reason (`--from: overlap`), as the web shows it under the field. */
function refusal(err: unknown): unknown {
  if (err instanceof AppError && err.code === 'CONFLICT') {
    const d = (err.details ?? {}) as { field?: string; reason?: string };
    return new CliError(`refused (${flags[d.field as keyof typeof flags] ?? d.field ?? 'request'}: ${d.reason ?? 'conflict'}): ${err.message}`);
  }
  return err;
}

const line = (r: LeaveRequestView) => `${r.id}  ${r.employeeNumber}  ${r.leaveTypeCode}  ${r.from}..${r.to}  ${r.days} day(s)  ${r.status}`;

/** `kawalis people leave request|approve|reject|cancel|list`: the HTTP API's use cases, acting as the operator (HR). */
export function registerLeaveRequestCommands(people: Command): void {
  const leave = people.command('leave').description('leave requests: request, approve, reject, cancel, list');
  leave
    .command('request')
    .description('request leave for an employee (working days counted from the company calendar)')
    .requiredOption('--employee <number>', 'employee number')
    .requiredOption('--type <code>', 'leave type code, e.g. annual')
    .requiredOption('--from <date>', 'first day, YYYY-MM-DD')
    .requiredOption('--to <date>', 'last day, YYYY-MM-DD')
    .option('--afternoon-start', 'the first day counts only its afternoon')
    .option('--midday-end', 'the last day counts only its morning')
    .option('--note <text>', 'a note for the approver')
    .option('--company <name>', 'company name or id')
    .action((o: { employee: string; type: string; from: string; to: string; afternoonStart?: boolean; middayEnd?: boolean; note?: string; company?: string }) =>
      withCliPlatform(
        async (p) => {
          const { db, call } = await leaveContext(p, o.company);
          const employee = await findEmployeeByNumber(db, o.employee);
          if (!employee) throw new CliError(`No employee number ${o.employee}`);
          const type = (await listLeaveTypeRows(db)).find((t) => t.code === o.type);
          if (!type) throw new CliError(`No leave type ${o.type}`);
          const r = await requestLeave(db, call, {
            employeeId: employee.id,
            leaveTypeId: type.id,
            from: o.from,
            to: o.to,
            startsAfternoon: Boolean(o.afternoonStart),
            endsMidday: Boolean(o.middayEnd),
            note: o.note,
          }).catch((e) => Promise.reject(refusal(e)));
          console.log(`requested ${line(r)}`);
        },
        { flags },
      ),
    );
  for (const verb of ['approve', 'cancel'] as const) {
    leave
      .command(verb)
      .description(
        verb === 'approve' ? 'approve a pending request (writes its usage record)' : 'cancel a request before its first day (reverses approved usage)',
      )
      .argument('<id>', 'request id')
      .option('--company <name>', 'company name or id')
      .action((id: string, o: { company?: string }) =>
        withCliPlatform(async (p) => {
          const { db, call } = await leaveContext(p, o.company);
          const r = await (verb === 'approve' ? approveLeave(db, call, id) : cancelLeave(db, call, id)).catch((e) => Promise.reject(refusal(e)));
          console.log(`${verb === 'approve' ? 'approved' : 'cancelled'} ${line(r)}`);
        }),
      );
  }
  leave
    .command('reject')
    .description('reject a pending request with a reason')
    .argument('<id>', 'request id')
    .requiredOption('--reason <text>', 'why, for the employee')
    .option('--company <name>', 'company name or id')
    .action((id: string, o: { reason: string; company?: string }) =>
      withCliPlatform(
        async (p) => {
          const { db, call } = await leaveContext(p, o.company);
          const r = await rejectLeave(db, call, id, { reason: o.reason }).catch((e) => Promise.reject(refusal(e)));
          console.log(`rejected ${line(r)}`);
        },
        { flags },
      ),
    );
  leave
    .command('list')
    .description('list leave requests, newest first')
    .option('--employee <number>', 'one employee')
    .option('--status <status>', 'pending, approved, rejected or cancelled')
    .option('--page <n>', 'page of 200, from 1', '1')
    .option('--company <name>', 'company name or id')
    .action((o: { employee?: string; status?: string; page: string; company?: string }) =>
      withCliPlatform(async (p) => {
        const { db, call, asOf } = await leaveContext(p, o.company);
        const employee = o.employee ? await findEmployeeByNumber(db, o.employee) : undefined;
        if (o.employee && !employee) throw new CliError(`No employee number ${o.employee}`);
        const page = Number(o.page);
        if (!Number.isInteger(page) || page < 1) throw new CliError(`--page: not a page number: ${o.page}`);
        if (o.status && !['pending', 'approved', 'rejected', 'cancelled'].includes(o.status)) throw new CliError(`--status: not a status: ${o.status}`);
        const { items, total } = await listLeaveRequests(
          db,
          call.actor,
          { scope: 'all', employeeId: employee?.id, status: o.status as LeaveRequestView['status'] | undefined, page, pageSize: 200 },
          asOf,
        );
        printTable(
          ['id', 'number', 'name', 'type', 'from', 'to', 'days', 'status'],
          items.map((r) => [r.id, r.employeeNumber, r.employeeNameEn, r.leaveTypeCode, r.from, r.to, String(r.days), r.status]),
        );
        if (total > page * 200) console.log(`page ${page} of ${Math.ceil(total / 200)}: --page ${page + 1} for more`);
      }),
    );
}
