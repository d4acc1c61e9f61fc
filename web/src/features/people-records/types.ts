import type { Named } from '../people/types';

export type FieldChange = { field: string; current?: string | null; proposed?: string | null; sensitive: boolean };
export type ChangeRequest = {
  id: string;
  employeeId: string;
  employeeNumber: string;
  employeeName: Named;
  status: 'pending' | 'approved' | 'rejected';
  changes: FieldChange[];
  note: string;
  createdAt: string;
  decidedAt: string | null;
  decisionReason: string | null;
};
export type Page<T> = { items: T[]; total: number; page: number; pageSize: number };
export type OrgPerson = {
  id: string;
  employeeNumber: string;
  nameEn: string;
  nameAr: string;
  departmentName: Named | null;
  positionTitle: Named | null;
  directReports: number;
};
export type MonthFigures = { month: string; headcount: number; joiners: number; leavers: number };
export type HeadcountReport = {
  from: string;
  to: string;
  opening: number;
  months: MonthFigures[];
  departments: { departmentId: string | null; departmentName: Named; months: MonthFigures[] }[];
};
export type TurnoverFigures = { opening: number; closing: number; joiners: number; leavers: number; averageHeadcount: string; rate: string | null };
export type TurnoverReport = {
  from: string;
  to: string;
  total: TurnoverFigures;
  monthly: (TurnoverFigures & { month: string })[];
  departments: (TurnoverFigures & { departmentId: string | null; departmentName: Named })[];
};
export type LeaveReport = {
  from: string;
  to: string;
  rows: {
    leaveTypeId: string;
    code: string;
    leaveTypeName: Named;
    departmentId: string | null;
    departmentName: Named;
    taken: number;
    balance: number;
    employees: number;
  }[];
};
export const REQUESTABLE = ['nameEn', 'nameAr', 'phone', 'email', 'address', 'emergencyContact'] as const;
export type Requestable = (typeof REQUESTABLE)[number];
