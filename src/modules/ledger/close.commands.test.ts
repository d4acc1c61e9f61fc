import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runKawalis, setupAcmeWithChart } from '../../../test/cli.ts';

let dataDir: string;

const kawalis = (args: string[], input = '') => runKawalis(dataDir, args, input);

describe('kawalis ledger rates / close / year-end', () => {
  beforeAll(() => {
    dataDir = mkdtempSync(join(tmpdir(), 'kawalis-close-cli-'));
    setupAcmeWithChart(dataDir);
  });
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it('imports rates, posts at the dated rate, closes a month and the year', () => {
    const rates = join(dataDir, 'rates.csv');
    writeFileSync(rates, 'currency,date,rate\nUSD,2026-01-01,3.75\nUSD,2026-02-30,3.8\n');
    const refused = kawalis(['ledger', 'rates', 'import', rates]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/row 3\.date/);
    writeFileSync(rates, 'currency,date,rate\nUSD,2026-01-01,3.75\n');
    expect(kawalis(['ledger', 'rates', 'import', rates]).stdout).toBe('imported 1 rate(s) for USD\n');
    const entry = join(dataDir, 'entry.json');
    writeFileSync(
      entry,
      JSON.stringify({
        journal: 'GEN',
        date: '2026-01-15',
        lines: [
          { account: '1200', debit: '100.00', currency: 'USD' },
          { account: '4100', credit: '100.00', currency: 'USD' },
        ],
      }),
    );
    expect(kawalis(['ledger', 'post', '--file', entry]).stdout).toMatch(/^posted: GEN\/2026\/000001/);
    const checks = kawalis(['ledger', 'close-checks', '--period', '2026-01']);
    expect(checks.stdout).toMatch(/ledger\.trial-balance +ok/);
    expect(kawalis(['ledger', 'close', '--period', '2026-01']).stdout).toBe('closed 2026-01-01 – 2026-01-31\n');
    const again = kawalis(['ledger', 'close', '--period', '2026-01']);
    expect(again.code).toBe(1);
    expect(kawalis(['ledger', 'year-end', '--year', '2026']).stdout).toMatch(/^posted GEN\/2026\/000002 on 2026-12-31 \(2 lines\)/);
    expect(kawalis(['ledger', 'year-end', '--year', '2026']).stdout).toBe('nothing to close\n');
    expect(kawalis(['ledger', 'verify']).code).toBe(0);
  });
});
