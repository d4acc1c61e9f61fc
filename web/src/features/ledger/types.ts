/**
 * The ledger's API shapes as the web reads them (src/modules/ledger/*.schemas.ts on the server).
 * Amounts are decimal strings from the API and stay strings: see money.ts.
 */
export const ACCOUNT_TYPES = ['asset', 'liability', 'equity', 'income', 'expense'] as const;
export type AccountType = (typeof ACCOUNT_TYPES)[number];

export const ACCOUNT_SUBTYPES = ['bank', 'cash', 'receivable', 'payable', 'tax', 'inventory', 'fixed_asset', 'retained_earnings', 'suspense', 'other'] as const;
export type AccountSubtype = (typeof ACCOUNT_SUBTYPES)[number];

export type Account = {
  id: string;
  code: string;
  nameEn: string;
  nameAr: string;
  type: AccountType;
  subtype: AccountSubtype;
  parentId: string | null;
  currency: string | null;
  postable: boolean;
  active: boolean;
};

export type AccountNode = Account & { children: AccountNode[] };

export type Journal = {
  id: string;
  code: string;
  nameEn: string;
  nameAr: string;
  kind: string;
  prefix: string;
  active: boolean;
  entries: number;
};

export type Currency = { code: string; numericCode: string; minorUnits: number; name: string };

export type LedgerSettings = { lockDate: string | null; baseCurrency: string; fiscalYearStartMonth: number };

export type Period = {
  id: string;
  fiscalYear: number;
  periodNo: number;
  startDate: string;
  endDate: string;
  status: 'open' | 'closed';
  closedAt: string | null;
};

export type EntryStatus = 'draft' | 'posted';

export type EntrySummary = {
  id: string;
  journalId: string;
  journalCode: string;
  status: EntryStatus;
  date: string;
  number: string | null;
  memo: string | null;
  reference: string | null;
  author: string;
  poster: string | null;
  postedAt: string | null;
  reversesEntryId: string | null;
};

export type EntryLine = {
  lineNo: number;
  accountId: string;
  accountCode: string;
  currency: string;
  /** Signed: debit positive, credit negative. */
  amount: string;
  debit: string | null;
  credit: string | null;
  baseAmount: string;
  rate: string;
  memo: string | null;
};

export type Entry = EntrySummary & {
  reversedByEntryId: string | null;
  hash: string | null;
  prevHash: string | null;
  lines: EntryLine[];
};

export type LineInput = {
  accountId: string;
  debit?: string;
  credit?: string;
  currency?: string;
  rate?: string;
  baseAmount?: string;
  memo?: string;
};

export type EntryInput = { journalId: string; date: string; memo?: string; reference?: string; lines: LineInput[] };

export type TrialBalanceRow = {
  accountId: string;
  code: string;
  nameEn: string;
  nameAr: string;
  type: string;
  currency: string;
  balance: string;
  baseBalance: string;
};

export type TrialBalance = {
  asOf: string;
  baseCurrency: string;
  rows: TrialBalanceRow[];
  totals: { currency: string; balance: string }[];
  baseTotal: string;
};

/** One refusal from the server: `lines.2.accountId`, `journalId`, `rows.4.code`… */
export type Issue = { path: string; message: string; code?: string; params?: Record<string, string | number> };

/** UNBALANCED details: one per currency that does not balance (and the base currency, `base: true`). */
export type Imbalance = Issue & { currency: string; base: boolean; debit: string; credit: string; difference: string };
