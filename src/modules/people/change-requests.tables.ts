/** Fields an employee may ask to change on their own record (self-service), HR approving. */
export const REQUESTABLE_FIELDS = ['nameEn', 'nameAr', 'phone', 'email', 'address', 'emergencyContact'] as const;
export type RequestableField = (typeof REQUESTABLE_FIELDS)[number];

export const CHANGE_REQUEST_STATUSES = ['pending', 'approved', 'rejected'] as const;
export type ChangeRequestStatus = (typeof CHANGE_REQUEST_STATUSES)[number];

/**
 * One self-service change request. `changes` is JSON of the proposed non-sensitive values;
 * the sensitive ones (emergency contact) are one secret-box ciphertext of JSON in `sensitive_enc`.
 */
export interface ChangeRequestTable {
  id: string;
  company_id: string;
  employee_id: string;
  requested_by: string;
  status: ChangeRequestStatus;
  changes: string;
  sensitive_enc: string | null;
  note: string;
  decided_by: string | null;
  decided_at: string | null;
  decision_reason: string | null;
  created_at: string;
}
