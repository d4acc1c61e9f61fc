import type { CompanyDb } from '../../platform/db/company-scope.ts';
import { employeeExportLines } from './export-employees.ts';
import type { PeopleCall } from './people-db.ts';
import { writeSheets } from './people-xlsx.ts';

/** Employees as XLSX: the CSV export's columns and field permissions, one sheet; audited like the CSV. */
export async function exportEmployeesXlsx(
  db: CompanyDb,
  call: PeopleCall,
  filter: { q?: string; departmentId?: string; status: 'active' | 'ended' | 'all' },
): Promise<Buffer> {
  const [headers = [], ...rows] = await employeeExportLines(db, call, filter, 'xlsx');
  return writeSheets([{ name: 'Employees', headers: headers.map(String), rows }]);
}
