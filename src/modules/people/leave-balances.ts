import type { CompanyDb } from '../../platform/db/company-scope.ts';
import { requireEmployee } from './employee-access.ts';
import { leaveEntriesOf, listLeavePolicyRows, listLeaveTypeRows } from './leave.repository.ts';
import { toDays } from './leave.schemas.ts';
import { leaveBalance } from './leave-balance.ts';
import { presentPolicy } from './list-leave-types.ts';

/**
 * An employee's balance of every leave type on a date, derived from the policy for their employment
 * type (else the `all` one), their hire and end dates and the usage and adjustment records.
 */
export async function leaveBalances(db: CompanyDb, employeeId: string, asOf: string) {
  const employee = await requireEmployee(db, employeeId);
  const [types, policies, entries] = await Promise.all([listLeaveTypeRows(db), listLeavePolicyRows(db), leaveEntriesOf(db, employeeId)]);
  const items = types.map((t) => {
    const mine = policies.filter((p) => p.leave_type_id === t.id);
    const policy = mine.find((p) => p.employment_type === employee.employment_type) ?? mine.find((p) => p.employment_type === 'all');
    const movements = entries.filter((e) => e.leave_type_id === t.id).map((e) => ({ date: e.date, kind: e.kind, amount: Number(e.amount) }));
    const terms = policy
      ? { accrual: policy.accrual, perYear: Number(policy.per_year), carryOverCap: policy.carry_over_cap === null ? null : Number(policy.carry_over_cap) }
      : { accrual: 'yearly' as const, perYear: 0, carryOverCap: null };
    const b = leaveBalance(terms, { hireDate: employee.hire_date, endDate: employee.end_date }, movements, asOf);
    return {
      leaveTypeId: t.id,
      code: t.code,
      nameEn: t.name_en,
      nameAr: t.name_ar,
      policy: policy ? presentPolicy(policy) : null,
      accrued: toDays(b.accrued),
      used: toDays(b.used),
      adjusted: toDays(b.adjusted),
      forfeited: toDays(b.forfeited),
      balance: toDays(b.balance),
    };
  });
  return { asOf, items };
}
