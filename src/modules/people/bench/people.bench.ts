/**
 * People benchmark (issue 4): N employees (10 departments, 20 positions, a manager for most, a
 * national id and a pay each) generated as CSV and imported through the real import path
 * (`importEmployees`: all or nothing, sensitive fields encrypted), then the list page, a search, a
 * department filter and the HR reports timed through the use cases the routes call. One JSON line per
 * op with wall and CPU milliseconds (median of the runs).
 * `npm run bench:people -- --employees 50000 [--dialect sqlite|postgres] [--runs 5]`.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { loadConfig } from '../../../config.ts';
import { allModules } from '../../../modules.ts';
import { cliActor } from '../../../platform/auth/actor.ts';
import { bootPlatform } from '../../../platform/boot.ts';
import { createApp } from '../../../platform/http/create-app.ts';

const { createDepartment, createPosition, importEmployees, listEmployees } = await import('../index.ts');
const { headcountReport, turnoverReport } = await import('../hr-reports.ts');
const { reportingLevel } = await import('../reporting-lines.ts');

const { values: args } = parseArgs({
  options: { employees: { type: 'string', default: '50000' }, dialect: { type: 'string', default: 'sqlite' }, runs: { type: 'string', default: '5' } },
});
const N = Number(args.employees);
const RUNS = Number(args.runs);
const dialect = args.dialect as 'sqlite' | 'postgres';
if (dialect !== 'sqlite' && dialect !== 'postgres') throw new Error('--dialect is sqlite or postgres');
const out = (op: string, fields: Record<string, unknown>) => console.log(JSON.stringify({ bench: 'people', op, dialect, employees: N, ...fields }));

/** Wall and CPU time of a step; CPU is this process's only (on a shared machine, compare CPU time). */
async function timed<T>(step: () => Promise<T>): Promise<{ value: T; ms: number; cpuMs: number }> {
  const c = process.cpuUsage();
  const t = performance.now();
  const value = await step();
  const used = process.cpuUsage(c);
  return { value, ms: Math.round((performance.now() - t) * 10) / 10, cpuMs: Math.round((used.user + used.system) / 100) / 10 };
}
async function median(op: string, step: () => Promise<unknown>, extra: Record<string, unknown> = {}) {
  await step(); // warm
  const runs = [];
  for (let i = 0; i < RUNS; i++) runs.push(await timed(step));
  const mid = (xs: number[]) => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  out(op, { ms: mid(runs.map((r) => r.ms)), cpuMs: mid(runs.map((r) => r.cpuMs)), runs: RUNS, ...extra });
}

const dir = mkdtempSync(join(tmpdir(), 'kawalis-bench-people-'));
const adminUrl = process.env.TEST_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const dbName = dialect === 'postgres' ? `kawalis_bench_people_${process.pid}` : undefined;
if (dbName) {
  const c = new pg.Client({ connectionString: adminUrl });
  await c.connect();
  await c.query(`create database ${dbName}`);
  await c.end();
}
const config = loadConfig({
  DATA_DIR: dir,
  LOG_LEVEL: 'silent',
  PUBLIC_URL: 'http://127.0.0.1',
  ...(dbName ? { DATABASE_URL: adminUrl.replace(/\/[^/]*$/, `/${dbName}`) } : {}),
});
const p = await bootPlatform(config, { modules: allModules });
const app = createApp(p);

try {
  const setup = await app.request('/api/v1/setup', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      company: { name: 'Bench Co', baseCurrency: 'SAR', language: 'en', timeZone: 'Asia/Riyadh' },
      admin: { email: 'bench@bench.example', displayName: 'Bench', password: 'bench password that is long enough' },
    }),
  });
  if (setup.status !== 201) throw new Error(`setup: ${setup.status} ${await setup.text()}`);
  const companyId = (
    (await p.db
      .selectFrom('company' as never)
      .select('id' as never)
      .executeTakeFirstOrThrow()) as { id: string }
  ).id;
  const db = p.forCompany(companyId);
  const call = {
    actor: cliActor(
      companyId,
      p.permissions.map((x) => x.key),
    ),
    clock: p.clock,
    secrets: p.secrets,
  };
  const departments: string[] = [];
  for (let d = 0; d < 10; d++) {
    const dept = await createDepartment(db, call, { nameEn: `Department ${d}`, nameAr: `القسم ${d}` });
    departments.push(dept.id);
    for (let k = 0; k < 2; k++)
      await createPosition(db, call, { titleEn: `Role ${d}-${k}`, titleAr: `الدور ${d}-${k}`, departmentId: dept.id, headcount: N / 20 });
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
  await p.database.close();
  rmSync(dir, { recursive: true, force: true });
  if (dbName) {
    const c = new pg.Client({ connectionString: adminUrl });
    await c.connect();
    await c.query(`drop database if exists ${dbName} with (force)`);
    await c.end();
  }
}
