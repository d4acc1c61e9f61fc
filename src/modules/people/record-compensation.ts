import { recordAudit } from '../../platform/audit/record-audit.ts';
import type { CompanyDb } from '../../platform/db/company-scope.ts';
import { inTransaction } from '../../platform/db/transaction.ts';
import { AppError } from '../../platform/errors.ts';
import { newId } from '../../platform/ids.ts';
import { datingProblem } from './effective-dating.ts';
import { requireEmployee } from './employee-access.ts';
import { compensationOf, insertCompensation } from './history.repository.ts';
import { payToMinor } from './pay-amount.ts';
import { type CompensationInput, compensationInputSchema } from './people.schemas.ts';
import type { PeopleCall } from './people-db.ts';
import { fieldContext } from './sensitive-fields.ts';

/**
 * A new rate of pay from a date. Earlier rates stay as they were (the table refuses updates); the
 * amount, in minor units, is stored encrypted, bound to its record.
 */
export async function recordCompensation(db: CompanyDb, call: PeopleCall, employeeId: string, input: CompensationInput) {
  return inTransaction(db, async (trx) => {
    const employee = await requireEmployee(trx, employeeId);
    const c = compensationInputSchema.parse(input);
    const history = (await compensationOf(trx, employeeId)).map((r) => ({ effectiveDate: r.effective_date }));
    const problem = datingProblem(history, c.effectiveDate, employee.hire_date);
    if (problem) throw new AppError('CONFLICT', problem, { field: 'effectiveDate' });
    const { minor } = await payToMinor(trx, c.amount, c.currency);
    if (minor <= 0n) throw new AppError('VALIDATION', 'Invalid amount', [{ path: 'amount', message: 'Pay is more than zero' }]);
    const id = newId();
    await insertCompensation(trx, {
      id,
      employee_id: employeeId,
      effective_date: c.effectiveDate,
      amount_enc: call.secrets.encrypt(minor.toString(), fieldContext('people_compensation.amount', id)),
      currency: c.currency,
      basis: c.basis,
      reason: c.reason,
      recorded_at: call.clock.now().toISOString(),
      recorded_by: call.actor.label,
    });
    // the audit summary names the change, never the amount
    await recordAudit(trx, call.clock, call.actor, {
      action: 'people.compensation.recorded',
      targetType: 'people_employee',
      targetId: employeeId,
      summary: { effectiveDate: c.effectiveDate, basis: c.basis, currency: c.currency },
    });
    return { id };
  });
}
