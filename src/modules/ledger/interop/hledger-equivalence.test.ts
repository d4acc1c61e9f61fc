import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runKawalis } from '../../../../test/cli.ts';

/**
 * Issue 3: for any journal in the supported subset, `kawalis report trial-balance --format csv` equals
 * `hledger bal --flat` on the same file. Runs against the real hledger (Debian package); under CI=true
 * a missing hledger fails the run, elsewhere the test is skipped with a message.
 */
const hledger = spawnSync('hledger', ['--version'], { encoding: 'utf8' });
const available = hledger.status === 0;
if (!available && process.env.CI === 'true') throw new Error('hledger is required under CI=true (apt-get install hledger)');
if (!available) console.warn('hledger is not installed: skipping the hledger equivalence test');

const journal = `account assets:bank
account المصروفات:الإيجار

2026-01-02 * Capital
    assets:bank  SAR 1,000.00
    equity:capital

2026/01/03 ! Rent  ; January
    المصروفات:الإيجار  250 SAR
    assets:bank

2026-02-10 Sale (INV-7)
    assets:receivables:acme co  SAR 1,234.50
    income:sales  SAR -1,234.50

2026-02-11 (CHK-9) Office supplies
    expenses:office supplies  12.25 SAR  ; pens
    assets:bank  -12.25 SAR

2026-03-01 * Dollar account opened
    assets:usd account  USD 2,500.00 @ SAR 3.75
    equity:dollar capital  USD -2,500.00 @ SAR 3.75

2026-03-05 Dollar fee
    expenses:bank fees  USD 7.50 @ SAR 3.75
    assets:usd account  -7.50 USD @ SAR 3.75
`;

type Row = [account: string, commodity: string, balance: string];

/** hledger's `"SAR 1234.50"` / `"12.25 SAR"` / `"SAR 1.00, USD 2.00"` cells as one row per commodity. */
function hledgerRows(csv: string): Row[] {
  const rows: Row[] = [];
  for (const line of csv.trim().split(/\r?\n/).slice(1)) {
    const [account, amounts] = JSON.parse(`[${line}]`) as [string, string];
    if (account === 'total') continue;
    for (const amount of amounts.split(', ')) {
      const m = /^(-?)([A-Z]{3}) (-?[\d.]+)$/.exec(amount) ?? /^(-?)([\d.-]+) ([A-Z]{3})$/.exec(amount);
      if (!m) throw new Error(`unexpected hledger amount ${amount}`);
      const [commodity, number] = /^[A-Z]{3}$/.test(m[2]) ? [m[2], m[3]] : [m[3], m[2]];
      rows.push([account, commodity, `${m[1]}${number}`.replace(/^--/, '')]);
    }
  }
  return rows.sort();
}

const kawalisRows = (csv: string): Row[] =>
  csv
    .trim()
    .split(/\r?\n/)
    .slice(1)
    .map((line) => line.split(',') as Row)
    .sort();

describe.skipIf(!available)('trial balance equals hledger bal --flat', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'kawalis-hledger-eq-'));
    writeFileSync(join(dir, 'books.journal'), journal);
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('on a journal with Arabic accounts, both date styles, status marks, inferred amounts and two commodities', () => {
    const data = join(dir, 'data');
    const setup = runKawalis(
      data,
      ['setup', '--company', 'Acme', '--currency', 'SAR', '--language', 'en', '--time-zone', 'UTC', '--admin-email', 'a@acme.test'],
      'correct horse battery staple\n',
    );
    expect(setup.code).toBe(0);
    // Kawalis keeps base-currency amounts too: dollar postings carry their rate as an hledger price.
    // No default chart: the accounts and the general journal come from the file itself.
    const imported = runKawalis(data, ['ledger', 'import', '--format', 'hledger', '--no-progress', join(dir, 'books.journal')]);
    expect(imported.stderr).toBe('');
    expect(imported.code).toBe(0);
    const ours = runKawalis(data, ['report', 'trial-balance', '--as-of', '2026-12-31', '--format', 'csv']);
    expect(ours.code).toBe(0);
    const theirs = spawnSync('hledger', ['-f', join(dir, 'books.journal'), 'bal', '--flat', '-O', 'csv', '-e', '2027-01-01'], { encoding: 'utf8' });
    expect(theirs.status).toBe(0);
    expect(kawalisRows(ours.stdout)).toEqual(hledgerRows(theirs.stdout));
    expect(kawalisRows(ours.stdout)).toContainEqual(['المصروفات:الإيجار', 'SAR', '250.00']);
  });
});
