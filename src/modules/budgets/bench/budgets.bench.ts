/**
 * Budgets benchmark (issue 6): budget vs actual for 200 accounts × 12 months × 20 departments over a
 * ledger of N entries. The ledger is generated straight into the kept balances through the ledger's
 * import path (`postEntriesBatch`, what the entry CSV import posts with, batches of 2,000), each entry an
 * income or expense line carrying one department and its bank counterpart. The budget holds every cell
 * (48,000). Then budget vs actual, the rolling forecast and the alert check are timed: median of 5
 * runs after a warm-up, wall and CPU milliseconds. One JSON line per op, like bench/ledger.bench.ts.
 * `npm run bench:budgets -- --entries 1000000 [--dialect sqlite|postgres]`.
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

// The ledger after the module list: its index imports the platform's, which imports the module list.
const { createDimension, createDimensionValue, postEntriesBatch } = await import('../../ledger/index.ts');
const { createAccount } = await import('../../ledger/create-account.ts');
const { createJournal } = await import('../../ledger/create-journal.ts');
const { companyFacts } = await import('../../ledger/ledger-db.ts');
const { approveBudget } = await import('../approve-budget.ts');
const { budgetVsActual } = await import('../budget-vs-actual.ts');
const { forgetBudgetLines } = await import('../budget-lines.ts');
const { checkAlerts } = await import('../check-alerts.ts');
const { createBudget } = await import('../create-budget.ts');
const { rollingForecast } = await import('../rolling-forecast.ts');
const { setAmounts } = await import('../set-amounts.ts');

const { values: args } = parseArgs({
  options: { entries: { type: 'string', default: '100000' }, dialect: { type: 'string', default: 'sqlite' }, runs: { type: 'string', default: '5' } },
});
const N = Number(args.entries);
const RUNS = Number(args.runs);
const dialect = args.dialect as 'sqlite' | 'postgres';
if (dialect !== 'sqlite' && dialect !== 'postgres') throw new Error('--dialect is sqlite or postgres');
const ACCOUNTS = 200;
const DEPARTMENTS = 20;
const out = (op: string, fields: Record<string, unknown>) =>
  console.log(JSON.stringify({ bench: 'budgets', op, dialect, entries: N, accounts: ACCOUNTS, departments: DEPARTMENTS, ...fields }));

function rng(seed: number) {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
/** Wall and CPU time (this process only: PostgreSQL's own work shows in the wall time alone). */
async function timed<T>(step: () => Promise<T>): Promise<{ value: T; ms: number; cpuMs: number }> {
  const c = process.cpuUsage();
  const t = performance.now();
  const value = await step();
  const used = process.cpuUsage(c);
  return { value, ms: performance.now() - t, cpuMs: (used.user + used.system) / 1000 };
}
async function median(op: string, fn: () => Promise<unknown>, extra: Record<string, unknown> = {}) {
  await fn();
  const runs: { ms: number; cpuMs: number }[] = [];
  for (let i = 0; i < RUNS; i++) runs.push(await timed(fn));
  const mid = (xs: number[]) => Number(xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)]?.toFixed(1));
  out(op, { ms: mid(runs.map((r) => r.ms)), cpu_ms: mid(runs.map((r) => r.cpuMs)), runs: RUNS, ...extra });
}

const dir = mkdtempSync(join(tmpdir(), 'kawalis-bench-budgets-'));
const adminUrl = process.env.TEST_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const dbName = dialect === 'postgres' ? `kawalis_bench_budgets_${process.pid}` : undefined;
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
  };

  // The chart: 150 expense and 50 income accounts, one bank account; a department dimension of 20 values.
  const journal = await createJournal(db, call, { code: 'GEN', nameEn: 'General', nameAr: 'العامة', kind: 'general' });
  const bank = await createAccount(db, call, { code: '1100', nameEn: 'Bank', nameAr: 'البنك', type: 'asset' });
  const accounts: { id: string; type: 'income' | 'expense' }[] = [];
  for (let i = 0; i < ACCOUNTS; i++) {
    const type = i < 150 ? 'expense' : 'income';
    const code = `${type === 'expense' ? 5 : 4}${String(i).padStart(4, '0')}`;
    const a = await createAccount(db, call, { code, nameEn: `${type} ${i}`, nameAr: `حساب ${i}`, type });
    accounts.push({ id: a.id, type });
  }
  const dim = await createDimension(db, call, { code: 'DEPT', nameEn: 'Department', nameAr: 'القسم', slot: 1 });
  const depts: string[] = [];
  for (let d = 0; d < DEPARTMENTS; d++) {
    depts.push((await createDimensionValue(db, call, { dimensionId: dim.id, code: `D${d}`, nameEn: `Dept ${d}`, nameAr: `قسم ${d}` })).id);
  }

  // The ledger: N entries over the fiscal year 2025, in date order, posted in batches of 2,000.
  const rand = rng(42);
  const company = await companyFacts(db, call.actor);
  const BATCH = 2000;
  const ingest = await timed(async () => {
    for (let start = 0; start < N; start += BATCH) {
      const batch = [];
      for (let i = start; i < Math.min(N, start + BATCH); i++) {
        const date = new Date(Date.UTC(2025, 0, 1) + Math.floor((i * 365) / N) * 86_400_000).toISOString().slice(0, 10);
        const a = accounts[Math.floor(rand() * ACCOUNTS)] as { id: string; type: string };
        const dept = depts[Math.floor(rand() * DEPARTMENTS)] as string;
        const amount = BigInt(100 + Math.floor(rand() * 100_000));
        const signed = a.type === 'expense' ? amount : -amount;
        const line = (accountId: string, x: bigint, dims: readonly [string | null, string | null, string | null]) => ({
          accountId,
          currency: 'SAR',
          amount: x,
          baseAmount: x,
          rate: '1',
          memo: null,
          dims,
        });
        batch.push({
          journalId: journal.id,
          date,
          memo: `entry ${i}`,
          reference: null,
          lines: [line(a.id, signed, [dept, null, null] as const), line(bank.id, -signed, [null, null, null] as const)],
        });
      }
      await postEntriesBatch(db, call, company, batch, { action: 'bench.budgets.ledger', targetType: 'bench', targetId: 'budgets' });
    }
  });
  out('ingest', { ms: Math.round(ingest.ms), cpu_ms: Math.round(ingest.cpuMs), entries_per_s: Math.round((N / ingest.ms) * 1000), lines: 2 * N });

  // The budget: every account × department × month (48,000 cells), then approved.
  const budget = await createBudget(db, call, { name: 'Bench', fiscalYear: 2025, dimensionId: dim.id, alertThresholdPct: 90 });
  const cells: { accountId: string; month: string; dimensionValueId: string; amount: string }[] = [];
  for (const a of accounts)
    for (const d of depts) for (const m of budget.months) cells.push({ accountId: a.id, month: m, dimensionValueId: d, amount: '1000.00' });
  const fill = await timed(async () => {
    for (let i = 0; i < cells.length; i += 20_000) await setAmounts(db, call, budget.id, cells.slice(i, i + 20_000));
  });
  out('fill_budget', { ms: Math.round(fill.ms), cpu_ms: Math.round(fill.cpuMs), cells: cells.length });
  await approveBudget(db, call, budget.id);

  let lines = 0;
  let shown = 0;
  await median(
    'budget_vs_actual',
    async () => {
      // the first page (100 lines), with totals and the largest variances over all 4,000 lines
      const r = await budgetVsActual(db, call, budget.id, { throughMonth: '2025-12' });
      lines = r.totalLines;
      shown = r.lines.length;
    },
    { target_ms: 100 },
  );
  out('budget_vs_actual_lines', { lines, page_lines: shown });
  await median(
    'budget_vs_actual_first_read',
    async () => {
      forgetBudgetLines(); // as on the first read of an approved revision, or any read of a draft
      await budgetVsActual(db, call, budget.id, { throughMonth: '2025-12' });
    },
    { target_ms: 100 },
  );
  await median('rolling_forecast', () => rollingForecast(db, call, budget.id));
  await median('check_alerts', () => checkAlerts(db, call, budget.id), { note: 'first run notifies, later runs find the cells already alerted' });
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
