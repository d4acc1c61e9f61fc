import type { CompanyDb } from '../../platform/db/company-scope.ts';
import { AppError, isAppError } from '../../platform/errors.ts';
import { newId } from '../../platform/ids.ts';
import { MoneyError, toMinor } from '../ledger/index.ts';
import { userLinkIssues } from './create-employee.ts';
import { type PlannedEmployee, writeImport } from './import-write.ts';
import { listDepartmentRows, listPositionRows } from './org.repository.ts';
import { payToMinor } from './pay-amount.ts';
import { type EmployeeInput, employeeInputSchema, type ImportReport } from './people.schemas.ts';
import { readCsv } from './people-csv.ts';
import { type PeopleCall, typed } from './people-db.ts';

type RowError = ImportReport['errors'][number];

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

/** The ids of the employees already numbered as given (batched lookups). */
async function existingNumbers(db: CompanyDb, numbers: string[]) {
  const found = new Map<string, string>();
  for (let i = 0; i < numbers.length; i += 500) {
    const chunk = numbers.slice(i, i + 500);
    const rows = await typed(db).selectFrom('people_employee').select(['id', 'employee_number']).where('employee_number', 'in', chunk).execute();
    for (const r of rows) found.set(r.employee_number, r.id);
  }
  return found;
}

/** `payToMinor` for a currency already looked up. */
function minorOf(amount: string, units: number) {
  try {
    return toMinor(amount, units);
  } catch (err) {
    if (err instanceof MoneyError) throw new AppError('VALIDATION', 'Invalid amount', [{ path: 'amount', message: err.message }]);
    throw err;
  }
}

/** What `createEmployee` and `recordCompensation` would refuse in a row whose references are resolved. */
async function rowIssues(db: CompanyDb, input: EmployeeInput, id: string, usersInFile: Map<string, string>, units: Map<string, number>) {
  const issues = [...(await userLinkIssues(db, input.userId, id))];
  if (input.userId && !issues.length) {
    const other = usersInFile.get(input.userId);
    if (other) issues.push({ path: 'userId', message: `The user is linked to employee ${other}` });
    else usersInFile.set(input.userId, input.employeeNumber);
  }
  if (input.endDate && input.endDate < input.hireDate) issues.push({ path: 'endDate', message: 'The end date is before the hire date' });
  if (issues.length || !input.compensation) return { issues };
  try {
    const { amount, currency: code } = input.compensation;
    const known = units.get(code);
    let minor: bigint;
    if (known === undefined) {
      const first = await payToMinor(db, amount, code);
      units.set(code, first.units);
      minor = first.minor;
    } else minor = minorOf(amount, known);
    if (minor <= 0n) return { issues: [{ path: 'amount', message: 'Pay is more than zero' }] };
    const { currency, basis, reason } = input.compensation;
    return { issues, pay: { minor, currency, basis, reason: reason ?? 'hire' } };
  } catch (err) {
    if (!isAppError(err)) throw err;
    return { issues: Array.isArray(err.details) ? (err.details as { path: string; message: string }[]) : [{ path: '', message: err.message }] };
  }
}

/**
 * Import employees from CSV (header row, columns of `CSV_COLUMNS` and the sensitive ones). All rows or
 * none: every row is checked, and any error returns the whole row-by-row report with nothing saved.
 * Rows are numbered as in a spreadsheet (the header is row 1). Managers may be earlier or later rows.
 * Rows are checked in memory (batched look-ups), then written in multi-row INSERTs (`import-write.ts`).
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
  const repeats = new Set<number>();
  for (const [i, r] of records.entries()) {
    const row = i + 2;
    const input = toInput(r, dept, pos, row, errors);
    if (!input) continue;
    const seen = numbers.get(input.employeeNumber);
    if (seen) {
      errors.push({ row, field: 'employeeNumber', message: `Repeats row ${seen}` });
      repeats.add(row);
    }
    numbers.set(input.employeeNumber, row);
    rows.push({ row, input, manager: r.managerNumber });
  }
  const taken = await existingNumbers(db, [...numbers.keys()]);
  for (const r of rows) {
    if (taken.has(r.input.employeeNumber) && !repeats.has(r.row))
      errors.push({ row: r.row, field: 'employeeNumber', message: 'An employee has this number already' });
  }
  const byRow = (a: RowError, b: RowError) => a.row - b.row;
  if (errors.length) return { imported: 0, errors: errors.sort(byRow) };
  // managers named outside the file are employees already; managers first: each pass plans the rows whose manager is planned by now
  const outside = await existingNumbers(db, [...new Set(rows.flatMap((r) => (r.manager && !numbers.has(r.manager) ? [r.manager] : [])))]);
  const created = new Map<string, string>();
  const planned: PlannedEmployee[] = [];
  const usersInFile = new Map<string, string>();
  const units = new Map<string, number>();
  let pending = rows;
  while (pending.length) {
    const next: typeof rows = [];
    for (const r of pending) {
      let managerId: string | null = null;
      if (r.manager) {
        const found = created.get(r.manager) ?? (numbers.has(r.manager) ? undefined : outside.get(r.manager));
        if (!found && numbers.has(r.manager)) {
          next.push(r);
          continue;
        }
        if (!found) errors.push({ row: r.row, field: 'managerNumber', message: `No employee numbered ${r.manager}` });
        managerId = found ?? null;
      }
      const id = newId();
      const { issues, pay } = await rowIssues(db, r.input, id, usersInFile, units);
      for (const d of issues) errors.push({ row: r.row, field: d.path, message: d.message });
      if (issues.length) continue;
      created.set(r.input.employeeNumber, id);
      planned.push({ id, input: r.input, managerId, pay });
    }
    if (next.length === pending.length) {
      for (const r of next) errors.push({ row: r.row, field: 'managerNumber', message: 'Managers form a loop' });
      break;
    }
    pending = next;
  }
  if (errors.length) return { imported: 0, errors: errors.sort(byRow) };
  try {
    await writeImport(db, call, planned);
    return { imported: planned.length, errors: [] };
  } catch (err) {
    if (isAppError(err)) throw err;
    throw new AppError('INTERNAL', (err as Error).message);
  }
}
