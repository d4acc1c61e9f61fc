import { recordAudit } from '../../platform/audit/record-audit.ts';
import type { CompanyDb } from '../../platform/db/company-scope.ts';
import { inTransaction } from '../../platform/db/transaction.ts';
import { inEffectOn } from './effective-dating.ts';
import { findEmployeesByIds } from './employees.repository.ts';
import { compensationOf } from './history.repository.ts';
import { listEmployees } from './list-employees.ts';
import { payToDecimal } from './pay-amount.ts';
import { CSV_COLUMNS, CSV_SENSITIVE_COLUMNS, toCsv } from './people-csv.ts';
import { type PeopleCall, today } from './people-db.ts';
import { fieldContext, openSensitive } from './sensitive-fields.ts';

/**
 * Employees as CSV in the import's columns. Sensitive columns (and current pay) are included only
 * for holders of `people.sensitive.read`; either way the export of personal data is audited.
 */
export async function exportEmployees(db: CompanyDb, call: PeopleCall, filter: { q?: string; departmentId?: string; status: 'active' | 'ended' | 'all' }) {
  return toCsv(await employeeExportLines(db, call, filter, 'csv'));
}

/** The export's header and rows (sensitive columns only for people.sensitive.read); audits the export with its format. */
export async function employeeExportLines(
  db: CompanyDb,
  call: PeopleCall,
  filter: { q?: string; departmentId?: string; status: 'active' | 'ended' | 'all' },
  format: 'csv' | 'xlsx',
) {
  const sensitive = call.actor.permissions.has('people.sensitive.read');
  const asOf = today(call);
  return inTransaction(db, async (trx) => {
    const { items } = await listEmployees(trx, { ...filter, asOf }, { page: 1, pageSize: 100_000 });
    const rows = new Map(
      (
        await findEmployeesByIds(
          trx,
          items.map((e) => e.id),
        )
      ).map((r) => [r.id, r]),
    );
    const managerIds = [...new Set(items.map((e) => e.current?.managerId).filter((x): x is string => !!x))];
    const numberOf = new Map((await findEmployeesByIds(trx, managerIds)).map((r) => [r.id, r.employee_number]));
    const lines: (string | null | undefined)[][] = [[...CSV_COLUMNS, ...(sensitive ? CSV_SENSITIVE_COLUMNS : [])]];
    for (const e of items) {
      const row = rows.get(e.id);
      if (!row) continue;
      const c = e.current;
      const base = [
        row.employee_number,
        row.name_en,
        row.name_ar,
        row.email,
        row.phone,
        row.address,
        row.hire_date,
        row.end_date,
        row.end_reason,
        row.employment_type,
        row.work_location,
        row.time_zone,
        c?.departmentName?.en,
        c?.positionTitle?.en,
        c?.managerId ? (numberOf.get(c.managerId) ?? c.managerId) : null,
      ];
      if (sensitive) {
        const s = openSensitive(call.secrets, row);
        const pay = inEffectOn(
          (await compensationOf(trx, row.id)).map((p) => ({ ...p, effectiveDate: p.effective_date })),
          asOf,
        );
        const amount = pay
          ? await payToDecimal(trx, BigInt(call.secrets.decrypt(pay.amount_enc, fieldContext('people_compensation.amount', pay.id))), pay.currency)
          : null;
        base.push(s.nationalId, s.birthDate, s.iban, s.emergencyContact, s.healthNotes, amount, pay?.currency, pay?.basis);
      }
      lines.push(base);
    }
    await recordAudit(trx, call.clock, call.actor, { action: 'people.exported', summary: { rows: items.length, sensitive, format } });
    return lines;
  });
}
