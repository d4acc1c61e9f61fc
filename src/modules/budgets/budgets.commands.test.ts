import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runKawalis, setupAcmeWithChart } from '../../../test/cli.ts';

let dataDir: string;

const kawalis = (args: string[], input = '') => runKawalis(dataDir, args, input);

const months = Array.from({ length: 12 }, (_, i) => `2026-${String(i + 1).padStart(2, '0')}`);
const header = `account,dimension_value,${months.join(',')}`;

describe('kawalis budget create / import / export / report', () => {
  beforeAll(() => {
    dataDir = mkdtempSync(join(tmpdir(), 'kawalis-budget-cli-'));
    setupAcmeWithChart(dataDir);
    expect(kawalis(['budget', 'create', '--name', 'Plan', '--year', '2026']).stdout).toMatch(/budget Plan 2026 \(SAR\) created/);
  }, 240_000);
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it('imports all or nothing, naming row and column; exports what it imported; reports', () => {
    const file = join(dataDir, 'plan.csv');
    writeFileSync(file, `${header}\n5300,,${months.map(() => '100.00').join(',')}\n4100,,${months.map((_, i) => (i === 2 ? '1.234' : '50')).join(',')}\n`);
    const refused = kawalis(['budget', 'import', '--budget', 'Plan@2026', file]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/nothing was saved/);
    expect(refused.stderr).toMatch(/row 3, column 2026-03: "1.234" has more than 2 decimal places/);
    writeFileSync(file, `${header}\n5300,,${months.map(() => '100.00').join(',')}\n`);
    expect(kawalis(['budget', 'import', '--budget', 'Plan', file]).stdout).toBe('12 amount(s) imported\n');
    expect(kawalis(['budget', 'export', '--budget', 'Plan']).stdout).toBe(`${header}\n5300,,${months.map(() => '100.00').join(',')}\n`);
    const report = kawalis(['budget', 'report', '--budget', 'Plan', '--through', '2026-03']);
    expect(report.code).toBe(0);
    expect(report.stdout).toMatch(/through 2026-03/);
    expect(report.stdout).toMatch(/5300.*300\.00.*0\.00.*-300\.00/);
  }, 300_000);

  it('exports and imports XLSX, approves, copies +5%, compares scenarios and forecasts, closes', () => {
    const xlsx = join(dataDir, 'plan.xlsx');
    expect(kawalis(['budget', 'export', '--budget', 'Plan', '--out', xlsx]).code).toBe(0);
    expect(kawalis(['budget', 'import', '--budget', 'Plan', xlsx]).stdout).toBe('12 amount(s) imported\n');
    expect(kawalis(['budget', 'approve', '--budget', 'Plan']).stdout).toMatch(/revision 1 approved/);
    expect(kawalis(['budget', 'copy', '--budget', 'Plan', '--name', 'Next', '--year', '2027', '--percent', '5']).stdout).toMatch(/budget Next 2027 created/);
    expect(kawalis(['budget', 'export', '--budget', 'Next']).stdout).toContain(`5300,,${months.map(() => '105.00').join(',')}`);
    expect(kawalis(['budget', 'scenario', 'create', '--budget', 'Plan', '--name', 'Lean']).stdout).toMatch(/scenario Lean created/);
    const forecast = kawalis(['budget', 'forecast', '--budget', 'Plan']);
    expect(forecast.stdout).toMatch(/closed months: none/);
    expect(forecast.stdout).toMatch(/net income.*-100\.00/);
    const compared = kawalis(['budget', 'scenario', 'compare', '--budget', 'Plan', '--scenario', 'Lean']);
    expect(compared.stdout).toMatch(/net income \(Lean\)/);
    expect(kawalis(['budget', 'close', '--budget', 'Plan']).stdout).toMatch(/closed/);
    expect(kawalis(['budget', 'scenario', 'create', '--budget', 'Plan', '--name', 'Late']).code).toBe(1);
  }, 600_000); // thirteen child processes: slow on a loaded machine
});
