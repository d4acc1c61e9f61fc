import { recordAudit } from '../../platform/audit/record-audit.ts';
import type { CompanyDb } from '../../platform/db/company-scope.ts';
import { inTransaction } from '../../platform/db/transaction.ts';
import { decidableRequest } from './approve-leave.ts';
import { requireEmployee } from './employee-access.ts';
import { notifyEmployee } from './leave-decision-notices.ts';
import { actingEmployee } from './leave-request-access.ts';
import { leaveRequestView, visibleRequest } from './leave-request-view.ts';
import { updateLeaveRequestFrom } from './leave-requests.repository.ts';
import { type LeaveRequestView, rejectInputSchema } from './leave-requests.schemas.ts';
import { type PeopleCall, today } from './people-db.ts';
import { refuse } from './request-leave.ts';

/** Turn a pending request down, with a reason the employee reads. Nothing touches the balance. */
export async function rejectLeave(
  db: CompanyDb,
  call: PeopleCall & { emailEnabled?: boolean },
  id: string,
  input: { reason: string },
): Promise<LeaveRequestView> {
  const day = today(call);
  return inTransaction(db, async (trx) => {
    // find the request first: an id out of reach answers 404 whatever the body
    await visibleRequest(trx, call.actor, id, day);
    const { reason } = rejectInputSchema.parse(input);
    const row = await decidableRequest(trx, call, id, day);
    const now = call.clock.now().toISOString();
    const moved = await updateLeaveRequestFrom(trx, id, 'pending', {
      status: 'rejected',
      decided_at: now,
      decided_by: call.actor.label,
      decision_reason: reason,
    });
    if (!moved) throw refuse('status', 'notPending', 'The request was decided meanwhile');
    await recordAudit(trx, call.clock, call.actor, {
      action: 'people.leave.rejected',
      targetType: 'people_leave_request',
      targetId: id,
      summary: { employeeId: row.employee_id, from: row.from_date, to: row.to_date, reason },
    });
    const view = await leaveRequestView(trx, call.actor, id, day, (await actingEmployee(trx, call.actor))?.id ?? null);
    await notifyEmployee(trx, call, await requireEmployee(trx, row.employee_id), view, 'rejected');
    return view;
  });
}
