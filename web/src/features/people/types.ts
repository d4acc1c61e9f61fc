export type Named = { en: string; ar: string };
export type Assignment = {
  effectiveDate: string;
  until: string | null;
  departmentId: string | null;
  departmentName: Named | null;
  positionId: string | null;
  positionTitle: Named | null;
  managerId: string | null;
  managerName: Named | null;
  reason: string;
};
export type EmployeeSummary = {
  id: string;
  employeeNumber: string;
  nameEn: string;
  nameAr: string;
  email: string | null;
  hireDate: string;
  endDate: string | null;
  employmentType: string;
  workLocation: string;
  current: Assignment | null;
};
export type Employee = EmployeeSummary & {
  phone: string | null;
  address: string | null;
  timeZone: string;
  userId: string | null;
  endReason: string | null;
  timeline: Assignment[];
  redacted: string[];
  access: 'hr' | 'manager' | 'self';
};
export type Compensation = {
  id: string;
  effectiveDate: string;
  until: string | null;
  amount: string;
  currency: string;
  basis: 'hour' | 'month' | 'year';
  reason: string;
};
export type Sensitive = {
  nationalId: string | null;
  birthDate: string | null;
  iban: string | null;
  emergencyContact: string | null;
  healthNotes: string | null;
  compensation: Compensation[];
};
export type Department = { id: string; nameEn: string; nameAr: string; parentId: string | null };
export type DepartmentNode = Department & { headcount: number; totalHeadcount: number; children: DepartmentNode[] };

/** The name in the interface language. */
export const nameIn = (lang: string, n: { en: string; ar: string } | null | undefined) => (n ? (lang === 'ar' ? n.ar : n.en) : '');
export type Position = { id: string; titleEn: string; titleAr: string; departmentId: string | null; headcount: number; filled: number };
export type ImportReport = { imported: number; errors: { row: number; field: string; message: string }[] };
export type Holiday = { id: string; date: string; nameEn: string; nameAr: string; halfDay: boolean };
export type CompanyCalendar = { year: number; workWeek: number[]; holidays: Holiday[]; workingDays: number };
export type LeavePolicy = { id: string; employmentType: string; accrual: 'monthly' | 'yearly'; daysPerYear: number; carryOverCap: number | null };
export type LeaveType = { id: string; code: string; nameEn: string; nameAr: string; allowNegative: boolean; policies: LeavePolicy[] };
export type LeaveBalance = {
  leaveTypeId: string;
  code: string;
  nameEn: string;
  nameAr: string;
  policy: LeavePolicy | null;
  accrued: number;
  used: number;
  adjusted: number;
  forfeited: number;
  balance: number;
};
export type LeaveBalances = { asOf: string; items: LeaveBalance[] };
