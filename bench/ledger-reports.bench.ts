/**
 * The report ops of bench/ledger.bench.ts, re-timed on a database kept by an earlier run
 * (`BENCH_KEEP=1 npm run bench:ledger -- --entries N --skip-http` prints its folder), so reports can
 * be measured again without ingesting the ledger again. Same calls, dates and medians (5 runs after
 * one warm-up), wall `ms` and `cpu_ms`. One JSON line per op.
 * `npx tsx bench/ledger-reports.bench.ts --data-dir DIR [--runs 5] [--database-url postgres://…]`
 */
import { parseArgs } from 'node:util';
import { keptPlatform, medianOf } from './bench-kit.ts';

const { accountRegister, balanceSheet, incomeStatement, monthlyTrend, trialBalance, trialBalanceReport } = await import('../src/modules/ledger/index.ts');
const { registerQuery, trendQuery } = await import('../src/modules/ledger/reports/reports.schemas.ts');

const { values: args } = parseArgs({
  options: {
    'data-dir': { type: 'string' },
    'database-url': { type: 'string' },
    runs: { type: 'string', default: '5' },
  },
});
if (!args['data-dir']) throw new Error('--data-dir DIR (a folder kept with BENCH_KEEP=1)');
const { p, db } = await keptPlatform(args['data-dir'], args['database-url']);
try {
  const { n } = (await p.db
    .selectFrom('ledger_entry' as never)
    .select((eb) => eb.fn.countAll().as('n'))
    .executeTakeFirstOrThrow()) as { n: bigint };
  const runs = Number(args.runs);
  const out = async (op: string, fn: () => Promise<unknown>) => {
    const r = await medianOf(fn, runs);
    console.log(JSON.stringify({ bench: 'ledger', op, dialect: p.database.dialect, entries: Number(n), ms: r.ms, cpu_ms: r.cpuMs }));
  };
  const facts = { baseCurrency: 'SAR', fiscalYearStartMonth: 1 };
  // the account bench/ledger.bench.ts pages through: the first leaf of its chart
  const busiest = (await p.db
    .selectFrom('ledger_account' as never)
    .select('id' as never)
    .where('code' as never, '=', 'B1.1.1.1' as never)
    .executeTakeFirstOrThrow()) as { id: string };
  await out('trial_balance', () => trialBalance(db, '2025-12-15', 'SAR'));
  await out('trial_balance_report', () => trialBalanceReport(db, { to: '2025-12-15' }, 'SAR'));
  await out('balance_sheet', () => balanceSheet(db, { asOf: '2025-12-15' }, facts));
  await out('income_statement_year', () => incomeStatement(db, { from: '2025-01-01', to: '2025-12-31' }, 'SAR'));
  await out('monthly_trend_36', () => monthlyTrend(db, trendQuery.parse({ to: '2025-12', months: 36 }), 'SAR'));
  await out('register_page', () => accountRegister(db, registerQuery.parse({ accountId: busiest.id, from: '2025-06-01', to: '2025-12-31' }), 'SAR'));
} finally {
  await p.database.close();
}
