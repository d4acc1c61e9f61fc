import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runKawalis, setupAcmeWithChart } from '../../../../test/cli.ts';

let dataDir: string;

const kawalis = (args: string[], input = '') => runKawalis(dataDir, args, input);

describe('kawalis ledger import / export', () => {
  beforeAll(() => {
    dataDir = mkdtempSync(join(tmpdir(), 'kawalis-interop-cli-'));
    setupAcmeWithChart(dataDir);
  });
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it('imports an hledger journal with a progress line on stderr, exports it, and refuses a bad CSV naming rows', { timeout: 120_000 }, () => {
    const journal = join(dataDir, 'books.journal');
    writeFileSync(
      journal,
      '2026-01-02 * Capital\n    assets:bank  SAR 1,000.00\n    equity:capital\n\n2026/01/03 Rent\n    المصروفات:الإيجار  250 SAR\n    assets:bank\n',
    );
    const imported = kawalis(['ledger', 'import', '--format', 'hledger', journal]);
    expect(imported).toMatchObject({ code: 0 });
    expect(imported.stdout).toMatch(/^imported 2 entries from 7 lines\n {2}GEN\/2026\/000001 … GEN\/2026\/000002\n$/);
    expect(imported.stderr).toMatch(/posting +\[#+\] 2\/2 entries/);
    const exported = kawalis(['ledger', 'export', '--format', 'hledger']);
    expect(exported.stdout).toContain('2026-01-03 * Rent  ; GEN/2026/000002\n    Expenses:Rent  250.00 SAR\n    assets:bank  -250.00 SAR\n');
    const csv = join(dataDir, 'bad.csv');
    writeFileSync(csv, 'entry_key,date,journal,account,debit,credit\nE1,2026-01-05,GEN,1130,10.00,\nE1,,,3100,,9.00\n');
    const refused = kawalis(['ledger', 'import', '--no-progress', csv]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toBe('refused: 1 error(s), nothing imported\n  2 debit,credit: SAR: debits 10.00 ≠ credits 9.00\n');
    expect(kawalis(['ledger', 'verify']).stdout).toBe('ok: 2 posted entries verified\n');
  });
});
