import { recordAudit } from '../../platform/audit/record-audit.ts';
import type { CompanyDb } from '../../platform/db/company-scope.ts';
import { inTransaction } from '../../platform/db/transaction.ts';
import { newId } from '../../platform/ids.ts';
import { insertHolidays, listAllHolidayRows, presentHoliday } from './calendar.repository.ts';
import { holidayInputSchema } from './calendar.schemas.ts';
import type { ImportReport } from './people.schemas.ts';
import { readCsv } from './people-csv.ts';
import type { PeopleCall } from './people-db.ts';

/** Header of the holiday CSV; `halfDay` is optional (yes/no, true/false, 1/0). */
export const HOLIDAY_CSV_COLUMNS = ['date', 'nameEn', 'nameAr', 'halfDay'] as const;

const halfDayOf = (v: string | undefined): boolean | undefined => {
  if (v === undefined) return false;
  const s = v.toLowerCase();
  if (['yes', 'true', '1'].includes(s)) return true;
  if (['no', 'false', '0'].includes(s)) return false;
  return undefined;
};

/**
 * Import public holidays from CSV: all rows or none, with a row-by-row report (the header is row 1).
 * A date already in the calendar, or twice in the file, is an error of that row.
 */
export async function importHolidays(db: CompanyDb, call: PeopleCall, csv: string): Promise<ImportReport> {
  let records: Record<string, string | undefined>[];
  try {
    records = readCsv(csv);
  } catch (err) {
    return { imported: 0, errors: [{ row: Number((err as { lines?: number }).lines ?? 1), field: '', message: (err as Error).message }] };
  }
  return inTransaction(db, async (trx) => {
    const errors: ImportReport['errors'] = [];
    const existing = new Set((await listAllHolidayRows(trx)).map((r) => presentHoliday(r).date));
    const seen = new Map<string, number>();
    const rows = [];
    for (const [i, r] of records.entries()) {
      const row = i + 2;
      const unknown = Object.keys(r).filter((k) => !(HOLIDAY_CSV_COLUMNS as readonly string[]).includes(k));
      for (const k of unknown) errors.push({ row, field: k, message: 'Unknown column' });
      const halfDay = halfDayOf(r.halfDay);
      if (halfDay === undefined) errors.push({ row, field: 'halfDay', message: 'yes or no' });
      const parsed = holidayInputSchema.safeParse({ date: r.date, nameEn: r.nameEn, nameAr: r.nameAr, halfDay: halfDay ?? false });
      if (!parsed.success) {
        for (const issue of parsed.error.issues) errors.push({ row, field: issue.path.join('.'), message: issue.message });
        continue;
      }
      const h = parsed.data;
      if (existing.has(h.date)) errors.push({ row, field: 'date', message: `A holiday on ${h.date} exists` });
      else if (seen.has(h.date)) errors.push({ row, field: 'date', message: `${h.date} is also on row ${seen.get(h.date)}` });
      seen.set(h.date, row);
      rows.push({ id: newId(), date: h.date, name_en: h.nameEn, name_ar: h.nameAr, half_day: h.halfDay ? 1n : 0n, created_at: call.clock.now().toISOString() });
    }
    if (records.length === 0) errors.push({ row: 1, field: '', message: 'No rows' });
    if (errors.length) return { imported: 0, errors };
    for (let i = 0; i < rows.length; i += 200) await insertHolidays(trx, rows.slice(i, i + 200));
    await recordAudit(trx, call.clock, call.actor, {
      action: 'people.holidays.imported',
      targetType: 'people_holiday',
      summary: { count: rows.length },
    });
    return { imported: rows.length, errors: [] };
  });
}
