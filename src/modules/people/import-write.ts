import type { Insertable } from 'kysely';
import { type AuditActor, recordAudits } from '../../platform/audit/record-audit.ts';
import type { CompanyDb } from '../../platform/db/company-scope.ts';
import { inTransaction } from '../../platform/db/transaction.ts';
import { AppError } from '../../platform/errors.ts';
import { newId } from '../../platform/ids.ts';
import { employeeRow } from './create-employee.ts';
import { OPEN_END } from './job-spans.ts';
import type { EmployeeInput } from './people.schemas.ts';
import type { PayBasis, PeopleTables } from './people.tables.ts';
import { isUniqueViolation, type PeopleCall, typed } from './people-db.ts';
import { employeeSearchText, type Searchable } from './search-text.ts';
import { fieldContext } from './sensitive-fields.ts';

/** One checked row of an import: its new id, input, manager's id and the starting pay in minor units. */
export interface PlannedEmployee {
  id: string;
  input: EmployeeInput;
  managerId: string | null;
  pay?: { minor: bigint; currency: string; basis: PayBasis; reason: string };
}

const CHUNK = 400;

async function insertChunks<T extends keyof PeopleTables>(db: CompanyDb, table: T, rows: Insertable<PeopleTables[T]>[]) {
  for (let i = 0; i < rows.length; i += CHUNK) {
    // biome-ignore lint/suspicious/noExplicitAny: one helper for the four tables of an import
    await (typed(db) as any)
      .insertInto(table)
      .values(rows.slice(i, i + CHUNK))
      .execute();
  }
}

/**
 * Writes checked rows as `createEmployee` and `recordCompensation` would one by one — the employee
 * (sealed fields, search text), the hire job record and its span, the starting pay (sealed) and
 * one audit event each — but in multi-row INSERTs, and the audit events under one take of the chain.
 */
export async function writeImport(db: CompanyDb, call: PeopleCall, planned: PlannedEmployee[]) {
  const now = call.clock.now().toISOString();
  const by = call.actor.label;
  const employees = planned.map((p) => {
    const row = employeeRow(call, p.id, p.input, now);
    return { ...row, search_text: employeeSearchText(row as Searchable) };
  });
  const jobs = planned.map((p) => ({
    id: newId(),
    employee_id: p.id,
    effective_date: p.input.hireDate,
    department_id: p.input.departmentId ?? null,
    position_id: p.input.positionId ?? null,
    manager_id: p.managerId,
    reason: 'hire',
    recorded_at: now,
    recorded_by: by,
  }));
  const spans = jobs.map((j) => ({
    id: j.id,
    employee_id: j.employee_id,
    valid_from: j.effective_date,
    valid_until: OPEN_END,
    department_id: j.department_id,
    position_id: j.position_id,
    manager_id: j.manager_id,
  }));
  const pays = planned.flatMap((p) => {
    if (!p.pay) return [];
    const id = newId();
    const amount_enc = call.secrets.encrypt(p.pay.minor.toString(), fieldContext('people_compensation.amount', id));
    const { currency, basis, reason } = p.pay;
    return [{ id, employee_id: p.id, effective_date: p.input.hireDate, amount_enc, currency, basis, reason, recorded_at: now, recorded_by: by }];
  });
  const actor: AuditActor = call.actor;
  const events = planned.flatMap((p) => [
    { actor, input: { action: 'people.employee.created', targetType: 'people_employee', targetId: p.id, summary: { employeeNumber: p.input.employeeNumber } } },
    ...(p.pay
      ? [
          {
            actor,
            input: {
              action: 'people.compensation.recorded',
              targetType: 'people_employee',
              targetId: p.id,
              summary: { effectiveDate: p.input.hireDate, basis: p.pay.basis, currency: p.pay.currency },
            },
          },
        ]
      : []),
  ]);
  await inTransaction(db, async (trx) => {
    try {
      await insertChunks(trx, 'people_employee', employees as Insertable<PeopleTables['people_employee']>[]);
    } catch (err) {
      if (isUniqueViolation(err)) throw new AppError('CONFLICT', 'An employee number or user of the file was taken meanwhile', { field: 'employeeNumber' });
      throw err;
    }
    await insertChunks(trx, 'people_job', jobs as Insertable<PeopleTables['people_job']>[]);
    await insertChunks(trx, 'people_job_span', spans as Insertable<PeopleTables['people_job_span']>[]);
    await insertChunks(trx, 'people_compensation', pays as Insertable<PeopleTables['people_compensation']>[]);
    await recordAudits(trx, call.clock, [...events, { actor, input: { action: 'people.imported', summary: { rows: planned.length } } }]);
  });
}
