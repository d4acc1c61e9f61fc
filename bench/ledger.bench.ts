/**
 * Ledger benchmark: a deterministic ledger (about 200 accounts in a 4-level tree, 2–4 lines per
 * entry, 3 years) written as an entry CSV, ingested through the real import path, then the reports
 * timed, then single entries posted over HTTP by 32 concurrent clients. One JSON line per op.
 * `npm run bench:ledger -- --entries 100000 --dialect sqlite|postgres`. See bench/README.md.
 */
import { spawnSync } from 'node:child_process';
import { createWriteStream, existsSync, mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { serve } from '@hono/node-server';
import pg from 'pg';
import { loadConfig } from '../src/config.ts';
import type { LedgerCall } from '../src/modules/ledger/index.ts';
import { allModules } from '../src/modules.ts';
import { cliActor } from '../src/platform/auth/actor.ts';
import { bootPlatform } from '../src/platform/boot.ts';
import { createApp } from '../src/platform/http/create-app.ts';
import { analyzeAfterLoad } from './bench-kit.ts';
import { postHttp } from './ledger-http-load.ts';

// The ledger after the module list: its CLI imports the platform's, which imports the module list.
const { accountRegister, balanceSheet, importEntriesCsv, incomeStatement, monthlyTrend, trialBalance, verifyLedger } = await import(
  '../src/modules/ledger/index.ts'
);
const { exportHledger } = await import('../src/modules/ledger/index.ts');
const { createAccount } = await import('../src/modules/ledger/create-account.ts');
const { createJournal } = await import('../src/modules/ledger/create-journal.ts');
const { registerQuery, trendQuery } = await import('../src/modules/ledger/reports/reports.schemas.ts');

const { values: args } = parseArgs({
  options: {
    entries: { type: 'string', default: '100000' },
    dialect: { type: 'string', default: 'sqlite' },
    'skip-http': { type: 'boolean', default: false },
    'http-seconds': { type: 'string', default: '10' },
    verify: { type: 'boolean', default: false },
    batch: { type: 'string' },
    'compare-hledger': { type: 'boolean', default: false },
  },
});
const N = Number(args.entries);
const dialect = args.dialect as 'sqlite' | 'postgres';
const PASSWORD = 'bench password that is long enough';
const out = (op: string, fields: Record<string, unknown>) => console.log(JSON.stringify({ bench: 'ledger', op, dialect, entries: N, ...fields }));

/** CPU time (user + system) of this process since `since`, in ms: on a shared machine it moves less than wall time. */
const cpuMs = (since: NodeJS.CpuUsage) => {
  const d = process.cpuUsage(since);
  return (d.user + d.system) / 1000;
};

/** mulberry32: the same ledger on every run. */
function rng(seed: number) {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * The same ledger exported with `exportHledger` (timed as `hledger_export`), then `hledger bal` run on
 * it (`hledger_bal`: wall time, and CPU seconds and peak memory from /usr/bin/time when present).
 */
async function compareHledger(db: Parameters<typeof exportHledger>[0], call: LedgerCall) {
  const hledger = spawnSync('hledger', ['--version'], { encoding: 'utf8' });
  if (hledger.error || hledger.status !== 0) {
    console.log(JSON.stringify({ bench: 'ledger', op: 'hledger_bal', dialect, entries: N, skipped: 'hledger is not installed' }));
    return;
  }
  const journal = join(dir, 'ledger.journal');
  const w = createWriteStream(journal);
  const s = performance.now();
  const c0 = process.cpuUsage();
  await exportHledger(db, call, (text) => (w.write(text) ? undefined : new Promise<void>((r) => w.once('drain', () => r()))));
  await new Promise<void>((r) => w.end(r));
  out('hledger_export', { ms: Math.round(performance.now() - s), cpu_ms: Math.round(cpuMs(c0)) });
  const timed = existsSync('/usr/bin/time');
  const cmd = timed ? '/usr/bin/time' : 'hledger';
  const argv = [...(timed ? ['-f', 'kawalis-time %U %S %M', 'hledger'] : []), '-f', journal, 'bal', '--flat'];
  const t = performance.now();
  const run = spawnSync(cmd, argv, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  const ms = Math.round(performance.now() - t);
  const m = /kawalis-time ([\d.]+) ([\d.]+) (\d+)/.exec(run.stderr ?? '');
  out('hledger_bal', {
    ms,
    ok: run.status === 0,
    version: hledger.stdout.trim().split('\n')[0],
    ...(m ? { cpu_ms: Math.round((Number(m[1]) + Number(m[2])) * 1000), max_rss_mb: Math.round(Number(m[3]) / 1024) } : {}),
    ...(run.status === 0 ? {} : { error: (run.stderr ?? '').slice(0, 300) }),
  });
}

const dir = mkdtempSync(join(tmpdir(), 'kawalis-bench-ledger-'));
let dbName: string | undefined;
const adminUrl = process.env.TEST_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
if (dialect === 'postgres') {
  dbName = `kawalis_bench_${process.pid}`;
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
if (process.env.BENCH_CACHE_MB)
  (p.database as { sqlite?: { pragma(s: string): unknown } }).sqlite?.pragma(`cache_size = -${Number(process.env.BENCH_CACHE_MB) * 1024}`);
const server = serve({ fetch: createApp(p).fetch, port: 0, hostname: '127.0.0.1' });
await new Promise<void>((resolve) => server.once('listening', () => resolve()));
const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

try {
  const setup = await fetch(`${base}/api/v1/setup`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      company: { name: 'Bench Co', baseCurrency: 'SAR', language: 'en', timeZone: 'Asia/Riyadh' },
      admin: { email: 'bench@bench.example', displayName: 'Bench', password: PASSWORD },
    }),
  });
  if (setup.status !== 201) throw new Error(`setup: ${setup.status} ${await setup.text()}`);
  const companyId =
    (await setup.json()).companies?.[0]?.id ??
    (
      (await p.db
        .selectFrom('company' as never)
        .select('id' as never)
        .executeTakeFirstOrThrow()) as { id: string }
    ).id;
  const db = p.forCompany(companyId);
  const call: LedgerCall = {
    actor: cliActor(
      companyId,
      p.permissions.map((x) => x.key),
    ),
    clock: p.clock,
  };

  // The chart: 5 roots × 2 × 2 groups × 9 leaves = 180 postable accounts, 205 in all.
  await createJournal(db, call, { code: 'GEN', nameEn: 'General', nameAr: 'العامة', kind: 'general' });
  const types = ['asset', 'liability', 'equity', 'income', 'expense'] as const;
  const leaves: string[] = [];
  for (const [r, type] of types.entries()) {
    const root = await createAccount(db, call, { code: `B${r + 1}`, nameEn: type, nameAr: type, type, postable: false });
    for (let a = 1; a <= 2; a++) {
      const g1 = await createAccount(db, call, { code: `B${r + 1}.${a}`, nameEn: `g${a}`, nameAr: `g${a}`, type, parentId: root.id, postable: false });
      for (let b = 1; b <= 2; b++) {
        const g2 = await createAccount(db, call, {
          code: `B${r + 1}.${a}.${b}`,
          nameEn: `g${a}${b}`,
          nameAr: `g${a}${b}`,
          type,
          parentId: g1.id,
          postable: false,
        });
        for (let c = 1; c <= 9; c++) {
          const code = `B${r + 1}.${a}.${b}.${c}`;
          await createAccount(db, call, { code, nameEn: `leaf ${code}`, nameAr: `حساب ${code}`, type, parentId: g2.id });
          leaves.push(code);
        }
      }
    }
  }

  // The ledger: N entries spread evenly over 2023-01-01 … 2025-12-31, in date order.
  const file = join(dir, 'entries.csv');
  const rand = rng(42);
  const days = 1096;
  const w = createWriteStream(file);
  const write = (s: string) => (w.write(s) ? Promise.resolve() : new Promise<void>((r) => w.once('drain', () => r())));
  await write('entry_key,date,journal,memo,reference,account,debit,credit,currency,base_amount,rate,line_memo\n');
  let lines = 0;
  for (let i = 0; i < N; i++) {
    const d = new Date(Date.UTC(2023, 0, 1) + Math.floor((i * days) / N) * 86_400_000).toISOString().slice(0, 10);
    const n = 2 + Math.floor(rand() * 3);
    const amounts: bigint[] = [];
    let sum = 0n;
    for (let k = 0; k < n - 1; k++) {
      const a = BigInt(1 + Math.floor(rand() * 1_000_000)) * (k === 0 || rand() < 0.3 ? 1n : -1n);
      amounts.push(a);
      sum += a;
    }
    if (sum === 0n) amounts[0] += 1n;
    amounts.push(-amounts.reduce((x, y) => x + y, 0n));
    let rows = '';
    for (const [k, a] of amounts.entries()) {
      const acct = leaves[Math.floor(rand() * leaves.length)];
      const abs = a < 0n ? -a : a;
      const text = `${abs / 100n}.${String(abs % 100n).padStart(2, '0')}`;
      rows += `E${i},${k === 0 ? `${d},GEN,entry ${i},R${i}` : ',,,'},${acct},${a > 0n ? text : ''},${a < 0n ? text : ''},,,,\n`;
    }
    lines += n;
    await write(rows);
  }
  await new Promise<void>((r) => w.end(r));

  const t0 = performance.now();
  const c0 = process.cpuUsage();
  const r = await importEntriesCsv(db, call, file, args.batch ? { batchSize: Number(args.batch) } : {});
  const ms = performance.now() - t0;
  const cpu = cpuMs(c0);
  if (!r.ok) throw new Error(`import refused: ${JSON.stringify(r.errors.slice(0, 5))}`);
  out('ingest', {
    lines,
    ms: Math.round(ms),
    entries_per_s: Math.round((N / ms) * 1000),
    cpu_ms: Math.round(cpu),
    entries_per_cpu_s: Math.round((N / cpu) * 1000),
  });
  const analyzed = await analyzeAfterLoad(p, dialect);
  if (analyzed) out('analyze', analyzed);

  const time = async (op: string, fn: () => Promise<unknown>, runs = 5) => {
    await fn();
    const t: number[] = [];
    const c: number[] = [];
    for (let i = 0; i < runs; i++) {
      const s = performance.now();
      const c0 = process.cpuUsage();
      await fn();
      t.push(performance.now() - s);
      c.push(cpuMs(c0));
    }
    const median = (xs: number[]) => Number(xs.sort((a, b) => a - b)[Math.floor(runs / 2)].toFixed(1));
    out(op, { ms: median(t), cpu_ms: median(c) });
  };
  const facts = { baseCurrency: 'SAR', fiscalYearStartMonth: 1 };
  await time('trial_balance', () => trialBalance(db, '2025-12-15', 'SAR'));
  await time('balance_sheet', () => balanceSheet(db, { asOf: '2025-12-15' }, facts));
  await time('income_statement_year', () => incomeStatement(db, { from: '2025-01-01', to: '2025-12-31' }, 'SAR'));
  await time('monthly_trend_36', () => monthlyTrend(db, trendQuery.parse({ to: '2025-12', months: 36 }), 'SAR'));
  const busiest = (await p.db
    .selectFrom('ledger_account' as never)
    .select('id' as never)
    .where('code' as never, '=', leaves[0] as never)
    .executeTakeFirstOrThrow()) as { id: string };
  await time('register_page', () => accountRegister(db, registerQuery.parse({ accountId: busiest.id, from: '2025-06-01', to: '2025-12-31' }), 'SAR'));
  if (args.verify) {
    const s = performance.now();
    const v = await verifyLedger(db);
    out('verify', { ms: Math.round(performance.now() - s), ok: v.ok });
  }

  if (args['compare-hledger']) await compareHledger(db, call);

  if (!args['skip-http']) {
    const ids = (await p.db
      .selectFrom('ledger_account' as never)
      .select(['id', 'code'] as never)
      .where('code' as never, 'in', [leaves[1], leaves[2]] as never)
      .execute()) as { id: string; code: string }[];
    const journal = (await p.db
      .selectFrom('ledger_journal' as never)
      .select('id' as never)
      .executeTakeFirstOrThrow()) as { id: string };
    const body = {
      journalId: journal.id,
      date: '2026-01-15',
      memo: 'bench',
      lines: [
        { accountId: ids[0].id, debit: '10.00' },
        { accountId: ids[1].id, credit: '10.00' },
      ],
    };
    const h = await postHttp(base, { email: 'bench@bench.example', password: PASSWORD }, body, { connections: 32, seconds: Number(args['http-seconds']) });
    out('post_http', h);
  }
} finally {
  server.close();
  await p.database.close();
  if (process.env.BENCH_KEEP) console.error(`kept ${dir}`);
  else rmSync(dir, { recursive: true, force: true });
  if (dbName) {
    const c = new pg.Client({ connectionString: adminUrl });
    await c.connect();
    await c.query(`drop database if exists ${dbName} with (force)`);
    await c.end();
  }
}
