import type { CompanyDb } from '../../platform/db/company-scope.ts';
import { requireEmployee } from './employee-access.ts';
import { findLeaveType, leaveEntriesOf } from './leave.repository.ts';
import { toDays } from './leave.schemas.ts';
import { leaveBalances } from './leave-balances.ts';
import { pendingRequestsOf } from './leave-requests.repository.ts';

/** Usage recorded after `date` (approved leave that starts later), hundredths of a day, per leave type. */
async function usageAfter(db: CompanyDb, employeeId: string, date: string) {
  const out = new Map<string, number>();
  for (const e of await leaveEntriesOf(db, employeeId)) {
    if (e.kind === 'usage' && e.date > date) out.set(e.leave_type_id, (out.get(e.leave_type_id) ?? 0) + Number(e.amount));
  }
  return out;
}

/**
 * What an employee can still take of a leave type on `date`, hundredths of a day: the derived balance on
 * that date (accrual up to it) minus approved leave dated after it.
 */
export async function availableOn(db: CompanyDb, employeeId: string, leaveTypeId: string, date: string): Promise<number> {
  const [balances, later] = await Promise.all([leaveBalances(db, employeeId, date), usageAfter(db, employeeId, date)]);
  const b = balances.items.find((i) => i.leaveTypeId === leaveTypeId);
  return Math.round((b?.balance ?? 0) * 100) - (later.get(leaveTypeId) ?? 0);
}

/** Every leave type's balance today, what approved future leave has booked, what waits for a decision, and what is left. */
export async function leaveAvailability(db: CompanyDb, employeeId: string, asOf: string) {
  await requireEmployee(db, employeeId);
  const [balances, later, pending] = await Promise.all([
    leaveBalances(db, employeeId, asOf),
    usageAfter(db, employeeId, asOf),
    pendingRequestsOf(db, employeeId),
  ]);
  const items = await Promise.all(
    balances.items.map(async (b) => {
      const booked = later.get(b.leaveTypeId) ?? 0;
      const waiting = pending.filter((r) => r.leave_type_id === b.leaveTypeId).reduce((s, r) => s + Number(r.amount), 0);
      const type = await findLeaveType(db, b.leaveTypeId);
      return {
        leaveTypeId: b.leaveTypeId,
        code: b.code,
        nameEn: b.nameEn,
        nameAr: b.nameAr,
        allowNegative: Number(type?.allow_negative ?? 0) === 1,
        balance: b.balance,
        booked: toDays(booked),
        pending: toDays(waiting),
        available: toDays(Math.round(b.balance * 100) - booked),
      };
    }),
  );
  return { asOf, items };
}
