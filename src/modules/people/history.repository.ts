import type { Insertable } from 'kysely';
import type { CompanyDb } from '../../platform/db/company-scope.ts';
import { inTransaction } from '../../platform/db/transaction.ts';
import { spanNewJobRecord } from './job-spans.ts';
import type { CompensationTable, JobRecordTable } from './people.tables.ts';
import { typed } from './people-db.ts';

export const jobRecordsOf = (db: CompanyDb, employeeIds: string[]) =>
  employeeIds.length
    ? typed(db).selectFrom('people_job').selectAll().where('employee_id', 'in', employeeIds).orderBy('effective_date').execute()
    : Promise.resolve([] as JobRecordTable[]);

export const compensationOf = (db: CompanyDb, employeeId: string) =>
  typed(db).selectFrom('people_compensation').selectAll().where('employee_id', '=', employeeId).orderBy('effective_date').execute();

/** A new job record and its span (`job-spans.ts`), in one transaction. */
export const insertJobRecord = (db: CompanyDb, row: Omit<JobRecordTable, 'company_id'>) =>
  inTransaction(db, async (trx) => {
    await typed(trx)
      .insertInto('people_job')
      .values(row as Insertable<JobRecordTable>)
      .execute();
    await spanNewJobRecord(trx, row);
  });

export const insertCompensation = (db: CompanyDb, row: Omit<Insertable<CompensationTable>, 'company_id'>) =>
  typed(db)
    .insertInto('people_compensation')
    .values(row as Insertable<CompensationTable>)
    .execute();
