import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS } from '../../../test/dialects.ts';
import { type BankingFixture, bankingFixture } from './banking.fixture.ts';

describe.each(DIALECTS)('banking routes on %s', (dialect) => {
  let f: BankingFixture;
  let id: string;
  beforeAll(async () => {
    f = await bankingFixture(dialect);
  });
  afterAll(async () => f.ctx.close());

  it('bank accounts: finance adds (banking.admin), analyst reads only, the ledger account must exist', async () => {
    const input = { name: 'NCB current', bank: 'SNB', iban: 'SA4420000001234567891234', currency: 'SAR', ledgerAccountId: f.ledgerAccount('1130') };
    expect((await f.analyst.post('/api/v1/banking/accounts', input)).status).toBe(403);
    const created = await f.finance.post('/api/v1/banking/accounts', input);
    expect(created.status).toBe(201);
    id = created.body.id;
    expect((await f.finance.post('/api/v1/banking/accounts', input)).status).toBe(409);
    const missing = await f.finance.post('/api/v1/banking/accounts', { ...input, name: 'x', ledgerAccountId: '01a00000-0000-7000-8000-000000000000' });
    expect(missing.status).toBe(400);
    expect((await f.finance.post('/api/v1/banking/accounts', { ...input, name: 'y', iban: undefined })).status).toBe(400);
    const expense = await f.finance.post('/api/v1/banking/accounts', { ...input, name: 'z', ledgerAccountId: f.ledgerAccount('5200') });
    expect(expense.status).toBe(400);
    expect(expense.body.error.details[0]).toMatchObject({ path: 'ledgerAccountId' });
    expect(expense.body.error.details[0].message).toMatch(/not bank or cash/);
    const grouping = await f.finance.post('/api/v1/banking/accounts', { ...input, name: 'g', ledgerAccountId: f.ledgerAccount('5') });
    expect(grouping.body.error.details[0].message).toMatch(/grouping/);
    expect((await f.analyst.get('/api/v1/banking/accounts')).body.items).toMatchObject([
      { name: 'NCB current', iban: 'SA4420000001234567891234', csvMapping: null },
    ]);
    const patched = await f.finance.patch(`/api/v1/banking/accounts/${id}`, { csvMapping: { dateColumn: 1, amountColumn: 3 } });
    expect(patched.body.csvMapping).toMatchObject({ delimiter: ',', dateColumn: 1, amountColumn: 3 });
    expect((await f.finance.patch(`/api/v1/banking/accounts/${id}`, { csvMapping: { dateColumn: 1 } })).status).toBe(400);
  });

  it('previews (nothing saved) and imports a CAMT.053 file; analyst may not import', async () => {
    const body = { bankAccountId: id, fileName: 'april.xml', contentBase64: f.file('camt053-two-statements.xml') };
    expect((await f.analyst.post('/api/v1/banking/imports/preview', body)).status).toBe(403);
    const preview = await f.finance.post('/api/v1/banking/imports/preview', body);
    expect(preview.body).toMatchObject({
      format: 'camt',
      lineCount: 3,
      newLineCount: 3,
      totalCredits: '1000.25',
      totalDebits: '3375.50',
      errors: [],
      statements: [
        { reference: 'STMT-2024-04-A/4', openingBalance: '50000.00', closingBalance: '47649.75', difference: '0.00' },
        { reference: 'STMT-2024-04-B/5', difference: '0.00' },
      ],
    });
    expect(await f.count('bank_statement')).toBe(0);
    expect((await f.analyst.post('/api/v1/banking/imports', body)).status).toBe(403);
    const imported = await f.finance.post('/api/v1/banking/imports', body);
    expect(imported.status).toBe(201);
    expect(imported.body).toMatchObject({ importedLines: 3, statements: [{ continuity: 'first' }, { continuity: 'ok' }] });
    const statements = await f.analyst.get(`/api/v1/banking/accounts/${id}/statements`);
    expect(statements.body.items).toHaveLength(2);
    const one = await f.analyst.get(`/api/v1/banking/statements/${statements.body.items[1].id}`);
    expect(one.body.lines[0]).toMatchObject({ amount: '1000.25', bankRef: 'RJHI-20240402-0001', entryRef: 'NR-0001', endToEndId: 'E2E-INV-2041' });
  });

  it('returns the errors of an unreadable file in the preview, and 400 naming the element on import', async () => {
    const body = { bankAccountId: id, fileName: 'bad.xml', contentBase64: f.file('camt053-bad-amount.xml') };
    const preview = await f.finance.post('/api/v1/banking/imports/preview', body);
    expect(preview.body).toMatchObject({ format: null, errors: [{ where: 'Document/BkToCstmrStmt/Stmt[1]/Ntry[2]/Amt' }] });
    const refused = await f.finance.post('/api/v1/banking/imports', body);
    expect(refused.status).toBe(400);
    expect(refused.body.error.details).toMatchObject([{ where: 'Document/BkToCstmrStmt/Stmt[1]/Ntry[2]/Amt' }]);
    expect(await f.count('bank_line')).toBe(3);
  });

  it('answers 404 for an unknown bank account or statement, whatever the body', async () => {
    const other = '01a00000-0000-7000-8000-000000000000';
    expect((await f.finance.patch(`/api/v1/banking/accounts/${other}`, {})).status).toBe(404);
    expect((await f.finance.get(`/api/v1/banking/accounts/${other}/statements`)).status).toBe(404);
    expect((await f.finance.get(`/api/v1/banking/statements/${other}`)).status).toBe(404);
    expect((await f.finance.post('/api/v1/banking/imports', { bankAccountId: other, fileName: 'a', contentBase64: '' })).status).toBe(404);
  });
});
