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
  status: 'draft' | 'approved' | 'closed';
  closedBy: string | null;
  closedAt: string | null;
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
  /** the ledger dimension slot of the budget's dimension (its values filter the drill-down) */
  dimensionSlot: number | null;
  page: number;
  pageSize: number;
  /** every line of the report, across pages */
  totalLines: number;
  /** per account type, over every line */
  totals: { type: string; months: Figures[]; ytd: Figures; year: Figures }[];
  /** the eight largest year-to-date variances, over every line */
  topVariances: ReportLine[];
  /** this page's lines */
  lines: ReportLine[];
}
export interface Cell {
  accountId: string;
  month: string;
  dimensionValueId?: string | null;
  amount: string;
}

interface LineId {
  accountId: string;
  code: string;
  nameEn: string;
  nameAr: string;
  type: string;
  dimensionValueId: string | null;
}
export interface Comparison {
  budgetId: string;
  a: { id: string; number: number; status: string };
  b: { id: string; number: number; status: string };
  months: string[];
  lines: (LineId & { a: string[]; b: string[]; diff: string[]; totalA: string; totalB: string; totalDiff: string; changed: boolean })[];
}
export interface Forecast {
  budgetId: string;
  revisionId: string;
  currency: string;
  months: string[];
  closedMonths: string[];
  lines: (LineId & {
    method: 'budget' | 'trend';
    trendMonths: number;
    values: string[];
    sources: ('actual' | 'budget' | 'trend')[];
    total: string;
    budgetTotal: string;
  })[];
  netIncome: string[];
  cash: string[];
}
export interface Adjustment {
  id: string;
  kind: 'percent' | 'one-off' | 'hire';
  label: string;
  accountIds: string[];
  fromMonth: string;
  percent: string | null;
  amount: string | null;
}
export interface Scenario {
  id: string;
  budgetId: string;
  name: string;
  base: 'budget' | 'forecast';
  createdBy: string;
  adjustments: Adjustment[];
}
interface Totals {
  netIncome: string[];
  cash: string[];
}
export interface ScenarioComparison {
  budgetId: string;
  scenario: Scenario;
  months: string[];
  base: Totals;
  result: Totals;
  difference: Totals;
  lines: (LineId & { base: string[]; result: string[]; changed: boolean })[];
}

export const budgetsKey = ['budgets'] as const;
