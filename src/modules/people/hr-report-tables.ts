import type { CompanyDb } from '../../platform/db/company-scope.ts';
import { headcountReport, leaveReport, turnoverReport } from './hr-reports.ts';
import { toCsv } from './people-csv.ts';
import type { Sheet } from './people-xlsx.ts';
import { writeSheets } from './people-xlsx.ts';

export const REPORT_KINDS = ['headcount', 'turnover', 'leave'] as const;
export type ReportKind = (typeof REPORT_KINDS)[number];
export type Lang = 'en' | 'ar';

const HEADERS: Record<ReportKind, Record<Lang, string[]>> = {
  headcount: { en: ['Month', 'Department', 'Headcount', 'Joiners', 'Leavers'], ar: ['الشهر', 'القسم', 'عدد الموظفين', 'المنضمون', 'المغادرون'] },
  turnover: {
    en: ['Department', 'Opening headcount', 'Closing headcount', 'Average headcount', 'Joiners', 'Leavers', 'Turnover %'],
    ar: ['القسم', 'العدد في البداية', 'العدد في النهاية', 'متوسط العدد', 'المنضمون', 'المغادرون', 'معدل الدوران %'],
  },
  leave: {
    en: ['Leave type', 'Department', 'Employees', 'Days taken', 'Balance (days)'],
    ar: ['نوع الإجازة', 'القسم', 'الموظفون', 'الأيام المأخوذة', 'الرصيد (أيام)'],
  },
};
const ALL: Record<Lang, string> = { en: 'All departments', ar: 'كل الأقسام' };

/** One report as a table in the reader's language: the same figures as the API, for CSV and XLSX. */
export async function reportSheet(db: CompanyDb, kind: ReportKind, q: { from: string; to: string }, lang: Lang): Promise<Sheet> {
  const name = (n: { en: string; ar: string }) => n[lang];
  const base = { name: `${kind} ${q.from} ${q.to}`, headers: HEADERS[kind][lang], rightToLeft: lang === 'ar' };
  if (kind === 'headcount') {
    const r = await headcountReport(db, q);
    const rows = r.months.flatMap((m, i) => [
      [m.month, ALL[lang], m.headcount, m.joiners, m.leavers],
      ...r.departments.map((d) => {
        const f = d.months[i] ?? { headcount: 0, joiners: 0, leavers: 0 };
        return [m.month, name(d.departmentName), f.headcount, f.joiners, f.leavers];
      }),
    ]);
    return { ...base, rows };
  }
  if (kind === 'turnover') {
    const r = await turnoverReport(db, q);
    const line = (label: string, t: typeof r.total) => [
      label,
      t.opening,
      t.closing,
      Number(t.averageHeadcount),
      t.joiners,
      t.leavers,
      t.rate === null ? null : Number(t.rate),
    ];
    return { ...base, rows: [line(ALL[lang], r.total), ...r.departments.map((d) => line(name(d.departmentName), d))] };
  }
  const r = await leaveReport(db, q);
  return { ...base, rows: r.rows.map((x) => [`${x.code} ${name(x.leaveTypeName)}`, name(x.departmentName), x.employees, x.taken, x.balance]) };
}

export async function reportFile(db: CompanyDb, kind: ReportKind, q: { from: string; to: string }, format: 'csv' | 'xlsx', lang: Lang) {
  const sheet = await reportSheet(db, kind, q, lang);
  if (format === 'xlsx') return writeSheets([sheet]);
  return toCsv([sheet.headers, ...sheet.rows.map((r) => r.map((c) => (c === null || c === undefined ? null : String(c))))]);
}
