import { recordAudit } from '../../platform/audit/record-audit.ts';
import type { CompanyDb } from '../../platform/db/company-scope.ts';
import { inTransaction } from '../../platform/db/transaction.ts';
import { AppError } from '../../platform/errors.ts';
import { newId } from '../../platform/ids.ts';
import { findLeavePolicy, findLeaveType, insertLeavePolicy, updateLeavePolicy } from './leave.repository.ts';
import { type LeavePolicyInput, leavePolicyInputSchema, toHundredths } from './leave.schemas.ts';
import type { PeopleCall } from './people-db.ts';

/**
 * How a leave type accrues for an employment type (or `all`). Setting it again replaces the terms;
 * balances are derived, so they follow the new terms (the audit event keeps the change).
 */
export async function setLeavePolicy(db: CompanyDb, call: PeopleCall, leaveTypeId: string, input: LeavePolicyInput): Promise<{ id: string }> {
  return inTransaction(db, async (trx) => {
    // an unknown id (or another company's) answers 404 whatever the body
    if (!(await findLeaveType(trx, leaveTypeId))) throw new AppError('NOT_FOUND', 'No such leave type');
    const p = leavePolicyInputSchema.parse(input);
    const terms = {
      accrual: p.accrual,
      per_year: BigInt(toHundredths(p.daysPerYear)),
      carry_over_cap: p.carryOverCap === null ? null : BigInt(toHundredths(p.carryOverCap)),
      updated_at: call.clock.now().toISOString(),
    };
    const existing = await findLeavePolicy(trx, leaveTypeId, p.employmentType);
    const id = existing?.id ?? newId();
    if (existing) await updateLeavePolicy(trx, id, terms);
    else await insertLeavePolicy(trx, { id, leave_type_id: leaveTypeId, employment_type: p.employmentType, ...terms });
    await recordAudit(trx, call.clock, call.actor, { action: 'people.leave-policy.set', targetType: 'people_leave_type', targetId: leaveTypeId, summary: p });
    return { id };
  });
}
