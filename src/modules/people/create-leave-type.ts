import { recordAudit } from '../../platform/audit/record-audit.ts';
import type { CompanyDb } from '../../platform/db/company-scope.ts';
import { inTransaction } from '../../platform/db/transaction.ts';
import { AppError } from '../../platform/errors.ts';
import { newId } from '../../platform/ids.ts';
import { insertLeaveType } from './leave.repository.ts';
import { type LeaveTypeInput, type LeaveTypeView, leaveTypeInputSchema } from './leave.schemas.ts';
import { isUniqueViolation, type PeopleCall } from './people-db.ts';

/** A kind of leave; its code is unique in the company. Policies are set per employment type afterwards. */
export async function createLeaveType(db: CompanyDb, call: PeopleCall, input: LeaveTypeInput): Promise<LeaveTypeView> {
  const l = leaveTypeInputSchema.parse(input);
  return inTransaction(db, async (trx) => {
    const row = {
      id: newId(),
      code: l.code,
      name_en: l.nameEn,
      name_ar: l.nameAr,
      allow_negative: l.allowNegative ? 1n : 0n,
      created_at: call.clock.now().toISOString(),
    };
    try {
      await insertLeaveType(trx, row);
    } catch (err) {
      if (isUniqueViolation(err)) throw new AppError('CONFLICT', `A leave type ${l.code} exists`, { field: 'code' });
      throw err;
    }
    await recordAudit(trx, call.clock, call.actor, {
      action: 'people.leave-type.created',
      targetType: 'people_leave_type',
      targetId: row.id,
      summary: { code: l.code },
    });
    return { id: row.id, code: l.code, nameEn: l.nameEn, nameAr: l.nameAr, allowNegative: l.allowNegative, policies: [] };
  });
}
