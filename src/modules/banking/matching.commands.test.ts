import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runKawalis, runTsx, setupAcmeWithChart } from '../../../test/cli.ts';

let dataDir: string;

const run = (args: string[], input = '') => runTsx(dataDir, args, input);
const kawalis = (args: string[], input = '') => runKawalis(dataDir, args, input);

describe('kawalis bank match / reconcile', () => {
  beforeAll(() => {
    dataDir = mkdtempSync(join(tmpdir(), 'kawalis-bank-cli-'));
    setupAcmeWithChart(dataDir);
    const seed = run(['src/modules/banking/fixtures/cli-seed.ts']);
    expect(seed.stderr).toBe('');
    expect(seed.code).toBe(0);
  }, 300_000);
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
