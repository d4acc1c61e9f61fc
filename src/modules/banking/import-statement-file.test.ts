import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS } from '../../../test/dialects.ts';
import { type BankingFixture, bankingFixture } from './banking.fixture.ts';
import { createBankAccount } from './create-bank-account.ts';
import { importStatementFile } from './import-statement-file.ts';
import { statementsOfAccount } from './list-statements.ts';
import { previewStatementFile } from './preview-statement-file.ts';
import { statementsContinuousCheck } from './statements-continuous.check.ts';

const mt940 = (lines: string[]) => Buffer.from(lines.join('\n')).toString('base64');
/** An MT940 statement for the fixture's account: opening, signed lines (bank refs), closing. */
const statement = (ref: string, open: [string, string], lines: [string, string, string][], close: [string, string]) => {
  const bal = (tag: string, [d, a]: [string, string]) => `:${tag}:${a.startsWith('-') ? 'D' : 'C'}${d}SAR${a.replace('-', '').replace('.', ',')}`;
  return mt940([
    `:20:${ref}`,
    ':25:SA0380000000608010167519',
    bal('60F', open),
    ...lines.flatMap(([d, a, r]) => [`:61:${d}${a.startsWith('-') ? 'D' : 'C'}${a.replace('-', '').replace('.', ',')}NTRFNONREF//${r}`, ':86:line']),
    bal('62F', close),
    '-',
  ]);
};

describe.each(DIALECTS)('statement import on %s', (dialect) => {
  let f: BankingFixture;
  let accountId: string;
  beforeAll(async () => {
    f = await bankingFixture(dialect);
    accountId = (
      await createBankAccount(f.db, f.call, {
        name: 'Al Rajhi current',
        bank: 'Al Rajhi Bank',
        iban: 'SA03 8000 0000 6080 1016 7519',
        currency: 'SAR',
        ledgerAccountId: f.ledgerAccount('1130'),
      })
    ).id;
  });
  afterAll(async () => f.ctx.close());

  it('previews without saving, then imports; re-importing the same file adds nothing', async () => {
    const input = { bankAccountId: accountId, fileName: 'feb.sta', contentBase64: f.file('mt940-two-statements.sta') };
    const preview = await previewStatementFile(f.db, input);
    expect(preview).toMatchObject({ format: 'mt940', lineCount: 5, newLineCount: 5, totalCredits: '4000.00', totalDebits: '1800.00', errors: [] });
    expect(await f.count('bank_statement')).toBe(0);
    const first = await importStatementFile(f.db, f.call, input);
    expect(first).toMatchObject({ importedLines: 5, duplicateLines: 0, skippedStatements: 0 });
    expect(first.statements.map((s) => s.continuity)).toEqual(['first', 'ok']);
    const again = await importStatementFile(f.db, f.call, { ...input, fileName: 'feb-copy.sta' });
    expect(again).toMatchObject({ statements: [], importedLines: 0, duplicateLines: 5, skippedStatements: 2 });
    expect(await f.count('bank_line')).toBe(5);
    expect((await previewStatementFile(f.db, input)).statements.map((s) => s.alreadyImported)).toEqual([true, true]);
  });

  it('adds only the new lines of an overlapping statement', async () => {
    const overlap = statement(
      'OVERLAP',
      ['240305', '14749.25'],
      [
        ['2403200320', '-49.25', 'BNK240320005'],
        ['2403250325', '100.00', 'BNK240325009'],
      ],
      ['240331', '14800.00'],
    );
    const r = await importStatementFile(f.db, f.call, { bankAccountId: accountId, fileName: 'o.sta', contentBase64: overlap });
    expect(r).toMatchObject({ importedLines: 1, duplicateLines: 1, statements: [{ continuity: 'overlap' }] });
    expect(await f.count('bank_line')).toBe(6);
  });

  it('refuses a statement that does not add up, with the difference, and writes nothing', async () => {
    const before = [await f.count('bank_statement'), await f.count('bank_line')];
    const bad = statement('BAD', ['240430', '100.00'], [['2405020502', '10.00', 'X1']], ['240531', '111.00']);
    await expect(importStatementFile(f.db, f.call, { bankAccountId: accountId, fileName: 'bad.sta', contentBase64: bad })).rejects.toMatchObject({
      code: 'VALIDATION',
      details: [{ where: 'line 1', message: expect.stringContaining('difference 1.00') }],
    });
    expect([await f.count('bank_statement'), await f.count('bank_line')]).toEqual(before);
  });

  it('refuses the whole file when one statement is unreadable (the good one is not imported)', async () => {
    const good = Buffer.from(statement('GOOD', ['240430', '0.00'], [['2405020502', '10.00', 'G1']], ['240531', '10.00']), 'base64').toString();
    const file = Buffer.from(`${good}\n${Buffer.from(f.file('mt940-bad-line.sta'), 'base64').toString()}`).toString('base64');
    await expect(importStatementFile(f.db, f.call, { bankAccountId: accountId, fileName: 'mixed.sta', contentBase64: file })).rejects.toMatchObject({
      details: [{ where: 'line 14' }],
    });
    expect(await f.count('bank_line')).toBe(6);
  });

  it('refuses a statement for another account or currency', async () => {
    const other = await importStatementFile(f.db, f.call, {
      bankAccountId: accountId,
      fileName: 'c.xml',
      contentBase64: f.file('camt053-two-statements.xml'),
    }).catch((e) => e);
    expect(other.details[0].message).toMatch(/for account SA4420000001234567891234/);
    const usd = await previewStatementFile(f.db, { bankAccountId: accountId, fileName: 'x.ofx', contentBase64: f.file('ofx1-sgml.ofx') });
    expect(usd.errors.map((e) => e.message)).toContain('the statement is in USD, the bank account in SAR');
  });

  it('flags a statement whose opening differs from the previous closing, and the period close fails on it', async () => {
    const ok = await statementsContinuousCheck.run({ platform: f.ctx.p, companyId: f.call.actor.companyId as string, periodEnd: '2024-12-31' });
    expect(ok.ok).toBe(true);
    const gap = statement('APR', ['240430', '15000.00'], [['2405020502', '-20.00', 'A1']], ['240531', '14980.00']);
    const r = await importStatementFile(f.db, f.call, { bankAccountId: accountId, fileName: 'apr.sta', contentBase64: gap });
    expect(r.statements[0]).toMatchObject({ continuity: 'gap', gap: '200.00' });
    const listed = await statementsOfAccount(f.db, accountId);
    expect(listed[0]).toMatchObject({ reference: 'APR', continuity: 'gap', gap: '200.00' });
    const before = await statementsContinuousCheck.run({ platform: f.ctx.p, companyId: f.call.actor.companyId as string, periodEnd: '2024-04-29' });
    expect(before.ok).toBe(true);
    const failed = await statementsContinuousCheck.run({ platform: f.ctx.p, companyId: f.call.actor.companyId as string, periodEnd: '2024-05-31' });
    expect(failed).toMatchObject({ ok: false });
    expect(failed.message).toMatch(/Al Rajhi current: statement from 2024-04-30 opens 200.00 SAR away/);
  });

  it('re-checks the next statement when a missing one is imported between', async () => {
    // the statement for the gap: closing 15000.00 on 2024-04-30 ends the chain break
    const between = statement('MID', ['240331', '14800.00'], [['2404150415', '200.00', 'M1']], ['240430', '15000.00']);
    await importStatementFile(f.db, f.call, { bankAccountId: accountId, fileName: 'mid.sta', contentBase64: between });
    const listed = await statementsOfAccount(f.db, accountId);
    expect(listed.map((s) => [s.reference, s.continuity])).toEqual([
      ['APR', 'ok'],
      ['MID', 'ok'],
      ['OVERLAP', 'overlap'],
      ['STMT2402/00002/001', 'ok'],
      ['STMT2401/00001/001', 'first'],
    ]);
    const check = await statementsContinuousCheck.run({ platform: f.ctx.p, companyId: f.call.actor.companyId as string, periodEnd: '2024-12-31' });
    expect(check.ok).toBe(true);
  });

  it('keys lines without a bank reference by fingerprint: identical lines the same day stay two', async () => {
    const mapping: Parameters<typeof createBankAccount>[2]['csvMapping'] = {
      delimiter: ';',
      dateFormat: 'DD.MM.YYYY',
      decimal: ',',
      thousands: '.',
      dateColumn: 1,
      textColumns: [3],
      amountColumn: 5,
    };
    const csvAccount = await createBankAccount(f.db, f.call, {
      name: 'Deutsche Bank EUR',
      bank: 'Deutsche Bank',
      accountNumber: '1234567',
      currency: 'EUR',
      ledgerAccountId: f.ledgerAccount('1140'),
      csvMapping: mapping,
    });
    const input = { bankAccountId: csvAccount.id, fileName: 'june.csv', contentBase64: f.file('csv-signed-utf8.csv') };
    expect(await importStatementFile(f.db, f.call, input)).toMatchObject({ importedLines: 4 });
    expect(await importStatementFile(f.db, f.call, input)).toMatchObject({ importedLines: 0, skippedStatements: 1 });
    const extended = Buffer.concat([Buffer.from(f.file('csv-signed-utf8.csv'), 'base64'), Buffer.from('11.06.2024;11.06.2024;Neu;;-1,00\n')]);
    expect(await importStatementFile(f.db, f.call, { ...input, contentBase64: extended.toString('base64') })).toMatchObject({
      importedLines: 1,
      duplicateLines: 4,
    });
  });
});
