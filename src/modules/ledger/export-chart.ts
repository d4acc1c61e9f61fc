import type { CompanyDb } from '../../platform/db/company-scope.ts';
import { listAccounts } from './accounts.repository.ts';
import { toCsv } from './csv.ts';
import { flag } from './ledger-db.ts';

export const CHART_COLUMNS = ['code', 'parent_code', 'type', 'subtype', 'postable', 'currency', 'active', 'name_en', 'name_ar'] as const;

/** The chart as CSV, one account per row, parents named by code; `importChartCsv` reads it back. */
export async function exportChartCsv(db: CompanyDb): Promise<string> {
  const { rows } = await listAccounts(db, {});
  const codes = new Map(rows.map((r) => [r.id, r.code]));
  return toCsv([
    [...CHART_COLUMNS],
    ...rows.map((r) => [
      r.code,
      r.parent_id ? (codes.get(r.parent_id) ?? '') : '',
      r.type,
      r.subtype,
      flag(r.postable) ? 'true' : 'false',
      r.currency ?? '',
      flag(r.active) ? 'true' : 'false',
      r.name_en,
      r.name_ar,
    ]),
  ]);
}
