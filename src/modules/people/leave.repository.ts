import type { Insertable } from 'kysely';
import type { CompanyDb } from '../../platform/db/company-scope.ts';
import type { LeaveEntryTable, LeavePolicyTable, LeaveTypeTable } from './people.tables.ts';
import { typed } from './people-db.ts';

export const listLeaveTypeRows = (db: CompanyDb) => typed(db).selectFrom('people_leave_type').selectAll().orderBy('code').execute();
export const findLeaveType = (db: CompanyDb, id: string) => typed(db).selectFrom('people_leave_type').selectAll().where('id', '=', id).executeTakeFirst();
export const insertLeaveType = (db: CompanyDb, row: Omit<Insertable<LeaveTypeTable>, 'company_id'>) =>
  typed(db)
    .insertInto('people_leave_type')
    .values(row as Insertable<LeaveTypeTable>)
    .execute();

export const listLeavePolicyRows = (db: CompanyDb) => typed(db).selectFrom('people_leave_policy').selectAll().execute();
export const findLeavePolicy = (db: CompanyDb, leaveTypeId: string, employmentType: string) =>
  typed(db)
    .selectFrom('people_leave_policy')
    .selectAll()
    .where('leave_type_id', '=', leaveTypeId)
    .where('employment_type', '=', employmentType as LeavePolicyTable['employment_type'])
    .executeTakeFirst();
export const insertLeavePolicy = (db: CompanyDb, row: Omit<Insertable<LeavePolicyTable>, 'company_id'>) =>
  typed(db)
    .insertInto('people_leave_policy')
    .values(row as Insertable<LeavePolicyTable>)
    .execute();
export const updateLeavePolicy = (db: CompanyDb, id: string, patch: Pick<LeavePolicyTable, 'accrual' | 'per_year' | 'carry_over_cap' | 'updated_at'>) =>
  typed(db).updateTable('people_leave_policy').set(patch).where('id', '=', id).execute();

export const leaveEntriesOf = (db: CompanyDb, employeeId: string) =>
  typed(db).selectFrom('people_leave_entry').selectAll().where('employee_id', '=', employeeId).orderBy('date').execute();
export const insertLeaveEntry = (db: CompanyDb, row: Omit<Insertable<LeaveEntryTable>, 'company_id'>) =>
  typed(db)
    .insertInto('people_leave_entry')
    .values(row as Insertable<LeaveEntryTable>)
    .execute();
