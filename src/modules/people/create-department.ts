import { recordAudit } from '../../platform/audit/record-audit.ts';
import type { CompanyDb } from '../../platform/db/company-scope.ts';
import { inTransaction } from '../../platform/db/transaction.ts';
import { AppError } from '../../platform/errors.ts';
import { newId } from '../../platform/ids.ts';
import { findDepartment, insertDepartment, presentDepartment } from './org.repository.ts';
import { type DepartmentInput, type DepartmentView, departmentInputSchema } from './org.schemas.ts';
import type { PeopleCall } from './people-db.ts';

/** A department, at the top of the tree or under a parent of the same company. */
export async function createDepartment(db: CompanyDb, call: PeopleCall, input: DepartmentInput): Promise<DepartmentView> {
  const d = departmentInputSchema.parse(input);
  return inTransaction(db, async (trx) => {
    if (d.parentId && !(await findDepartment(trx, d.parentId))) {
      throw new AppError('VALIDATION', 'No such parent', [{ path: 'parentId', message: 'No such department' }]);
    }
    const row = { id: newId(), name_en: d.nameEn, name_ar: d.nameAr, parent_id: d.parentId ?? null, created_at: call.clock.now().toISOString() };
    await insertDepartment(trx, row);
    await recordAudit(trx, call.clock, call.actor, { action: 'people.department.created', targetType: 'people_department', targetId: row.id });
    return presentDepartment({ ...row, company_id: '' });
  });
}
