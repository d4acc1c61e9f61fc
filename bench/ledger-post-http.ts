/**
 * `post_http` alone, without ingesting a ledger first: boots Kawalis on a fresh database (or the kept
 * SQLite database of a `BENCH_KEEP=1` ledger bench, `--data-dir DIR`), installs the default chart,
 * serves it over HTTP and runs the same load as bench/ledger.bench.ts (`postHttp`: 32 clients POST
 * single entries to /api/v1/ledger/entries/post-new). Prints one JSON line with entries/s, p50/p99,
 * the process's CPU (`cpu_ms`: load worker and GC threads included), the main thread's own CPU
 * (`main_cpu_ms`: the server — HTTP, routes, SQLite —, from /proc on Linux), the main thread's busy
 * time (`main_busy_ms`, event-loop utilisation: wall time, so it counts fsync waits and time the OS
 * gave to other processes), each also per request, the groups the committer wrote (`groups`,
 * `mean_group`) and the load average at the end (`load_avg`).
 * `npx tsx bench/ledger-post-http.ts [--dialect sqlite|postgres] [--seconds 10] [--connections 32] [--data-dir DIR]
 *   [--in-process --requests N]`
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance as perf } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { serve } from '@hono/node-server';
import pg from 'pg';
import { loadConfig } from '../src/config.ts';
import { allModules } from '../src/modules.ts';
import { cliActor } from '../src/platform/auth/actor.ts';
import { bootPlatform } from '../src/platform/boot.ts';
import { createApp } from '../src/platform/http/create-app.ts';
import { postHttp } from './ledger-http-load.ts';

const { installDefaultChart } = await import('../src/modules/ledger/install-default-chart.ts');
const { typed } = await import('../src/modules/ledger/ledger-db.ts');
const { GroupCommitter } = await import('../src/modules/ledger/group-commit.ts');

const { values: args } = parseArgs({
  options: {
    dialect: { type: 'string', default: 'sqlite' },
    seconds: { type: 'string', default: '10' },
    connections: { type: 'string', default: '32' },
    'data-dir': { type: 'string' },
    'in-process': { type: 'boolean', default: false },
    requests: { type: 'string', default: '0' },
  },
});
const dialect = args.dialect as 'sqlite' | 'postgres';
const PASSWORD = 'bench password that is long enough';
const kept = args['data-dir'];
const dir = kept ?? mkdtempSync(join(tmpdir(), 'kawalis-bench-post-http-'));
const adminUrl = process.env.TEST_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const dbName = dialect === 'postgres' ? `kawalis_bench_post_${process.pid}` : undefined;
const admin = async (text: string) => {
  const c = new pg.Client({ connectionString: adminUrl });
  await c.connect();
  await c.query(text);
  await c.end();
};
if (dbName) await admin(`create database ${dbName}`);
const p = await bootPlatform(
  loadConfig({
    DATA_DIR: dir,
    LOG_LEVEL: 'silent',
    PUBLIC_URL: 'http://127.0.0.1',
    ...(dbName ? { DATABASE_URL: adminUrl.replace(/\/[^/]*$/, `/${dbName}`) } : {}),
  }),
  { modules: allModules },
);
const app = createApp(p);
const server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' });
await new Promise<void>((resolve) => server.once('listening', () => resolve()));
const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
try {
  if (!kept) {
    const setup = await fetch(`${base}/api/v1/setup`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        company: { name: 'Bench Co', baseCurrency: 'SAR', language: 'en', timeZone: 'Asia/Riyadh' },
        admin: { email: 'bench@bench.example', displayName: 'Bench', password: PASSWORD },
      }),
    });
    if (setup.status !== 201) throw new Error(`setup: ${setup.status} ${await setup.text()}`);
  }
  const { id: companyId } = (await p.db
    .selectFrom('company' as never)
    .select('id' as never)
    .executeTakeFirstOrThrow()) as { id: string };
  const db = p.forCompany(companyId);
  const call = {
    actor: cliActor(
      companyId,
      p.permissions.map((x) => x.key),
    ),
    clock: p.clock,
  };
  if (!kept) await installDefaultChart(db, call);
  const accounts = await typed(db)
    .selectFrom('ledger_account')
    .select(['id'])
    .where('postable', '=', 1n as never)
    .orderBy('code')
    .limit(3)
    .execute();
  const journal = await typed(db).selectFrom('ledger_journal').select('id').orderBy('code').executeTakeFirstOrThrow();
  const body = {
    journalId: journal.id,
    date: '2026-01-15',
    memo: 'bench',
    lines: [
      { accountId: accounts[1].id, debit: '10.00' },
      { accountId: accounts[2].id, credit: '10.00' },
    ],
  };
  if (args['in-process'])
    await postInProcess(app, base, { email: 'bench@bench.example', password: PASSWORD }, body, { connections: 32, seconds: 60, requests: 500 });
  const g0 = { ...GroupCommitter.totals };
  const m0 = mainThreadCpuMs();
  const c0 = process.cpuUsage();
  const e0 = perf.eventLoopUtilization();
  const load = { connections: Number(args.connections), seconds: Number(args.seconds), requests: Number(args.requests) || Number.POSITIVE_INFINITY };
  const login = { email: 'bench@bench.example', password: PASSWORD };
  const h = args['in-process'] ? await postInProcess(app, base, login, body, load) : await postHttp(base, login, body, load);
  const used = process.cpuUsage(c0);
  const elu = perf.eventLoopUtilization(e0);
  const cpu = (used.user + used.system) / 1000;
  const mainCpu = mainThreadCpuMs() - m0;
  console.log(
    JSON.stringify({
      bench: 'ledger',
      op: 'post_http',
      dialect,
      ...h,
      cpu_ms: Math.round(cpu),
      main_cpu_ms: Math.round(mainCpu),
      main_cpu_us_per_req: Math.round((mainCpu * 1000) / h.requests),
      main_busy_ms: Math.round(elu.active),
      main_busy_us_per_req: Math.round((elu.active * 1000) / h.requests),
      cpu_us_per_req: Math.round((cpu * 1000) / h.requests),
      groups: GroupCommitter.totals.groups - g0.groups,
      mean_group: Number(((GroupCommitter.totals.requests - g0.requests) / Math.max(1, GroupCommitter.totals.groups - g0.groups)).toFixed(1)),
      load_avg: Number(loadavg()[0].toFixed(2)),
    }),
  );
} finally {
  server.close();
  await p.database.close();
  if (!kept) rmSync(dir, { recursive: true, force: true });
  if (dbName) await admin(`drop database if exists ${dbName} with (force)`);
}

/**
 * CPU time (user + system) of the main thread alone, where the server runs (HTTP, routes, SQLite):
 * the load worker's CPU is left out. Linux only (/proc, 10 ms ticks); NaN elsewhere.
 */
function mainThreadCpuMs(): number {
  try {
    const stat = readFileSync(`/proc/self/task/${process.pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100;
  } catch {
    return Number.NaN;
  }
}

/**
 * The same load without sockets or the worker: `connections` loops call `app.request()` in this
 * process, so `cpu_ms` is the server's work alone (routing, middleware, session, posting, JSON) less
 * Node's HTTP parsing.
 */
async function postInProcess(
  app: ReturnType<typeof createApp>,
  base: string,
  login: { email: string; password: string },
  body: unknown,
  opts: { connections: number; seconds: number; requests: number },
): Promise<Record<string, number>> {
  const res = await app.request(`${base}/api/v1/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(login) });
  const cookie = (res.headers.get('set-cookie') ?? '').split(';')[0];
  const me = await (await app.request(`${base}/api/v1/me`, { headers: { cookie } })).json();
  const text = JSON.stringify(body);
  const headers = { cookie, 'x-csrf-token': me.csrfToken, 'content-type': 'application/json', 'content-length': String(Buffer.byteLength(text)), origin: base };
  const latencies: number[] = [];
  let bad = 0;
  let sent = 0;
  const started = performance.now();
  const end = started + opts.seconds * 1000;
  await Promise.all(
    Array.from({ length: opts.connections }, async () => {
      while (performance.now() < end && sent < opts.requests) {
        sent++;
        const s = performance.now();
        const r = await app.request(`${base}/api/v1/ledger/entries/post-new`, { method: 'POST', headers, body: text });
        await r.arrayBuffer();
        latencies.push(performance.now() - s);
        if (r.status !== 201) bad++;
      }
    }),
  );
  const elapsed = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  const pct = (q: number) => Number(latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))].toFixed(1));
  return {
    requests: latencies.length,
    entries_per_s: Math.round((latencies.length - bad) / elapsed),
    p50_ms: pct(0.5),
    p99_ms: pct(0.99),
    non201: bad,
    connections: opts.connections,
  };
}
