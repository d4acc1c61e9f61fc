import { parentPort, workerData } from 'node:worker_threads';

// A TypeScript module for ts-worker.test.ts to run in a worker thread: answers with twice its input.
const { data } = workerData as { data: number };
parentPort?.postMessage(data * 2);
