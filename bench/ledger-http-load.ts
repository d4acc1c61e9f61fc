/**
 * The `post_http` load of bench/ledger.bench.ts: signs in, then `connections` clients each POST
 * `/api/v1/ledger/entries/post-new` back to back for `seconds`, from a worker thread so the load
 * does not share the server's event loop. Every answer must be 201 (each is a durable, posted entry).
 * The worker is plain JavaScript (a worker cannot load TypeScript through tsx on Node 20).
 */
import { Worker } from 'node:worker_threads';

const WORKER = `
const { request, Agent } = require('node:http');
const { parentPort, workerData: l } = require('node:worker_threads');
function postOnce(agent) {
  return new Promise((resolve) => {
    const req = request(l.url, { method: 'POST', agent, headers: { ...l.headers, 'content-length': Buffer.byteLength(l.body) } }, (res) => {
      res.resume();
      res.on('end', () => resolve(res.statusCode));
    });
    req.on('error', () => resolve(0));
    req.end(l.body);
  });
}
(async () => {
  const agent = new Agent({ keepAlive: true, maxSockets: l.connections });
  const latencies = [];
  let bad = 0;
  const started = performance.now();
  const end = started + l.seconds * 1000;
  await Promise.all(Array.from({ length: l.connections }, async () => {
    while (performance.now() < end) {
      const s = performance.now();
      const status = await postOnce(agent);
      latencies.push(performance.now() - s);
      if (status !== 201) bad++;
    }
  }));
  const elapsed = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  const pct = (q) => Number(latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))].toFixed(1));
  agent.destroy();
  parentPort.postMessage({ requests: latencies.length, entries_per_s: Math.round((latencies.length - bad) / elapsed), p50_ms: pct(0.5), p99_ms: pct(0.99), non201: bad, connections: l.connections });
})();
`;

export async function postHttp(base: string, login: { email: string; password: string }, body: unknown, opts: { connections: number; seconds: number }) {
  const res = await fetch(`${base}/api/v1/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(login) });
  if (res.status !== 200) throw new Error(`login: ${res.status}`);
  const cookie = (res.headers.get('set-cookie') ?? '').split(';')[0];
  const me = await (await fetch(`${base}/api/v1/me`, { headers: { cookie } })).json();
  const workerData = {
    url: `${base}/api/v1/ledger/entries/post-new`,
    headers: { cookie, 'x-csrf-token': me.csrfToken, 'content-type': 'application/json', origin: base },
    body: JSON.stringify(body),
    ...opts,
  };
  const worker = new Worker(WORKER, { eval: true, workerData });
  return new Promise<Record<string, number>>((resolve, reject) => {
    worker.once('message', (m) => {
      resolve(m);
      void worker.terminate();
    });
    worker.once('error', reject);
  });
}
