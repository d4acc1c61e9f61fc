import { recordAudit } from '../../platform/audit/record-audit.ts';
import type { CompanyDb } from '../../platform/db/company-scope.ts';
import { inTransaction } from '../../platform/db/transaction.ts';
import { AppError, isAppError } from '../../platform/errors.ts';
import { createEmployee } from './create-employee.ts';
import { findEmployeeByNumber } from './employees.repository.ts';
import { listDepartmentRows, listPositionRows } from './org.repository.ts';
import { type EmployeeInput, employeeInputSchema, type ImportReport } from './people.schemas.ts';
import { readCsv } from './people-csv.ts';
import type { PeopleCall } from './people-db.ts';

type RowError = ImportReport['errors'][number];
class ImportRefused extends Error {
  constructor(readonly errors: RowError[]) {
    super('import refused');
  }
}

/** A CSV row as employee input: names of department and position, and the manager's employee number. */
function toInput(r: Record<string, string | undefined>, dept: Map<string, string>, pos: Map<string, string>, row: number, errors: RowError[]) {
  const input: Record<string, unknown> = { ...r };
  for (const k of ['department', 'position', 'managerNumber', 'payAmount', 'payCurrency', 'payBasis']) delete input[k];
  if (r.department) {
    input.departmentId = dept.get(r.department.toLowerCase());
    if (!input.departmentId) errors.push({ row, field: 'department', message: `No department named ${r.department}` });
  }
  if (r.position) {
    input.positionId = pos.get(r.position.toLowerCase());
    if (!input.positionId) errors.push({ row, field: 'position', message: `No position titled ${r.position}` });
  }
  if (r.payAmount || r.payCurrency || r.payBasis) input.compensation = { amount: r.payAmount, currency: r.payCurrency, basis: r.payBasis };
  const parsed = employeeInputSchema.safeParse(input);
  if (!parsed.success) {
    for (const i of parsed.error.issues) errors.push({ row, field: i.path.join('.').replace(/^compensation\./, 'pay.'), message: i.message });
    return undefined;
  }
  return parsed.data;
}

/**
 * Import employees from CSV (header row, columns of `CSV_COLUMNS` and the sensitive ones). All rows or
 * none: every row is checked, and any error returns the whole row-by-row report with nothing saved.
 * Rows are numbered as in a spreadsheet (the header is row 1). Managers may be earlier or later rows.
 */
export async function importEmployees(db: CompanyDb, call: PeopleCall, csv: string): Promise<ImportReport> {
  let records: Record<string, string | undefined>[];
  try {
    records = readCsv(csv);
  } catch (err) {
    return { imported: 0, errors: [{ row: Number((err as { lines?: number }).lines ?? 1), field: '', message: (err as Error).message }] };
  }
  const [depts, positions] = await Promise.all([listDepartmentRows(db), listPositionRows(db)]);
  const dept = new Map(depts.map((d) => [d.name_en.toLowerCase(), d.id]));
  const pos = new Map(positions.map((p) => [p.title_en.toLowerCase(), p.id]));
  const errors: RowError[] = [];
  const rows: { row: number; input: EmployeeInput; manager?: string }[] = [];
  const numbers = new Map<string, number>();
  for (const [i, r] of records.entries()) {
    const row = i + 2;
    const input = toInput(r, dept, pos, row, errors);
    if (!input) continue;
    const seen = numbers.get(input.employeeNumber);
    if (seen) errors.push({ row, field: 'employeeNumber', message: `Repeats row ${seen}` });
    else if (await findEmployeeByNumber(db, input.employeeNumber))
      errors.push({ row, field: 'employeeNumber', message: 'An employee has this number already' });
    numbers.set(input.employeeNumber, row);
    rows.push({ row, input, manager: r.managerNumber });
  }
  if (errors.length) return { imported: 0, errors };
  try {
    const imported = await inTransaction(db, async (trx) => {
      const created = new Map<string, string>();
      let pending = rows;
      // managers first: each pass creates the rows whose manager exists by now
      while (pending.length) {
        const next: typeof rows = [];
        for (const r of pending) {
          let managerId: string | undefined;
          if (r.manager) {
            managerId = created.get(r.manager) ?? (numbers.has(r.manager) ? undefined : (await findEmployeeByNumber(trx, r.manager))?.id);
            if (!managerId && numbers.has(r.manager)) {
              next.push(r);
              continue;
            }
            if (!managerId) errors.push({ row: r.row, field: 'managerNumber', message: `No employee numbered ${r.manager}` });
          }
          try {
            created.set(r.input.employeeNumber, (await createEmployee(trx, call, { ...r.input, managerId })).id);
          } catch (err) {
            if (!isAppError(err)) throw err;
            const details = Array.isArray(err.details) ? (err.details as { path: string; message: string }[]) : [{ path: '', message: err.message }];
            for (const d of details) errors.push({ row: r.row, field: d.path, message: d.message });
          }
        }
        if (next.length === pending.length) {
          for (const r of next) errors.push({ row: r.row, field: 'managerNumber', message: 'Managers form a loop' });
          break;
        }
        pending = next;
      }
      if (errors.length) throw new ImportRefused(errors);
      await recordAudit(trx, call.clock, call.actor, { action: 'people.imported', summary: { rows: created.size } });
      return created.size;
    });
    return { imported, errors: [] };
  } catch (err) {
    if (err instanceof ImportRefused) return { imported: 0, errors: err.errors.sort((a, b) => a.row - b.row) };
    if (isAppError(err)) throw err;
    throw new AppError('INTERNAL', (err as Error).message);
  }
}
