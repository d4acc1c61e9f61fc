import type { CompanyDb } from '../../platform/db/company-scope.ts';
import { listLeavePolicyRows, listLeaveTypeRows } from './leave.repository.ts';
import { type LeaveTypeView, toDays } from './leave.schemas.ts';
import type { LeavePolicyTable } from './people.tables.ts';

export const presentPolicy = (p: LeavePolicyTable) => ({
  id: p.id,
  employmentType: p.employment_type,
  accrual: p.accrual,
  daysPerYear: toDays(p.per_year),
  carryOverCap: p.carry_over_cap === null ? null : toDays(p.carry_over_cap),
});

/** The company's leave types, each with its policies. */
export async function listLeaveTypes(db: CompanyDb): Promise<LeaveTypeView[]> {
  const [types, policies] = await Promise.all([listLeaveTypeRows(db), listLeavePolicyRows(db)]);
  return types.map((t) => ({
    id: t.id,
    code: t.code,
    nameEn: t.name_en,
    nameAr: t.name_ar,
    allowNegative: Number(t.allow_negative) === 1,
    policies: policies.filter((p) => p.leave_type_id === t.id).map(presentPolicy),
  }));
}
