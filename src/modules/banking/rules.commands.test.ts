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
    timeout: 120_000,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}
const kawalis = (args: string[], input = '') => run(['src/main.ts', ...args], input);

describe('kawalis bank rules | rule-add | rule-set | rule-delete', () => {
  beforeAll(() => {
    dataDir = mkdtempSync(join(tmpdir(), 'kawalis-bank-rules-cli-'));
    const setup = kawalis(
      ['setup', '--company', 'Acme', '--currency', 'SAR', '--language', 'en', '--time-zone', 'UTC', '--admin-email', 'a@acme.test'],
      'correct horse battery staple\n',
    );
    expect(setup.code).toBe(0);
    expect(kawalis(['ledger', 'install-chart']).code).toBe(0);
    const seed = run(['src/modules/banking/fixtures/cli-seed.ts']);
    expect(seed.stderr).toBe('');
    expect(seed.code).toBe(0);
  }, 300_000);
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it('adds, lists, deactivates, tries and deletes a rule; a wrong account or dimension is refused by name', () => {
    const base = ['bank', 'rule-add', '--account', 'Main', '--name', 'Fees', '--contains', 'fee', '--max', '0'];
    expect(kawalis([...base, '--post-to', '9999']).stderr).toMatch(/No ledger account 9999/);
    expect(kawalis([...base, '--post-to', '5700', '--dimension', 'PRJ/A']).stderr).toMatch(/No dimension value PRJ\/A/);
    const added = kawalis([...base, '--post-to', '5700', '--memo', 'Bank charges']);
    expect(added.stderr).toBe('');
    expect(added.stdout).toMatch(/Rule "Fees" added/);
    expect(kawalis(['bank', 'rules', '--account', 'Main']).stdout).toMatch(/100\s+Fees\s+fee\s+0\.00\s+yes/);
    expect(kawalis(['bank', 'rule-set', '--account', 'Main', '--name', 'Fees', '--active', 'no']).stdout).toMatch(/changed \(inactive\)/);
    expect(kawalis(['bank', 'apply-rules', '--account', 'Main', '--dry-run']).stdout).toMatch(/0 line\(s\) would be posted/);
    kawalis(['bank', 'rule-set', '--account', 'Main', '--name', 'Fees', '--active', 'yes', '--rename', 'Bank fees']);
    expect(kawalis(['bank', 'apply-rules', '--account', 'Main', '--dry-run']).stdout).toMatch(/1 line\(s\) would be posted/);
    expect(kawalis(['bank', 'rule-delete', '--account', 'Main', '--name', 'Fees']).stderr).toMatch(/No rule "Fees"/);
    expect(kawalis(['bank', 'rule-delete', '--account', 'Main', '--name', 'Bank fees']).stdout).toMatch(/deleted/);
    expect(kawalis(['bank', 'rules', '--account', 'Main']).stdout).not.toMatch(/fees/);
  }, 300_000);
});
