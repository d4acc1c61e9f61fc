import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runKawalis, setupAcmeWithChart } from '../../../../test/cli.ts';

let dataDir: string;

const kawalis = (args: string[], input = '') => runKawalis(dataDir, args, input);

describe('kawalis report', () => {
  beforeAll(() => {
    dataDir = mkdtempSync(join(tmpdir(), 'kawalis-report-cli-'));
    setupAcmeWithChart(dataDir);
    const entries = [
      ['2025-12-20', '1130', '3100', '5000.00'],
      ['2026-01-05', '5300', '1130', '1200.00'],
      ['2026-01-09', '1200', '4100', '800.25'],
    ];
    entries.forEach(([date, debit, credit, amount], i) => {
      const file = join(dataDir, `e${i}.json`);
      writeFileSync(
        file,
        JSON.stringify({
          journal: 'GEN',
          date,
          lines: [
            { account: debit, debit: amount },
            { account: credit, credit: amount },
          ],
        }),
      );
      expect(kawalis(['ledger', 'post', '--file', file]).code).toBe(0);
    });
  }, 120_000);
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it('prints the trial balance as account path, commodity and balance (the hledger bal --flat shape)', () => {
    const tb = kawalis(['report', 'trial-balance', '--as-of', '2026-01-31', '--format', 'csv']);
    expect(tb.stdout).toBe(
      [
        'account,commodity,balance',
        'Assets:Current assets:Accounts receivable,SAR,800.25',
        'Assets:Current assets:Bank - current account,SAR,3800.00',
        "Equity:Owner's capital,SAR,-5000.00",
        'Expenses:Rent,SAR,1200.00',
        'Income:Sales of goods,SAR,-800.25',
        '',
      ].join('\r\n'),
    );
    expect(kawalis(['report', 'trial-balance', '--as-of', '2026-01-31']).stdout).toMatch(/^account +commodity +balance\n/);
    const bad = kawalis(['report', 'trial-balance', '--as-of', '2026-02-30']);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toMatch(/--as-of: A calendar date/);
  });

  it('prints the income statement with its comparison columns, and writes the balance sheet as XLSX', async () => {
    const is = kawalis(['report', 'income-statement', '--from', '2026-01-01', '--to', '2026-01-31', '--format', 'csv']);
    const lines = is.stdout.split('\r\n');
    expect(lines[0]).toBe('Code,Account,2026-01-01 to 2026-01-31,2025-12-01 to 2025-12-31,2025-01-01 to 2025-01-31');
    expect(lines).toContain(',Net income,-399.75,0.00,0.00');
    const file = join(dataDir, 'bs.xlsx');
    const bs = kawalis(['report', 'balance-sheet', '--as-of', '2026-01-31', '--format', 'xlsx', '--output', file, '--lang', 'ar']);
    expect(bs.code).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(readFileSync(file) as never);
    const ws = wb.worksheets[0];
    expect(ws.getCell('A1').value).toBe('الميزانية العمومية');
    expect(ws.views[0].rightToLeft).toBe(true);
    const values: unknown[] = [];
    ws.eachRow((r) => {
      values.push(r.getCell(2).value, r.getCell(3).value);
    });
    expect(values).toContain('أرباح السنة الحالية');
    expect(values).toContain(-399.75);
    expect(kawalis(['report', 'balance-sheet', '--as-of', '2026-01-31', '--format', 'xlsx']).stderr).toMatch(/needs --output/);
  });

  it('prints a register with its running balance and the account checks', () => {
    const reg = kawalis(['report', 'register', '--account', '1130', '--currency', 'SAR', '--format', 'csv']).stdout.split('\r\n');
    expect(reg[1]).toBe(',,Opening balance,,SAR,,,0.00,,0.00');
    expect(reg[3]).toMatch(/^2026-01-05,GEN\/2026\/000001,,,SAR,,1200.00,3800.00,-1200.00,3800.00$/);
    const checks = kawalis(['report', 'account-checks', '--as-of', '2026-01-31', '--large-amount', '1000']).stdout;
    expect(checks).toMatch(/large_without_reference +GEN\/2025\/000001/);
  });
});
