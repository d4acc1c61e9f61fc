/** Shapes of the budgets API (server: src/modules/budgets/budgets.schemas.ts). */
export interface Revision {
  id: string;
  number: number;
  status: 'draft' | 'approved';
  approvedBy: string | null;
  approvedAt: string | null;
}
export interface Budget {
  id: string;
  name: string;
  fiscalYear: number;
  currency: string;
  dimensionId: string | null;
  alertThresholdPct: number;
  ownerUserId: string | null;
  status: 'draft' | 'approved';
  revision: Revision;
  revisions: Revision[];
  months: string[];
}
export interface GridLine {
  accountId: string;
  code: string;
  nameEn: string;
  nameAr: string;
  type: string;
  dimensionValueId: string | null;
  amounts: string[];
  total: string;
}
export interface Grid {
  budgetId: string;
  revisionId: string;
  editable: boolean;
  months: string[];
  lines: GridLine[];
}
export interface Figures {
  budget: string;
  actual: string;
  variance: string;
  variancePct: string | null;
}
export interface ReportLine {
  accountId: string;
  code: string;
  nameEn: string;
  nameAr: string;
  type: string;
  dimensionValueId: string | null;
  months: Figures[];
  ytd: Figures;
  year: Figures;
  favourable: boolean;
}
export interface Report {
  budgetId: string;
  revisionId: string;
  currency: string;
  months: string[];
  throughMonth: string;
  lines: ReportLine[];
}
export interface Cell {
  accountId: string;
  month: string;
  dimensionValueId?: string | null;
  amount: string;
}

export const budgetsKey = ['budgets'] as const;
