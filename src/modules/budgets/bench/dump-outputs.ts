/**
 * Prints, as one JSON document, every output the budget reads give on a database kept by
 * `BENCH_KEEP=1 npm run bench:budgets` — reports (several pages, months and page sizes), the forecast,
 * the alert check (a second run: nothing new to notify), the ledger's actuals per line and per cell —
 * so a change to those reads can be proved output-identical: dump before, dump after, `cmp` the files.
 * `npx tsx src/modules/budgets/bench/dump-outputs.ts --data-dir DIR [--database-url postgres://…] > out.json`
 */
import { parseArgs } from 'node:util';
import { keptPlatform } from '../../../../bench/bench-kit.ts';

const { actualsByLine, actualsByMonth } = await import('../../ledger/index.ts');
const { budgetVsActual } = await import('../budget-vs-actual.ts');
const { forgetBudgetLines } = await import('../budget-lines.ts');
const { checkAlerts } = await import('../check-alerts.ts');
const { loadBudget } = await import('../load-budget.ts');
const { rollingForecast } = await import('../rolling-forecast.ts');

const { values: args } = parseArgs({ options: { 'data-dir': { type: 'string' }, 'database-url': { type: 'string' } } });
if (!args['data-dir']) throw new Error('--data-dir DIR (a folder kept with BENCH_KEEP=1)');
const { p, db, actor } = await keptPlatform(args['data-dir'], args['database-url']);
const json = (x: unknown) => JSON.stringify(x, (_, v) => (typeof v === 'bigint' ? `${v}n` : v));
try {
  const call = { actor, clock: p.clock };
  const { id } = (await p.db
    .selectFrom('budget' as never)
    .select('id' as never)
    .where('name' as never, '=', 'Bench' as never)
    .executeTakeFirstOrThrow()) as { id: string };
  const b = await loadBudget(db, call, id);
  const months = b.view.months;
  const out: Record<string, unknown> = {};
  for (const [name, q] of [
    ['default', {}],
    ['dec', { throughMonth: '2025-12' }],
    ['mar_page3', { throughMonth: '2025-03', page: 3 }],
    ['jul_page40', { throughMonth: '2025-07', page: 40 }],
    ['jun_all', { throughMonth: '2025-06', pageSize: 5000 }],
  ] as const) {
    forgetBudgetLines();
    out[`report_${name}`] = await budgetVsActual(db, call, id, q);
    out[`report_${name}_kept`] = await budgetVsActual(db, call, id, q);
  }
  out.forecast = await rollingForecast(db, call, id);
  await checkAlerts(db, call, id);
  out.alerts = await checkAlerts(db, call, id);
  const accountIds = [
    ...new Set(
      (
        await p.db
          .selectFrom('ledger_account' as never)
          .select('id' as never)
          .execute()
      ).map((r) => (r as { id: string }).id),
    ),
  ];
  const sortLines = <T extends { accountId: string; dimensionValueId: string }>(xs: T[]) =>
    [...xs].sort((x, y) => (x.accountId + x.dimensionValueId < y.accountId + y.dimensionValueId ? -1 : 1));
  out.lines_slot1_in_order = await actualsByLine(db, { accountIds, months, dimensionSlot: 1 });
  for (const slot of [undefined, 1, 2] as const) {
    out[`lines_slot${slot}`] = sortLines(await actualsByLine(db, { accountIds, months, dimensionSlot: slot }));
    out[`lines_all_slot${slot}`] = sortLines(await actualsByLine(db, { months: months.slice(2, 9), dimensionSlot: slot }));
    out[`cells_slot${slot}`] = (await actualsByMonth(db, { fromMonth: '2025-02', toMonth: '2025-11', dimensionSlot: slot })).map(json).sort();
  }
  console.log(json(out));
} finally {
  await p.database.close();
}
