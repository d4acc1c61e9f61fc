import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../../..');
let dataDir: string;

/** `kawalis …` (or a script) as a child process on a SQLite database in a temporary DATA_DIR. */
function run(args: string[], input = '') {
  const { DATABASE_URL: _u, KAWALIS_SECRET_KEY: _k, ...env } = process.env;
  const r = spawnSync(process.execPath, ['--import', 'tsx', ...args], {
    cwd: ROOT,
    env: { ...env, DATA_DIR: dataDir, LOG_LEVEL: 'silent' },
    input,
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}
const kawalis = (args: string[], input = '') => run(['src/main.ts', ...args], input);

describe('kawalis bank match / reconcile', () => {
  beforeAll(() => {
    dataDir = mkdtempSync(join(tmpdir(), 'kawalis-bank-cli-'));
    const setup = kawalis(
      ['setup', '--company', 'Acme', '--currency', 'SAR', '--language', 'en', '--time-zone', 'UTC', '--admin-email', 'a@acme.test'],
      'correct horse battery staple\n',
    );
    expect(setup.code).toBe(0);
    expect(kawalis(['ledger', 'install-chart']).code).toBe(0);
    const seed = run(['src/modules/banking/fixtures/cli-seed.ts']);
    expect(seed.stderr).toBe('');
    expect(seed.code).toBe(0);
  });
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it('lists proposals with score and reasons, confirms with --auto, and reports the reconciliation', () => {
    const listed = kawalis(['bank', 'match', '--account', 'Main']);
    expect(listed.code).toBe(0);
    expect(listed.stdout).toMatch(/2 unmatched statement line\(s\), 1 unmatched ledger line\(s\), 1 proposal\(s\)/);
    expect(listed.stdout).toMatch(/100\s+one-to-one.*Reference SO7781 found in both texts/);
    const auto = kawalis(['bank', 'match', '--account', 'Main', '--auto']);
    expect(auto.stdout).toMatch(/1 match\(es\) confirmed/);
    const report = kawalis(['bank', 'reconcile', '--account', 'Main', '--as-of', '2024-04-30']);
    expect(report.code).toBe(0);
    expect(report.stdout).toMatch(/NOT RECONCILED/);
    expect(report.stdout).toMatch(/1 statement line\(s\) not in the ledger yet: -12.50/);
    expect(report.stdout).toMatch(/statement\s+2024-04-05\s+-12.50\s+Service fee/);
    expect(kawalis(['bank', 'reconcile', '--account', 'Nope', '--as-of', '2024-04-30']).stderr).toMatch(/No bank account "Nope"/);
  });
});
