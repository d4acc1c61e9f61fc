import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';

// A worker thread starts without the parent's TypeScript loader under every runner we use (tsx for
// the server and the CLI, vitest for the tests), so it registers tsx itself and then imports its
// entry module. Registering where tsx is already active is harmless. tsx is found from here, not
// from the process's working directory (the CLI runs from anywhere).
// Only dynamic imports: the eval'd code is CommonJS or an ES module depending on the parent's flags.
const BOOT = `import('node:worker_threads')
  .then(({ workerData }) => import(workerData.tsx).then(({ register }) => { register(); return import(workerData.entry); }))
  .catch((err) => { console.error(err); process.exit(1); });`;

/** tsx's ESM API (`tsx/esm/api`, its `import` condition) as a file URL. */
const tsx = (() => {
  const require = createRequire(import.meta.url);
  const manifest = require.resolve('tsx/package.json');
  const api = (require(manifest) as { exports: Record<string, { import: { default: string } }> }).exports['./esm/api'].import.default;
  return pathToFileURL(join(dirname(manifest), api)).href;
})();

/** Start `entry` (a .ts module URL) in a worker thread; it reads its input from `workerData.data`. */
export function startTsWorker(entry: URL, data: unknown): Worker {
  return new Worker(BOOT, { eval: true, workerData: { tsx, entry: entry.href, data } });
}
