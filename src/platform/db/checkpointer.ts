import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';
import type Sqlite from 'better-sqlite3';

/**
 * Pages the writer's own connection lets the WAL grow to before it checkpoints by itself: the safety
 * net should the checkpointer thread fall behind or stop (SQLite's default is 1,000 pages).
 */
export const WRITER_AUTOCHECKPOINT_PAGES = 10_000;
/** How often the checkpointer thread copies the WAL's committed pages into the database file. */
export const CHECKPOINT_EVERY_MS = 100;

// Plain JavaScript, so the thread starts in milliseconds: one connection of its own to the same file,
// a PASSIVE checkpoint every few milliseconds (it never waits for, nor blocks, the writer or readers),
// and a last one when told to stop.
const THREAD = `
const { parentPort, workerData } = require('node:worker_threads');
const Database = require(workerData.driver);
const db = new Database(workerData.file);
db.pragma('busy_timeout = 0');
db.pragma('synchronous = FULL');
const checkpoint = () => { try { db.pragma('wal_checkpoint(PASSIVE)'); } catch { /* busy: the next tick tries again */ } };
const timer = setInterval(checkpoint, workerData.everyMs);
parentPort.on('message', (m) => {
  if (m !== 'stop') return;
  clearInterval(timer);
  checkpoint();
  db.close();
  parentPort.postMessage('stopped');
  parentPort.close();
});
`;

export interface Checkpointer {
  stop(): Promise<void>;
}

/**
 * Move WAL checkpoints off the event loop. With SQLite's default, the connection that commits past
 * 1,000 WAL pages copies them into the database file and syncs it before the COMMIT returns, on the
 * event loop: a bulk import's batch did so on nearly every commit, and a busy server every few
 * groups of postings. Here a thread with its own connection checkpoints every `CHECKPOINT_EVERY_MS`;
 * the writer keeps its own autocheckpoint, raised to `WRITER_AUTOCHECKPOINT_PAGES`, as the fallback.
 * Durability is unchanged: a COMMIT is durable once its WAL frames are synced (synchronous=FULL).
 */
export function startCheckpointer(sqlite: Sqlite.Database, file: string, everyMs = CHECKPOINT_EVERY_MS): Checkpointer {
  sqlite.pragma(`wal_autocheckpoint = ${WRITER_AUTOCHECKPOINT_PAGES}`);
  const driver = createRequire(import.meta.url).resolve('better-sqlite3');
  const worker = new Worker(THREAD, { eval: true, workerData: { driver, file, everyMs } });
  worker.unref();
  let stopped: Promise<void> | undefined;
  return {
    stop() {
      stopped ??= new Promise<void>((resolve) => {
        worker.once('exit', () => resolve());
        worker.once('message', () => void worker.terminate());
        worker.postMessage('stop');
      });
      return stopped;
    },
  };
}
