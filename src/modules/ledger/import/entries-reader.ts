import type { Worker } from 'node:worker_threads';
import { startTsWorker } from '../../../platform/threads/ts-worker.ts';
import { CsvSyntaxError } from './csv-records.ts';
import { type CheckedFile, checkEntriesFile, convertedEntries } from './entries-file.ts';
import { type PackedEntries, unpackEntries } from './entries-pack.ts';
import type { ImportLookups } from './import-lookups.ts';
import type { KeyedEntry } from './post-in-batches.ts';

/** An entry CSV read twice: checked whole first, then, if it is clean, its entries for posting. */
export interface EntriesReader {
  check(onProgress?: (rowsRead: number, entriesTotal: number) => void): Promise<CheckedFile>;
  entries(): AsyncIterable<KeyedEntry>;
  close(): Promise<void>;
}

export interface WorkerInput {
  path: string;
  lookups: ImportLookups;
  maxErrors: number | undefined;
  batchSize: number;
  /** Batches the worker may send before the main thread asks for more. */
  ahead: number;
}

export type WorkerMessage =
  | { type: 'progress'; rowsRead: number; entriesTotal: number }
  | { type: 'checked'; checked: CheckedFile }
  | { type: 'batch'; entries: PackedEntries }
  | { type: 'end' }
  | { type: 'error'; message: string; syntax: boolean };

/**
 * Files from this size on are parsed in a worker thread: starting one (and compiling its modules)
 * costs about half a second, while parsing and converting the second pass beside the writer saves
 * the main thread about a fifth of an import's time (bench/README.md).
 */
export const WORKER_FROM_BYTES = 4 << 20;

export function entriesReader(path: string, lookups: ImportLookups, opts: { maxErrors?: number; batchSize: number; inWorker: boolean }): EntriesReader {
  if (!opts.inWorker) {
    return {
      check: (onProgress) => checkEntriesFile(path, lookups, opts.maxErrors, onProgress),
      entries: () => convertedEntries(path, lookups),
      close: async () => {},
    };
  }
  return new WorkerReader({ path, lookups, maxErrors: opts.maxErrors, batchSize: opts.batchSize, ahead: 2 });
}

/** Both passes in a worker thread (entries-worker.ts): the same functions, the same answers. */
class WorkerReader implements EntriesReader {
  private readonly worker: Worker;
  private readonly inbox: WorkerMessage[] = [];
  private waiting?: () => void;
  private finished = false;

  constructor(input: WorkerInput) {
    this.worker = startTsWorker(new URL('./entries-worker.ts', import.meta.url), input);
    this.worker.on('message', (m: WorkerMessage) => this.deliver(m));
    this.worker.on('error', (err) => this.deliver({ type: 'error', message: err.message, syntax: false }));
    this.worker.on('exit', (code) => {
      if (!this.finished) this.deliver({ type: 'error', message: `the import's worker thread stopped (exit code ${code})`, syntax: false });
    });
  }

  private deliver(m: WorkerMessage) {
    this.inbox.push(m);
    this.waiting?.();
  }

  private async next(): Promise<WorkerMessage> {
    while (this.inbox.length === 0) await new Promise<void>((resolve) => (this.waiting = resolve));
    const m = this.inbox.shift() as WorkerMessage;
    if (m.type === 'error') {
      await this.close();
      throw m.syntax ? new CsvSyntaxError(m.message) : new Error(m.message);
    }
    return m;
  }

  async check(onProgress?: (rowsRead: number, entriesTotal: number) => void): Promise<CheckedFile> {
    for (;;) {
      const m = await this.next();
      if (m.type === 'progress') onProgress?.(m.rowsRead, m.entriesTotal);
      else if (m.type === 'checked') return m.checked;
    }
  }

  async *entries(): AsyncGenerator<KeyedEntry> {
    for (;;) {
      const m = await this.next();
      if (m.type === 'end') return;
      if (m.type !== 'batch') continue;
      this.worker.postMessage('more');
      yield* unpackEntries(m.entries);
    }
  }

  async close(): Promise<void> {
    if (this.finished) return;
    this.finished = true;
    await this.worker.terminate();
  }
}
