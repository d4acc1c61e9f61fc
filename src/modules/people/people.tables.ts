import type { ChangeRequestTable } from './change-requests.tables.ts';

/**
 * Kysely types of the People tables. Sensitive fields are stored only as secret-box ciphertext
 * (`*_enc`, AES-256-GCM, the key id inside the stored form); dates are `YYYY-MM-DD`, instants ISO UTC.
 */
export const EMPLOYMENT_TYPES = ['full_time', 'part_time', 'contractor', 'intern'] as const;
export type EmploymentType = (typeof EMPLOYMENT_TYPES)[number];

export const WORK_LOCATIONS = ['office', 'remote', 'hybrid'] as const;
export type WorkLocation = (typeof WORK_LOCATIONS)[number];

export const PAY_BASES = ['hour', 'month', 'year'] as const;
export type PayBasis = (typeof PAY_BASES)[number];

export interface DepartmentTable {
  id: string;
  company_id: string;
  name_en: string;
  name_ar: string;
  parent_id: string | null;
  created_at: string;
}

export interface PositionTable {
  id: string;
  company_id: string;
  title_en: string;
  title_ar: string;
  department_id: string | null;
  /** How many people the company plans to hold this position. */
  headcount: bigint;
  created_at: string;
}

export interface EmployeeTable {
  id: string;
  company_id: string;
  employee_number: string;
  name_en: string;
  name_ar: string;
  email: string | null;
  phone: string | null;
  address: string | null;
  /** The user account of this employee (self-service), at most one employee per user and company. */
  user_id: string | null;
  hire_date: string;
  end_date: string | null;
  end_reason: string | null;
  employment_type: EmploymentType;
  work_location: WorkLocation;
  time_zone: string;
  national_id_enc: string | null;
  birth_date_enc: string | null;
  iban_enc: string | null;
  emergency_contact_enc: string | null;
  health_notes_enc: string | null;
  /** Names, number and e-mail normalised for search (`search-text.ts`); kept by the repository. */
  search_text: string | null;
  created_at: string;
  updated_at: string;
}

/** One assignment (department, position, manager) from a date; append-only. */
export interface JobRecordTable {
  id: string;
  company_id: string;
  employee_id: string;
  effective_date: string;
  department_id: string | null;
  position_id: string | null;
  manager_id: string | null;
  reason: string;
  recorded_at: string;
  recorded_by: string;
}

/** A job record with the day its successor starts (exclusive; `9999-12-31` while none): `job-spans.ts`. */
export interface JobSpanTable {
  /** The job record's id. */
  id: string;
  company_id: string;
  employee_id: string;
  valid_from: string;
  valid_until: string;
  department_id: string | null;
  position_id: string | null;
  manager_id: string | null;
}

/** One rate of pay from a date; append-only. The amount (minor units) is ciphertext. */
export interface CompensationTable {
  id: string;
  company_id: string;
  employee_id: string;
  effective_date: string;
  amount_enc: string;
  currency: string;
  basis: PayBasis;
  reason: string;
  recorded_at: string;
  recorded_by: string;
}

/** A public holiday of the company (one row a date); a half day leaves the morning worked. */
export interface HolidayTable {
  id: string;
  company_id: string;
  date: string;
  name_en: string;
  name_ar: string;
  /** 1 for a half day, 0 for a full day (booleans are integers on both dialects). */
  half_day: bigint;
  created_at: string;
}

/** A kind of leave (annual, sick, unpaid, …); `code` is the company's short key. */
export interface LeaveTypeTable {
  id: string;
  company_id: string;
  code: string;
  name_en: string;
  name_ar: string;
  /** 1: a request may take the balance below zero. */
  allow_negative: bigint;
  created_at: string;
}

/** How a leave type accrues for one employment type, or for every one (`all`). Amounts in hundredths of a day. */
export interface LeavePolicyTable {
  id: string;
  company_id: string;
  leave_type_id: string;
  employment_type: EmploymentType | 'all';
  accrual: 'monthly' | 'yearly';
  per_year: bigint;
  carry_over_cap: bigint | null;
  updated_at: string;
}

/** Usage (approved leave) and HR adjustments of a balance: append-only; accruals are derived, never stored. */
export interface LeaveEntryTable {
  id: string;
  company_id: string;
  employee_id: string;
  leave_type_id: string;
  date: string;
  kind: 'usage' | 'adjustment';
  amount: bigint;
  reason: string;
  recorded_at: string;
  recorded_by: string;
}

export interface PeopleTables {
  people_department: DepartmentTable;
  people_position: PositionTable;
  people_employee: EmployeeTable;
  people_job: JobRecordTable;
  people_job_span: JobSpanTable;
  people_compensation: CompensationTable;
  people_holiday: HolidayTable;
  people_leave_type: LeaveTypeTable;
  people_leave_policy: LeavePolicyTable;
  people_leave_entry: LeaveEntryTable;
  people_change_request: ChangeRequestTable;
}

export const PEOPLE_COMPANY_TABLES = [
  'people_department',
  'people_position',
  'people_employee',
  'people_job',
  'people_job_span',
  'people_compensation',
  'people_holiday',
  'people_leave_type',
  'people_leave_policy',
  'people_leave_entry',
  'people_leave_request',
  'people_change_request',
];
