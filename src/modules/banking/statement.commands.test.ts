import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runKawalis, runTsx, setupAcmeWithChart } from '../../../test/cli.ts';

let dataDir: string;

const kawalis = (args: string[], input = '') => runKawalis(dataDir, args, input);

describe('kawalis bank statement', () => {
  beforeAll(() => {
    dataDir = mkdtempSync(join(tmpdir(), 'kawalis-bank-statement-cli-'));
    setupAcmeWithChart(dataDir);
    const seed = runTsx(dataDir, ['src/modules/banking/fixtures/cli-seed.ts']);
    expect(seed.stderr).toBe('');
    expect(seed.code).toBe(0);
  }, 300_000);
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it("prints a statement's balances and its lines, paged, each marked matched once it is", () => {
    const before = kawalis(['bank', 'statement', '--account', 'Main', '--statement', 'A']);
    expect(before.stderr).toBe('');
    expect(before.stdout).toMatch(/opening 0\.00, credits 700\.00, debits 12\.50, closing 687\.50, first/);
    expect(before.stdout).toMatch(/2024-04-02\s+700\.00\s+Invoice SO-7781.*\bno\n/);
    expect(before.stdout).toMatch(/lines 1–2 of 2/);
    expect(kawalis(['bank', 'match', '--account', 'Main', '--auto']).stdout).toMatch(/1 match\(es\) confirmed/);
    const after = kawalis(['bank', 'statement', '--account', 'Main', '--statement', 'A', '--page-size', '1']);
    expect(after.stdout).toMatch(/2024-04-02\s+700\.00\s+Invoice SO-7781.*\byes\n/);
    expect(after.stdout).not.toMatch(/Service fee/);
    expect(after.stdout).toMatch(/lines 1–1 of 2/);
    const second = kawalis(['bank', 'statement', '--account', 'Main', '--statement', 'A', '--page-size', '1', '--page', '2']);
    expect(second.stdout).toMatch(/2024-04-05\s+-12\.50\s+Service fee.*\bno\n/);
    expect(kawalis(['bank', 'statement', '--account', 'Main', '--statement', 'Z']).stderr).toMatch(/No statement "Z" on Main/);
    expect(kawalis(['bank', 'statement', '--account', 'Main', '--statement', 'A', '--page-size', '0']).stderr).toMatch(
      /--page-size must be a whole number from 1 to 500/,
    );
  });
});
