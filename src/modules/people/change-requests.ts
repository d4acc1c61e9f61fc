import { recordAudit } from '../../platform/audit/record-audit.ts';
import type { CompanyDb } from '../../platform/db/company-scope.ts';
import { inTransaction } from '../../platform/db/transaction.ts';
import { AppError } from '../../platform/errors.ts';
import { newId } from '../../platform/ids.ts';
import { notifyUser } from '../../platform/notifications/notify-user.ts';
import { decideChangeRequestRow, findChangeRequest, insertChangeRequest, listChangeRequestRows } from './change-requests.repository.ts';
import { type ChangeRequestInput, type ChangeRequestView, changeRequestInputSchema, rejectInputSchema } from './change-requests.schemas.ts';
import { type ChangeRequestStatus, type ChangeRequestTable, REQUESTABLE_FIELDS, type RequestableField } from './change-requests.tables.ts';
import { findEmployee, findEmployeeOfUser, findEmployeesByIds } from './employees.repository.ts';
import type { EmployeePatch } from './people.schemas.ts';
import type { EmployeeTable } from './people.tables.ts';
import type { PeopleCall } from './people-db.ts';
import { SENSITIVE_FIELDS, type SensitiveField } from './sensitive-fields.ts';
import { updateEmployee } from './update-employee.ts';

/** A People call that may also queue e-mail copies of notifications (when a mailer is configured). */
export type RecordsCall = PeopleCall & { emailEnabled?: boolean };

const isSensitive = (f: RequestableField): f is RequestableField & SensitiveField => f in SENSITIVE_FIELDS;
const PLAIN_COLUMN = { nameEn: 'name_en', nameAr: 'name_ar', phone: 'phone', email: 'email', address: 'address' } as const;
const sensitiveContext = (id: string) => `people.change_request.sensitive:${id}`;
const blank = (v: string | null | undefined) => (v === undefined ? undefined : v === '' ? null : v);

/** The caller's own employee record (self-service); a user without one gets NOT_FOUND. */
async function ownEmployee(db: CompanyDb, call: PeopleCall): Promise<EmployeeTable> {
  const self = call.actor.userId ? await findEmployeeOfUser(db, call.actor.userId) : undefined;
  if (!self) throw new AppError('NOT_FOUND', 'You have no employee record in this company');
  return self;
}

/**
 * An employee proposes changes to their own contact and identity fields. Proposed sensitive values
 * (the emergency contact) are sealed like the record's; nothing changes on the record until HR approves.
 */
export async function requestChange(db: CompanyDb, call: RecordsCall, input: ChangeRequestInput): Promise<ChangeRequestView> {
  const p = changeRequestInputSchema.parse(input);
  return inTransaction(db, async (trx) => {
    const self = await ownEmployee(trx, call);
    const id = newId(call.clock.now().getTime());
    const plain: Record<string, string | null> = {};
    const sensitive: Record<string, string | null> = {};
    for (const field of REQUESTABLE_FIELDS) {
      const value = blank(p.changes[field]);
      if (value === undefined) continue;
      (isSensitive(field) ? sensitive : plain)[field] = value;
    }
    await insertChangeRequest(trx, {
      id,
      employee_id: self.id,
      requested_by: call.actor.userId as string,
      status: 'pending',
      changes: JSON.stringify(plain),
      sensitive_enc: Object.keys(sensitive).length ? call.secrets.encrypt(JSON.stringify(sensitive), sensitiveContext(id)) : null,
      note: p.note ?? '',
      decided_by: null,
      decided_at: null,
      decision_reason: null,
      created_at: call.clock.now().toISOString(),
    });
    await recordAudit(trx, call.clock, call.actor, {
      action: 'people.change_request.created',
      targetType: 'people_employee',
      targetId: self.id,
      summary: { request: id, fields: [...Object.keys(plain), ...Object.keys(sensitive)] },
    });
    return (await presentRequests(trx, call, [(await findChangeRequest(trx, id)) as ChangeRequestTable], 'self'))[0] as ChangeRequestView;
  });
}

/** The proposed values of a request, sensitive ones decrypted. */
export function proposedValues(call: PeopleCall, row: ChangeRequestTable): Partial<Record<RequestableField, string | null>> {
  const sensitive = row.sensitive_enc ? JSON.parse(call.secrets.decrypt(row.sensitive_enc, sensitiveContext(row.id))) : {};
  return { ...JSON.parse(row.changes), ...sensitive };
}

/**
 * Requests as the viewer may see them: `self` (the requester) and holders of people.sensitive.read
 * see proposed sensitive values; others see them named only. Current sensitive values are never shown here.
 */
async function presentRequests(db: CompanyDb, call: PeopleCall, rows: ChangeRequestTable[], viewer: 'self' | 'hr'): Promise<ChangeRequestView[]> {
  const employees = new Map((await findEmployeesByIds(db, [...new Set(rows.map((r) => r.employee_id))])).map((e) => [e.id, e]));
  const seeSensitive = viewer === 'self' || call.actor.permissions.has('people.sensitive.read');
  return rows.map((r) => {
    const e = employees.get(r.employee_id) as EmployeeTable;
    const values = proposedValues(call, r);
    return {
      id: r.id,
      employeeId: r.employee_id,
      employeeNumber: e.employee_number,
      employeeName: { en: e.name_en, ar: e.name_ar },
      status: r.status,
      changes: REQUESTABLE_FIELDS.filter((f) => values[f] !== undefined).map((field) =>
        isSensitive(field)
          ? { field, sensitive: true, ...(seeSensitive ? { proposed: values[field] ?? null } : {}) }
          : { field, sensitive: false, current: e[PLAIN_COLUMN[field]] ?? null, proposed: values[field] ?? null },
      ),
      note: r.note,
      createdAt: r.created_at,
      decidedAt: r.decided_at,
      decisionReason: r.decision_reason,
    };
  });
}

/** HR's inbox: every employee's requests, newest first. */
export async function listChangeRequests(db: CompanyDb, call: PeopleCall, status: ChangeRequestStatus | 'all', page: { page: number; pageSize: number }) {
  const { rows, total } = await listChangeRequestRows(db, { status }, { limit: page.pageSize, offset: (page.page - 1) * page.pageSize });
  return { items: await presentRequests(db, call, rows, 'hr'), total };
}

/** The caller's own requests, newest first. */
export async function listOwnChangeRequests(db: CompanyDb, call: PeopleCall, page: { page: number; pageSize: number }) {
  const self = await ownEmployee(db, call);
  const { rows, total } = await listChangeRequestRows(
    db,
    { status: 'all', employeeId: self.id },
    { limit: page.pageSize, offset: (page.page - 1) * page.pageSize },
  );
  return { items: await presentRequests(db, call, rows, 'self'), total };
}

async function pendingRequest(db: CompanyDb, id: string): Promise<ChangeRequestTable> {
  const row = await findChangeRequest(db, id);
  if (!row) throw new AppError('NOT_FOUND');
  if (row.status !== 'pending') throw new AppError('CONFLICT', `The request is already ${row.status}`, { field: 'status', status: row.status });
  return row;
}

async function tellEmployee(db: CompanyDb, call: RecordsCall, row: ChangeRequestTable, title: string, body: string) {
  const employee = await findEmployee(db, row.employee_id);
  await notifyUser(
    db,
    { clock: call.clock, emailEnabled: Boolean(call.emailEnabled) },
    { userId: row.requested_by, email: employee?.email ?? undefined, title, body, link: '/people/me' },
  );
}

/** HR applies the proposed values to the record (audited as an update) and tells the employee. */
export async function approveChangeRequest(db: CompanyDb, call: RecordsCall, id: string): Promise<{ id: string; status: 'approved' }> {
  return inTransaction(db, async (trx) => {
    const row = await pendingRequest(trx, id);
    const values = proposedValues(call, row);
    await updateEmployee(trx, call, row.employee_id, values as EmployeePatch);
    const decided = await decideChangeRequestRow(trx, id, { status: 'approved', decided_by: call.actor.userId, decided_at: call.clock.now().toISOString() });
    if (decided !== 1) throw new AppError('CONFLICT', 'The request was decided meanwhile', { field: 'status' });
    await recordAudit(trx, call.clock, call.actor, {
      action: 'people.change_request.approved',
      targetType: 'people_employee',
      targetId: row.employee_id,
      summary: { request: id, fields: Object.keys(values) },
    });
    await tellEmployee(
      trx,
      call,
      row,
      'Your change request was approved · تمت الموافقة على طلب التعديل',
      `Your record now shows the change (${Object.keys(values).join(', ')}).`,
    );
    return { id, status: 'approved' as const };
  });
}

/** HR refuses a request with a reason the employee is told; the record is unchanged. */
export async function rejectChangeRequest(
  db: CompanyDb,
  call: RecordsCall,
  id: string,
  input: { reason: string },
): Promise<{ id: string; status: 'rejected' }> {
  return inTransaction(db, async (trx) => {
    const row = await pendingRequest(trx, id);
    const { reason } = rejectInputSchema.parse(input);
    const decided = await decideChangeRequestRow(trx, id, {
      status: 'rejected',
      decided_by: call.actor.userId,
      decided_at: call.clock.now().toISOString(),
      decision_reason: reason,
    });
    if (decided !== 1) throw new AppError('CONFLICT', 'The request was decided meanwhile', { field: 'status' });
    await recordAudit(trx, call.clock, call.actor, {
      action: 'people.change_request.rejected',
      targetType: 'people_employee',
      targetId: row.employee_id,
      summary: { request: id },
    });
    await tellEmployee(trx, call, row, 'Your change request was declined · رُفض طلب التعديل', reason);
    return { id, status: 'rejected' as const };
  });
}
