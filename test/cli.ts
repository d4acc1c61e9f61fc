import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { bundled } from './bundle.ts';

const ROOT = resolve(import.meta.dirname, '..');

export interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

/**
 * `kawalis …` as a child process on the SQLite database in `dataDir`, reading the same
 * configuration a user's shell would (no inherited DATABASE_URL or secret key).
 */
export function runKawalis(dataDir: string, args: string[], input = '', env: Record<string, string> = {}): CliResult {
  return runTsx(dataDir, ['src/main.ts', ...args], input, env);
}

/**
 * A TypeScript script (e.g. a fixture seeding the database) run the same way as `runKawalis`:
 * `args[0]` is the script, bundled once per test process (test/bundle.ts), the rest its arguments.
 */
export function runTsx(dataDir: string, args: string[], input = '', env: Record<string, string> = {}): CliResult {
  const { DATABASE_URL: _u, KAWALIS_SECRET_KEY: _k, ...inherited } = process.env;
  const [script, ...rest] = args;
  const r = spawnSync(process.execPath, [bundled(script), ...rest], {
    cwd: ROOT,
    env: { ...inherited, DATA_DIR: dataDir, LOG_LEVEL: 'silent', ...env },
    input,
    encoding: 'utf8',
    // a ceiling for a hung process, not a speed test: on a loaded shared machine one start takes 30–60 s
    timeout: 240_000,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** First-run setup of company "Acme" (SAR, UTC) with admin a@acme.test, then the default chart. */
export function setupAcmeWithChart(dataDir: string): void {
  const setup = runKawalis(
    dataDir,
    ['setup', '--company', 'Acme', '--currency', 'SAR', '--language', 'en', '--time-zone', 'UTC', '--admin-email', 'a@acme.test'],
    'correct horse battery staple\n',
  );
  if (setup.code !== 0) throw new Error(`setup failed: ${setup.stderr}`);
  const chart = runKawalis(dataDir, ['ledger', 'install-chart']);
  if (chart.code !== 0) throw new Error(`install-chart failed: ${chart.stderr}`);
}
