/**
 * `npm run bench:budgets -- --entries N [--dialect sqlite|postgres] [--runs 5]`: builds the chart, the ledger
 * and a full budget, then times budget vs actual, the forecast and the alert check. `BENCH_KEEP=1` keeps the
 * temporary folder (its SQLite database; prints `kept DIR`); `--data-dir DIR` re-times the operations on such
 * a kept database without building anything (`--database-url` for a kept PostgreSQL database).
 */
import { parseArgs } from 'node:util';
import { analyzeAfterLoad, benchDialect, benchPlatform, keptPlatform, medianOf, rng, timed } from '../../../../bench/bench-kit.ts';

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
  options: {
    entries: { type: 'string', default: '100000' },
    dialect: { type: 'string', default: 'sqlite' },
    runs: { type: 'string', default: '5' },
    'data-dir': { type: 'string' },
    'database-url': { type: 'string' },
  },
});
let N = Number(args.entries);
const RUNS = Number(args.runs);
const dialect = args['database-url'] ? 'postgres' : benchDialect(args.dialect);
const ACCOUNTS = 200;
const DEPARTMENTS = 20;
const out = (op: string, fields: Record<string, unknown>) =>
  console.log(JSON.stringify({ bench: 'budgets', op, dialect, entries: N, accounts: ACCOUNTS, departments: DEPARTMENTS, ...fields }));

async function median(op: string, step: () => Promise<unknown>, extra: Record<string, unknown> = {}) {
  const m = await medianOf(step, RUNS);
  out(op, { ms: m.ms, cpu_ms: m.cpuMs, runs: RUNS, ...extra });
}

const keep = Boolean(process.env.BENCH_KEEP);
const bench = args['data-dir'] ? await keptPlatform(args['data-dir'], args['database-url']) : await benchPlatform('budgets', dialect);
const { p, db, actor } = bench;
const call = { actor, clock: p.clock };

try {
  const budgetId = args['data-dir'] ? await keptBudget() : await build();
  const analyzed = await analyzeAfterLoad(p, dialect);
  if (analyzed) out('analyze', analyzed);
  await timeOps(budgetId);
} finally {
  if (keep && !args['data-dir']) {
    await p.database.close();
    console.error(`kept ${bench.dir}${dialect === 'postgres' ? ` (database kawalis_bench_budgets_${process.pid})` : ''}`);
  } else await bench.close();
}

/** The budget of a kept database, and its ledger's size. */
async function keptBudget(): Promise<string> {
  const { n } = (await p.db
    .selectFrom('ledger_entry' as never)
    .select((eb) => eb.fn.countAll().as('n'))
    .executeTakeFirstOrThrow()) as { n: bigint };
  N = Number(n);
  const b = (await p.db
    .selectFrom('budget' as never)
    .select('id' as never)
    .where('name' as never, '=', 'Bench' as never)
    .executeTakeFirstOrThrow()) as { id: string };
  return b.id;
}

/** The chart, the ledger and the approved budget; returns the budget's id. */
async function build(): Promise<string> {
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
  return budget.id;
}

/** The timed operations. */
async function timeOps(budgetId: string) {
  let lines = 0;
  let shown = 0;
  await median(
    'budget_vs_actual',
    async () => {
      // the first page (100 lines), with totals and the largest variances over all 4,000 lines
      const r = await budgetVsActual(db, call, budgetId, { throughMonth: '2025-12' });
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
      await budgetVsActual(db, call, budgetId, { throughMonth: '2025-12' });
    },
    { target_ms: 100 },
  );
  await median('rolling_forecast', () => rollingForecast(db, call, budgetId));
  await median('check_alerts', () => checkAlerts(db, call, budgetId), { note: 'first run notifies, later runs find the cells already alerted' });
}
