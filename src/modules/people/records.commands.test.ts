import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runKawalis } from '../../../test/cli.ts';
import { createSecretBox, keyIdOf } from '../../platform/crypto/secret-box.ts';

const csv = [
  'employeeNumber,nameEn,nameAr,hireDate,endDate,employmentType,workLocation,timeZone,nationalId,payAmount,payCurrency,payBasis',
  'C-1,Khalid Omar,خالد عمر,2024-05-01,,full_time,office,Asia/Riyadh,1098765432,9000,SAR,month',
  'C-2,Huda Ali,هدى علي,2025-01-10,2025-03-15,part_time,remote,Asia/Riyadh,2098765432,40,SAR,hour',
].join('\n');

/** The CLI as child processes on SQLite: reports, XLSX export and a key rotation with a real key change. */
describe('kawalis people report|export-xlsx|rotate-key', { timeout: 240_000 }, () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'kawalis-people-cli-'));
    const setup = runKawalis(
      dir,
      ['setup', '--company', 'Acme', '--currency', 'SAR', '--language', 'en', '--time-zone', 'UTC', '--admin-email', 'a@acme.test'],
      'correct horse battery staple\n',
    );
    expect(setup.code, setup.stderr).toBe(0);
    writeFileSync(join(dir, 'staff.csv'), csv);
    const imported = runKawalis(dir, ['people', 'import', join(dir, 'staff.csv')]);
    expect(imported.code, imported.stderr).toBe(0);
  }, 180_000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('prints reports as tables (English and Arabic) and writes them as CSV; refuses a bad period', () => {
    const table = runKawalis(dir, ['people', 'report', 'headcount', '--from', '2025-01', '--to', '2025-03']);
    expect(table.code, table.stderr).toBe(0);
    expect(table.stdout).toMatch(/2025-03\s+All departments\s+1\s+0\s+1/);
    const ar = runKawalis(dir, ['people', 'report', 'turnover', '--from', '2025-01', '--to', '2025-03', '--format', 'csv', '--lang', 'ar']);
    expect(ar.stdout.split('\r\n')[0]).toContain('معدل الدوران %');
    // average of 1, 2, 2, 1 = 1.5; one leaver → 66.7 %
    expect(ar.stdout).toContain('كل الأقسام,1,1,1.5,1,1,66.7');
    const bad = runKawalis(dir, ['people', 'report', 'leave', '--from', '2025-01', '--to', '2025-03']);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain('--from');
  });

  it('exports employees as XLSX with the sensitive columns', async () => {
    const out = join(dir, 'staff.xlsx');
    const r = runKawalis(dir, ['people', 'export-xlsx', '--all', '--out', out]);
    expect(r.code, r.stderr).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(readFileSync(out) as never);
    const values = JSON.stringify(wb.worksheets[0]?.getSheetValues());
    expect(values).toContain('1098765432');
    expect(values).toContain('هدى علي');
  });

  it('rotates to a new key with the old one as previous; afterwards the new key alone reads everything', () => {
    const oldHex = readFileSync(join(dir, 'secret.key'), 'utf8').trim();
    const newHex = randomBytes(32).toString('hex');
    const oldId = createSecretBox(Buffer.from(oldHex, 'hex')).keyId;
    // without the previous key, the old values cannot be read
    const blind = runKawalis(dir, ['people', 'export'], '', { KAWALIS_SECRET_KEY: newHex });
    expect(blind.code).toBe(1);
    const rotated = runKawalis(dir, ['people', 'rotate-key', '--batch-size', '1'], '', { KAWALIS_SECRET_KEY: newHex, KAWALIS_PREVIOUS_SECRET_KEYS: oldHex });
    expect(rotated.code, rotated.stderr).toBe(0);
    expect(rotated.stdout).toContain(`Acme: 4 values in 4 rows now under key ${createSecretBox(Buffer.from(newHex, 'hex')).keyId} (were ${oldId})`);
    expect(rotated.stderr).toContain('[##############################] 4/4 rows');
    const db = new Database(join(dir, 'kawalis.db'), { readonly: true });
    const stored = [
      ...db.prepare('select national_id_enc as v from people_employee').all(),
      ...db.prepare('select amount_enc as v from people_compensation').all(),
    ] as { v: string }[];
    db.close();
    expect(stored).toHaveLength(4);
    expect(stored.filter((s) => keyIdOf(s.v) === oldId)).toEqual([]);
    const exported = runKawalis(dir, ['people', 'export', '--all'], '', { KAWALIS_SECRET_KEY: newHex });
    expect(exported.code, exported.stderr).toBe(0);
    expect(exported.stdout).toContain('2098765432');
    expect(exported.stdout).toContain('9000.00,SAR,month');
  });
});
