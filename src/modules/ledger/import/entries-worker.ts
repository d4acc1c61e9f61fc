import { parentPort, workerData } from 'node:worker_threads';
import { CsvSyntaxError } from './csv-records.ts';
import { checkEntriesFile, convertedEntries } from './entries-file.ts';
import { packEntries, packedBuffers } from './entries-pack.ts';
import type { WorkerInput, WorkerMessage } from './entries-reader.ts';
import type { KeyedEntry } from './post-in-batches.ts';

// The entry CSV's two passes in a worker thread (entries-reader.ts starts it): the check, then the
// converted entries in batches, each sent when the main thread asks for more ("more"), so only a few
// batches are ever ahead of the posting.
const port = parentPort;
if (!port) throw new Error('entries-worker.ts runs in a worker thread');
const { path, lookups, maxErrors, batchSize, ahead } = (workerData as { data: WorkerInput }).data;
const send = (m: WorkerMessage) => port.postMessage(m, m.type === 'batch' ? packedBuffers(m.entries) : []);
let credit = ahead;
let wake: (() => void) | undefined;
port.on('message', (m) => {
  if (m !== 'more') return;
  credit++;
  wake?.();
});

async function run() {
  const checked = await checkEntriesFile(path, lookups, maxErrors, (rowsRead, entriesTotal) => send({ type: 'progress', rowsRead, entriesTotal }));
  send({ type: 'checked', checked });
  if (!checked.ok) return;
  let batch: KeyedEntry[] = [];
  const flush = async () => {
    while (credit === 0) await new Promise<void>((resolve) => (wake = resolve));
    credit--;
    send({ type: 'batch', entries: packEntries(batch) });
    batch = [];
  };
  for await (const e of convertedEntries(path, lookups)) {
    batch.push(e);
    if (batch.length >= batchSize) await flush();
  }
  if (batch.length) await flush();
  send({ type: 'end' });
}

run().catch((err: Error) => send({ type: 'error', message: err.message, syntax: err instanceof CsvSyntaxError }));
