import type { Insertable } from 'kysely';
import type { CompanyDb } from '../../platform/db/company-scope.ts';
import type { CompensationTable, JobRecordTable } from './people.tables.ts';
import { typed } from './people-db.ts';

export const jobRecordsOf = (db: CompanyDb, employeeIds: string[]) =>
  employeeIds.length
    ? typed(db).selectFrom('people_job').selectAll().where('employee_id', 'in', employeeIds).orderBy('effective_date').execute()
    : Promise.resolve([] as JobRecordTable[]);

export const compensationOf = (db: CompanyDb, employeeId: string) =>
  typed(db).selectFrom('people_compensation').selectAll().where('employee_id', '=', employeeId).orderBy('effective_date').execute();

export const insertJobRecord = (db: CompanyDb, row: Omit<Insertable<JobRecordTable>, 'company_id'>) =>
  typed(db)
    .insertInto('people_job')
    .values(row as Insertable<JobRecordTable>)
    .execute();

export const insertCompensation = (db: CompanyDb, row: Omit<Insertable<CompensationTable>, 'company_id'>) =>
  typed(db)
    .insertInto('people_compensation')
    .values(row as Insertable<CompensationTable>)
    .execute();

/** Every job record of the company that might be current on some date (for org counts and report lists). */
export const allJobRecords = (db: CompanyDb, asOf: string) =>
  typed(db)
    .selectFrom('people_job as j')
    .innerJoin('people_employee as e', 'e.id', 'j.employee_id')
    .select(['j.employee_id', 'j.effective_date', 'j.department_id', 'j.position_id', 'j.manager_id'])
    .where('j.effective_date', '<=', asOf)
    .where((eb) => eb.or([eb('e.end_date', 'is', null), eb('e.end_date', '>=', asOf)]))
    .execute();
