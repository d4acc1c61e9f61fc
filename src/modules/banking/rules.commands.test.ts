import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runKawalis, runTsx, setupAcmeWithChart } from '../../../test/cli.ts';

let dataDir: string;

const run = (args: string[], input = '') => runTsx(dataDir, args, input);
const kawalis = (args: string[], input = '') => runKawalis(dataDir, args, input);

describe('kawalis bank rules | rule-add | rule-set | rule-delete', () => {
  beforeAll(() => {
    dataDir = mkdtempSync(join(tmpdir(), 'kawalis-bank-rules-cli-'));
    setupAcmeWithChart(dataDir);
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
