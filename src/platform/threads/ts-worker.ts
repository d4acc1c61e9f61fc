import { Worker } from 'node:worker_threads';

// A worker thread starts without the parent's TypeScript loader under every runner we use (tsx for
// the server and the CLI, vitest for the tests), so it registers tsx itself and then imports its
// entry module. Registering where tsx is already active is harmless.
const BOOT = `import('tsx/esm/api')
  .then(({ register }) => { register(); return import(require('node:worker_threads').workerData.entry); })
  .catch((err) => { console.error(err); process.exit(1); });`;

/** Start `entry` (a .ts module URL) in a worker thread; it reads its input from `workerData.data`. */
export function startTsWorker(entry: URL, data: unknown): Worker {
  return new Worker(BOOT, { eval: true, workerData: { entry: entry.href, data } });
}
