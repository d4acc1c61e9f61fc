export const LEAVE_REQUEST_STATUSES = ['pending', 'approved', 'rejected', 'cancelled'] as const;
export type LeaveRequestStatus = (typeof LEAVE_REQUEST_STATUSES)[number];

/**
 * A leave request: a workflow record whose status moves pending → approved | rejected | cancelled.
 * Its effect on a balance is an append-only `people_leave_entry` usage record written at approval
 * (`usage_entry_id`) and a negative one when an approved request is cancelled (`reversal_entry_id`).
 * `amount` is the working days in hundredths of a day; booleans are 0/1.
 */
export interface LeaveRequestTable {
  id: string;
  company_id: string;
  employee_id: string;
  leave_type_id: string;
  from_date: string;
  to_date: string;
  starts_afternoon: bigint;
  ends_midday: bigint;
  amount: bigint;
  note: string | null;
  status: LeaveRequestStatus;
  requested_at: string;
  requested_by: string;
  decided_at: string | null;
  decided_by: string | null;
  decision_reason: string | null;
  usage_entry_id: string | null;
  reversal_entry_id: string | null;
}
