import type { ExpressionBuilder } from 'kysely';
import type { CompanyDb } from '../../platform/db/company-scope.ts';
import { inTransaction } from '../../platform/db/transaction.ts';
import type { JobRecordTable, PeopleTables } from './people.tables.ts';
import { typed } from './people-db.ts';

/** `valid_until` of the span in effect today and onwards (no later record yet). */
export const OPEN_END = '9999-12-31';

/**
 * `people_job_span` mirrors the append-only job history with ranges: each job record from its date
 * until the next record's (exclusive). It is written in the same transaction as each job record, so
 * "the assignment on a date" is one indexed lookup for any date, past, today or ahead of a
 * future-dated change. `job-spans.property.test.ts` compares it with `inEffectOn` over the history.
 */
export async function spanNewJobRecord(
  db: CompanyDb,
  job: Pick<JobRecordTable, 'id' | 'employee_id' | 'effective_date' | 'department_id' | 'position_id' | 'manager_id'>,
) {
  await inTransaction(db, async (trx) => {
    const p = typed(trx);
    const date = job.effective_date;
    const holding = await p
      .selectFrom('people_job_span')
      .select(['id', 'valid_until'])
      .where('employee_id', '=', job.employee_id)
      .where('valid_from', '<', date)
      .where('valid_until', '>', date)
      .executeTakeFirst();
    let until = holding?.valid_until;
    if (holding) await p.updateTable('people_job_span').set({ valid_until: date }).where('id', '=', holding.id).execute();
    else {
      const next = await p
        .selectFrom('people_job_span')
        .select((eb) => eb.fn.min('valid_from').as('d'))
        .where('employee_id', '=', job.employee_id)
        .where('valid_from', '>', date)
        .executeTakeFirst();
      until = next?.d ?? OPEN_END;
    }
    await p
      .insertInto('people_job_span')
      .values({
        id: job.id,
        employee_id: job.employee_id,
        valid_from: date,
        valid_until: until ?? OPEN_END,
        department_id: job.department_id,
        position_id: job.position_id,
        manager_id: job.manager_id,
      } as PeopleTables['people_job_span'])
      .execute();
  });
}

type SpanScope = ExpressionBuilder<PeopleTables & { s: PeopleTables['people_job_span'] }, 's'>;

/** The span of `s` holds on `asOf`. */
export const spanOn = (eb: SpanScope, asOf: string) => eb.and([eb('s.valid_from', '<=', asOf), eb('s.valid_until', '>', asOf)]);

/** Employed on `asOf` as the history has always judged it: a job record in effect and no end before that day. */
export const employedOn = (eb: ExpressionBuilder<PeopleTables & { e: PeopleTables['people_employee'] }, 'e'>, asOf: string) =>
  eb.or([eb('e.end_date', 'is', null), eb('e.end_date', '>=', asOf)]);

/** Each employee employed on `asOf` with the department, position and manager then in effect (one query). */
export async function currentAssignments(db: CompanyDb, asOf: string) {
  const rows = await typed(db)
    .selectFrom('people_job_span as s')
    .innerJoin('people_employee as e', 'e.id', 's.employee_id')
    .select(['s.employee_id', 's.department_id', 's.position_id', 's.manager_id'])
    .where((eb) => spanOn(eb, asOf))
    .where((eb) => employedOn(eb, asOf))
    .execute();
  return rows.map((r) => ({ employeeId: r.employee_id, departmentId: r.department_id, positionId: r.position_id, managerId: r.manager_id }));
}
