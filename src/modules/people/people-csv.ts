import { parse } from 'csv-parse/sync';

/** The columns of the employee CSV, in order; sensitive ones last. Departments and positions go by English name. */
export const CSV_COLUMNS = [
  'employeeNumber',
  'nameEn',
  'nameAr',
  'email',
  'phone',
  'address',
  'hireDate',
  'endDate',
  'endReason',
  'employmentType',
  'workLocation',
  'timeZone',
  'department',
  'position',
  'managerNumber',
] as const;
export const CSV_SENSITIVE_COLUMNS = ['nationalId', 'birthDate', 'iban', 'emergencyContact', 'healthNotes', 'payAmount', 'payCurrency', 'payBasis'] as const;

/** Rows of a CSV with a header line, as records keyed by header; blank cells become undefined. */
export function readCsv(text: string): Record<string, string | undefined>[] {
  const rows = parse(text, { columns: true, skip_empty_lines: true, trim: true, bom: true, relax_column_count: false }) as Record<string, string>[];
  return rows.map((r) => Object.fromEntries(Object.entries(r).map(([k, v]) => [k, v === '' ? undefined : v])));
}

/**
 * One CSV field. A value starting with = + - @ or a tab/CR is prefixed with an apostrophe, so an
 * exported name cannot run as a formula in a spreadsheet (CSV injection).
 */
export function csvField(value: string | null | undefined): string {
  let v = value ?? '';
  if (/^[=+\-@\t\r]/.test(v)) v = `'${v}`;
  return /[",\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v;
}

export const toCsv = (rows: (string | null | undefined)[][]) => `${rows.map((r) => r.map(csvField).join(',')).join('\r\n')}\r\n`;
