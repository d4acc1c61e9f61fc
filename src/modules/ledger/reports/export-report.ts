import { recordAudit } from '../../../platform/audit/record-audit.ts';
import type { CompanyDb } from '../../../platform/db/company-scope.ts';
import { AppError } from '../../../platform/errors.ts';
import type { LedgerCall } from '../ledger-db.ts';
import { accountRegister } from './account-register.ts';
import { balanceSheet } from './balance-sheet.ts';
import { incomeStatement } from './income-statement.ts';
import type { Lang } from './report-labels.ts';
import { moneyFormat } from './report-money.ts';
import type { ReportTable } from './report-table.ts';
import { balanceSheetTable, incomeStatementTable, registerTable, trialBalanceTable } from './report-tables.ts';
import type { BalanceSheetQuery, IncomeStatementQuery, Register, RegisterQuery, TrialBalanceReportQuery } from './reports.schemas.ts';
import { trialBalanceReport } from './trial-balance-report.ts';
import { writeCsv } from './write-csv.ts';
import { writeXlsx } from './write-xlsx.ts';

export type ExportRequest =
  | { report: 'trial-balance'; query: TrialBalanceReportQuery }
  | { report: 'register'; query: Omit<RegisterQuery, 'cursor' | 'pageSize'> }
  | { report: 'income-statement'; query: IncomeStatementQuery }
  | { report: 'balance-sheet'; query: BalanceSheetQuery };

export interface ExportFacts {
  baseCurrency: string;
  fiscalYearStartMonth: number;
}

/** A register export holds at most this many lines; past it the caller narrows the dates. */
export const REGISTER_EXPORT_LIMIT = 100_000;

async function wholeRegister(db: CompanyDb, q: ExportRequest & { report: 'register' }, baseCurrency: string): Promise<Register> {
  let page = await accountRegister(db, { ...q.query, pageSize: 500 }, baseCurrency);
  const all = { ...page, items: [...page.items] };
  while (page.nextCursor) {
    if (all.items.length >= REGISTER_EXPORT_LIMIT)
      throw new AppError('VALIDATION', `More than ${REGISTER_EXPORT_LIMIT} lines: narrow the dates`, [{ path: 'to', message: 'Too many lines' }]);
    page = await accountRegister(db, { ...q.query, pageSize: 500, cursor: page.nextCursor }, baseCurrency);
    all.items.push(...page.items);
  }
  return { ...all, nextCursor: null };
}

export async function reportTable(db: CompanyDb, r: ExportRequest, lang: Lang, facts: ExportFacts): Promise<ReportTable> {
  switch (r.report) {
    case 'trial-balance': {
      const tb = await trialBalanceReport(db, r.query, facts.baseCurrency);
      return trialBalanceTable(tb, lang, await moneyFormat(db, [facts.baseCurrency, ...tb.rows.map((x) => x.currency)]));
    }
    case 'register': {
      const reg = await wholeRegister(db, r, facts.baseCurrency);
      return registerTable(reg, lang, await moneyFormat(db, [facts.baseCurrency, ...reg.items.map((x) => x.currency)]));
    }
    case 'income-statement': {
      const is = await incomeStatement(db, r.query, facts.baseCurrency);
      return incomeStatementTable(is, lang, await moneyFormat(db, [is.currency]));
    }
    case 'balance-sheet': {
      const bs = await balanceSheet(db, r.query, facts);
      return balanceSheetTable(bs, lang, await moneyFormat(db, [bs.currency]));
    }
  }
}

export const CONTENT_TYPES = {
  csv: 'text/csv; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
} as const;

/**
 * A report as a CSV or XLSX file. Every export is recorded in the audit log (who took which figures
 * out, with which filters), whether from the web, an API token or the command line.
 */
export async function exportReport(
  db: CompanyDb,
  call: LedgerCall,
  r: ExportRequest,
  opts: { format: 'csv' | 'xlsx'; lang: Lang; bom?: boolean },
  facts: ExportFacts,
) {
  const table = await reportTable(db, r, opts.lang, facts);
  const body = opts.format === 'csv' ? writeCsv(table, { bom: opts.bom }) : await writeXlsx(table);
  await recordExport(db, call, r.report, { format: opts.format, lang: opts.lang, rows: table.rows.length, ...r.query });
  return { body, contentType: CONTENT_TYPES[opts.format], filename: `${r.report}.${opts.format}` };
}

/** The audit event of one export: which report, in which form, with which filters. */
export const recordExport = (db: CompanyDb, call: LedgerCall, report: string, summary: Record<string, unknown>) =>
  recordAudit(db, call.clock, call.actor, { action: 'ledger.report.exported', targetType: 'ledger_report', targetId: report, summary: { report, ...summary } });
