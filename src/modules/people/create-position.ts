import { recordAudit } from '../../platform/audit/record-audit.ts';
import type { CompanyDb } from '../../platform/db/company-scope.ts';
import { inTransaction } from '../../platform/db/transaction.ts';
import { AppError } from '../../platform/errors.ts';
import { newId } from '../../platform/ids.ts';
import { findDepartment, insertPosition, presentPosition } from './org.repository.ts';
import { type PositionInput, type PositionView, positionInputSchema } from './org.schemas.ts';
import type { PeopleCall } from './people-db.ts';

/** A position with its planned headcount, optionally belonging to a department. */
export async function createPosition(db: CompanyDb, call: PeopleCall, input: PositionInput): Promise<PositionView> {
  const p = positionInputSchema.parse(input);
  return inTransaction(db, async (trx) => {
    if (p.departmentId && !(await findDepartment(trx, p.departmentId))) {
      throw new AppError('VALIDATION', 'No such department', [{ path: 'departmentId', message: 'No such department' }]);
    }
    const row = {
      id: newId(),
      title_en: p.titleEn,
      title_ar: p.titleAr,
      department_id: p.departmentId ?? null,
      headcount: BigInt(p.headcount),
      created_at: call.clock.now().toISOString(),
    };
    await insertPosition(trx, row);
    await recordAudit(trx, call.clock, call.actor, { action: 'people.position.created', targetType: 'people_position', targetId: row.id });
    return presentPosition({ ...row, company_id: '' }, 0);
  });
}
