import { parseArgs } from 'node:util';
import { benchDialect, benchPlatform, medianOf, timed } from '../../../../bench/bench-kit.ts';

const { createDepartment, createPosition, importEmployees, listEmployees } = await import('../index.ts');
const { headcountReport, turnoverReport } = await import('../hr-reports.ts');
const { reportingLevel } = await import('../reporting-lines.ts');

const { values: args } = parseArgs({
  options: { employees: { type: 'string', default: '50000' }, dialect: { type: 'string', default: 'sqlite' }, runs: { type: 'string', default: '5' } },
});
const N = Number(args.employees);
const RUNS = Number(args.runs);
const dialect = benchDialect(args.dialect);
const out = (op: string, fields: Record<string, unknown>) => console.log(JSON.stringify({ bench: 'people', op, dialect, employees: N, ...fields }));

async function median(op: string, step: () => Promise<unknown>, extra: Record<string, unknown> = {}) {
  const m = await medianOf(step, RUNS);
  out(op, { ms: m.ms, cpu_ms: m.cpuMs, runs: RUNS, ...extra });
}

const { p, db, actor, close } = await benchPlatform('people', dialect);

try {
  const call = {
    actor,
    clock: p.clock,
    secrets: p.secrets,
  };
  const departments: string[] = [];
  for (let d = 0; d < 10; d++) {
    const dept = await createDepartment(db, call, { nameEn: `Department ${d}`, nameAr: `القسم ${d}` });
    departments.push(dept.id);
    for (let k = 0; k < 2; k++)
      await createPosition(db, call, {
        titleEn: `Role ${d}-${k}`,
        titleAr: `الدور ${d}-${k}`,
        departmentId: dept.id,
        headcount: Math.max(1, Math.ceil(N / 20)),
      });
  }
  // Managers come first (rows may name only earlier or later numbers: the import resolves both).
  const lines = [
    'employeeNumber,nameEn,nameAr,hireDate,endDate,employmentType,workLocation,timeZone,department,position,managerNumber,nationalId,payAmount,payCurrency,payBasis',
  ];
  for (let i = 0; i < N; i++) {
    const d = i % 10;
    const hired = new Date(Date.UTC(2020, 0, 1) + ((i * 7919) % 2190) * 86_400_000).toISOString().slice(0, 10);
    const ended = i % 9 === 0 ? new Date(Date.parse(`${hired}T00:00:00Z`) + 400 * 86_400_000).toISOString().slice(0, 10) : '';
    const manager = i >= 100 ? `B-${String(i % 100).padStart(6, '0')}` : '';
    lines.push(
      `B-${String(i).padStart(6, '0')},Employee ${i},الموظف ${i},${hired},${ended},full_time,office,Asia/Riyadh,Department ${d},Role ${d}-${i % 2},${manager},${1_000_000_000 + i},${5000 + (i % 3000)},SAR,month`,
    );
  }
  const imported = await timed(() => importEmployees(db, call, lines.join('\n')));
  const report = imported.value as { imported: number; errors: unknown[] };
  if (report.errors.length) throw new Error(`import refused: ${JSON.stringify(report.errors.slice(0, 3))}`);
  out('import', { ms: imported.ms, cpuMs: imported.cpuMs, imported: report.imported });
  const asOf = new Date().toISOString().slice(0, 10);
  await median('list page 1', () => listEmployees(db, { status: 'active', asOf }, { page: 1, pageSize: 50 }));
  await median('list page 500', () => listEmployees(db, { status: 'active', asOf }, { page: 500, pageSize: 50 }));
  await median('search "employee 4242"', () => listEmployees(db, { q: 'employee 4242', status: 'active', asOf }, { page: 1, pageSize: 50 }));
  await median('search arabic "الموظف 31"', () => listEmployees(db, { q: 'الموظف 31', status: 'all', asOf }, { page: 1, pageSize: 50 }));
  await median('filter department', () => listEmployees(db, { departmentId: departments[3], status: 'active', asOf }, { page: 1, pageSize: 50 }));
  await median('headcount report 12 months', () => headcountReport(db, { from: '2025-01', to: '2025-12' }));
  await median('turnover report 12 months', () => turnoverReport(db, { from: '2025-01', to: '2025-12' }));
  await median('org chart top level', () => reportingLevel(db, asOf, null, { page: 1, pageSize: 100 }));
} finally {
  await close();
}
