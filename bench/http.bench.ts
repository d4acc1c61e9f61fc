/**
 * HTTP throughput of the platform on a fresh SQLite database: `GET /api/v1/me` with a session cookie
 * (session lookup, user, roles, company, JSON) and `GET /healthz` for reference. Prints one JSON line
 * per measurement. The load generator runs in a worker thread so it does not share the server's
 * event loop. See bench/README.md.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serve } from '@hono/node-server';
import autocannon from 'autocannon';
import { loadConfig } from '../src/config.ts';
import { allModules } from '../src/modules.ts';
import { bootPlatform } from '../src/platform/boot.ts';
import { createApp } from '../src/platform/http/create-app.ts';

const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 50);
const DURATION_S = Number(process.env.BENCH_DURATION ?? 10);
const WARMUP_S = 2;
const PASSWORD = 'bench password that is long enough';

const dir = mkdtempSync(join(tmpdir(), 'kawalis-bench-'));
const config = loadConfig({ DATA_DIR: dir, LOG_LEVEL: 'silent', PUBLIC_URL: 'http://127.0.0.1' });
const p = await bootPlatform(config, { modules: allModules });
const server = serve({ fetch: createApp(p).fetch, port: 0, hostname: '127.0.0.1' });
await new Promise<void>((resolve) => server.once('listening', () => resolve()));
const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

async function post(path: string, body: unknown): Promise<Response> {
  const res = await fetch(`${base}${path}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  if (!res.ok) throw new Error(`${path}: ${res.status} ${await res.text()}`);
  return res;
}

await post('/api/v1/setup', {
  company: { name: 'Bench Co', baseCurrency: 'SAR', language: 'en', timeZone: 'Asia/Riyadh' },
  admin: { email: 'bench@bench.example', displayName: 'Bench', password: PASSWORD },
});
const login = await post('/api/v1/auth/login', { email: 'bench@bench.example', password: PASSWORD });
const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0];
if (!cookie.includes('=')) throw new Error('login gave no session cookie');
const check = await fetch(`${base}/api/v1/me`, { headers: { cookie } });
if (check.status !== 200) throw new Error(`/api/v1/me answered ${check.status}`);

async function measure(op: string, path: string, headers: Record<string, string> = {}) {
  const opts = { url: `${base}${path}`, connections: CONNECTIONS, headers, workers: 1 };
  await autocannon({ ...opts, duration: WARMUP_S });
  const r = await autocannon({ ...opts, duration: DURATION_S });
  const line = { bench: 'http', op, rps: Math.round(r.requests.average), p50_ms: r.latency.p50, p99_ms: r.latency.p99, errors: r.errors, non2xx: r.non2xx };
  console.log(JSON.stringify(line));
}

try {
  await measure('me', '/api/v1/me', { cookie });
  await measure('healthz', '/healthz');
} finally {
  server.close();
  await p.database.close();
  rmSync(dir, { recursive: true, force: true });
}
