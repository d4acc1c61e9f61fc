import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { startTsWorker } from './ts-worker.ts';

const fixture = new URL('./ts-worker.fixture.ts', import.meta.url);

describe('worker threads running TypeScript modules', () => {
  it('runs a .ts module in a worker thread and hears from it', async () => {
    const worker = startTsWorker(fixture, 21);
    const answer = await new Promise((resolve, reject) => {
      worker.once('message', resolve);
      worker.once('error', reject);
    });
    await worker.terminate();
    expect(answer).toBe(42);
  });

  it('finds tsx from the code, not from the working directory (the CLI runs from anywhere)', () => {
    const require = createRequire(import.meta.url);
    const loader = pathToFileURL(join(dirname(require.resolve('tsx/package.json')), 'dist/loader.mjs')).href;
    const script = `const { startTsWorker } = await import(${JSON.stringify(new URL('./ts-worker.ts', import.meta.url).href)});
      const w = startTsWorker(new URL(${JSON.stringify(fixture.href)}), 4);
      w.once('message', (m) => { console.log('answer', m); w.terminate(); });`;
    const out = execFileSync(process.execPath, ['--import', loader, '--input-type=module', '-e', script], { cwd: tmpdir(), encoding: 'utf8' });
    expect(out.trim()).toBe('answer 8');
  });
});
