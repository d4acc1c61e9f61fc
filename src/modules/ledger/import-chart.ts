import { recordAudit } from '../../platform/audit/record-audit.ts';
import type { CompanyDb } from '../../platform/db/company-scope.ts';
import { inTransaction } from '../../platform/db/transaction.ts';
import { AppError, isAppError } from '../../platform/errors.ts';
import { findAccountByCode } from './accounts.repository.ts';
import { accountInputSchema } from './chart.schemas.ts';
import { createAccount } from './create-account.ts';
import { CsvError, parseCsv } from './csv.ts';
import { CHART_COLUMNS } from './export-chart.ts';
import type { Issue } from './journal-entry.ts';
import type { LedgerCall } from './ledger-db.ts';
import { issueAt } from './refusals.ts';
import { updateAccount } from './update-account.ts';

/**
 * Import a chart from CSV (the export's columns), all rows or none: an account whose code exists is
 * updated (its type must not change; archiving is not done by import), a new code is created.
 * Parents may come later in the file than their children. Every bad row is reported as
 * `rows.<line>.<column>` and nothing is written.
 */
export async function importChartCsv(db: CompanyDb, call: LedgerCall, csv: string) {
  let table: string[][];
  try {
    table = parseCsv(csv);
  } catch (err) {
    if (err instanceof CsvError) throw new AppError('VALIDATION', 'The file is not valid CSV', [issueAt(`rows.${err.line}`, err.code)]);
    throw err;
  }
  const [header, ...body] = table;
  const missing = CHART_COLUMNS.filter((c) => !header?.includes(c) && c !== 'active');
  if (!header || missing.length)
    throw new AppError('VALIDATION', 'Missing columns', [issueAt('rows.1', 'ledger.csv_missing_columns', { columns: missing.join(', ') })]);
  const col = (row: string[], name: string) => (row[header.indexOf(name)] ?? '').trim();
  const issues: Issue[] = [];
  const parsed = body.map((row, i) => ({ line: i + 2, parentCode: col(row, 'parent_code') || null, row }));
  const byCode = new Map(parsed.map((r) => [col(r.row, 'code'), r]));
  // Parents before children: order by depth within the file.
  const depth = (code: string, seen = new Set<string>()): number => {
    const r = byCode.get(code);
    if (!r?.parentCode || seen.has(code)) return 0;
    seen.add(code);
    return 1 + depth(r.parentCode, seen);
  };
  parsed.sort((a, b) => depth(col(a.row, 'code')) - depth(col(b.row, 'code')) || a.line - b.line);
  const report = { created: 0, updated: 0, unchanged: 0 };
  await inTransaction(db, async (trx) => {
    for (const { line, parentCode, row } of parsed) {
      const input = {
        code: col(row, 'code'),
        nameEn: col(row, 'name_en'),
        nameAr: col(row, 'name_ar'),
        type: col(row, 'type'),
        subtype: col(row, 'subtype') || 'other',
        currency: col(row, 'currency') || null,
        postable: col(row, 'postable').toLowerCase() !== 'false',
      };
      const shape = accountInputSchema.omit({ parentId: true }).safeParse(input);
      if (!shape.success) {
        for (const i of shape.error.issues) issues.push({ path: `rows.${line}.${String(i.path[0] ?? 'code')}`, message: i.message });
        continue;
      }
      const parent = parentCode ? await findAccountByCode(trx, parentCode) : undefined;
      if (parentCode && !parent) {
        issues.push(issueAt(`rows.${line}.parent_code`, 'ledger.import_no_parent', { code: parentCode }));
        continue;
      }
      try {
        const existing = await findAccountByCode(trx, shape.data.code);
        if (!existing) {
          await createAccount(trx, call, { ...shape.data, parentId: parent?.id ?? null });
          report.created++;
        } else if (existing.type !== shape.data.type) {
          issues.push(issueAt(`rows.${line}.type`, 'ledger.account_type_fixed', { account: existing.code, type: existing.type }));
        } else {
          const same =
            existing.name_en === shape.data.nameEn &&
            existing.name_ar === shape.data.nameAr &&
            existing.subtype === shape.data.subtype &&
            existing.currency === (shape.data.currency ?? null) &&
            existing.parent_id === (parent?.id ?? null) &&
            Number(existing.postable) === (shape.data.postable ? 1 : 0);
          if (same) report.unchanged++;
          else {
            const { code: _c, type: _t, ...patch } = shape.data;
            await updateAccount(trx, call, existing.id, { ...patch, parentId: parent?.id ?? null });
            report.updated++;
          }
        }
      } catch (err) {
        if (!isAppError(err) || !['VALIDATION', 'CONFLICT'].includes(err.code)) throw err;
        // A refusal's own code and params travel with the row's path (a CONFLICT carries them in its details object).
        const one = err.details as { code?: string; params?: Record<string, unknown> } | undefined;
        const details = Array.isArray(err.details)
          ? (err.details as Issue[])
          : [{ path: 'code', message: err.message, ...(one?.code ? { code: one.code } : {}), ...(one?.params ? { params: one.params } : {}) }];
        for (const d of details) issues.push({ path: `rows.${line}.${d.path === 'parentId' ? 'parent_code' : d.path}`, message: d.message });
      }
    }
    if (issues.length) throw new AppError('VALIDATION', `${issues.length} problem(s) in the file; nothing was imported`, issues);
    await recordAudit(trx, call.clock, call.actor, { action: 'ledger.chart.imported', summary: report });
  });
  return report;
}
