import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runKawalis } from '../../../test/cli.ts';
import { openSqlite } from '../../platform/db/create-database.ts';

let dataDir: string;

const kawalis = (args: string[], input = '') => runKawalis(dataDir, args, input);

describe('kawalis ledger', () => {
  beforeAll(() => {
    dataDir = mkdtempSync(join(tmpdir(), 'kawalis-ledger-cli-'));
    const setup = kawalis(
      ['setup', '--company', 'Acme', '--currency', 'SAR', '--language', 'en', '--time-zone', 'UTC', '--admin-email', 'a@acme.test'],
      'correct horse battery staple\n',
    );
    expect(setup.code).toBe(0);
  });
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it('installs the chart, posts from a file by codes, prints the trial balance as CSV and verifies', () => {
    expect(kawalis(['ledger', 'install-chart']).stdout).toMatch(/installed 5\d accounts and 6 journals/);
    expect(kawalis(['ledger', 'accounts']).stdout).toMatch(/1130 +asset +bank +leaf +Bank - current account +البنك - الحساب الجاري/);
    const file = join(dataDir, 'entry.json');
    writeFileSync(
      file,
      JSON.stringify({
        journal: 'GEN',
        date: '2026-01-05',
        memo: 'Capital',
        lines: [
          { account: '1130', debit: '5000.00' },
          { account: '3100', credit: '5000.00' },
        ],
      }),
    );
    const posted = kawalis(['ledger', 'post', '--file', file, '--idempotency-key', 'cli-file-1']);
    expect(posted.stdout).toMatch(/^posted: GEN\/2026\/000001/);
    expect(kawalis(['ledger', 'post', '--file', file, '--idempotency-key', 'cli-file-1']).stdout).toMatch(/^already posted: GEN\/2026\/000001/);
    writeFileSync(
      file,
      JSON.stringify({
        journal: 'GEN',
        date: '2026-01-05',
        lines: [
          { account: '1130', debit: '1.00' },
          { account: '3100', credit: '2.00' },
        ],
      }),
    );
    const refused = kawalis(['ledger', 'post', '--file', file]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/SAR: debits 1.00 ≠ credits 2.00/);
    const tb = kawalis(['ledger', 'trial-balance', '--as-of', '2026-01-31', '--format', 'csv']);
    expect(tb.stdout).toBe(
      "account,name,commodity,balance,base_balance\r\n1130,Bank - current account,SAR,5000.00,5000.00\r\n3100,Owner's capital,SAR,-5000.00,-5000.00\r\n",
    );
    expect(kawalis(['ledger', 'verify'])).toMatchObject({ code: 0, stdout: 'ok: 1 posted entries verified\n' });
  });

  it('verify exits 1 naming the entry whose line was edited behind its back', async () => {
    const db = openSqlite(join(dataDir, 'kawalis.db'));
    try {
      db.exec('drop trigger ledger_line_no_update');
      db.exec('update ledger_line set amount = amount + 100 where line_no = 1');
    } finally {
      db.close();
    }
    const r = kawalis(['ledger', 'verify']);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/^FAILED: GEN\/2026\/000001: its hash does not match its contents/);
  });
});
