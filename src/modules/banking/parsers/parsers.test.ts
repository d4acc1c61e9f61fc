import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { csvMappingSchema } from '../csv-mapping.schemas.ts';
import { StatementParseError } from './parsed-statement.ts';
import { readStatementFile } from './read-statement-file.ts';

const fixture = (name: string) => readFileSync(new URL(`../fixtures/${name}`, import.meta.url));
const read = (name: string, mapping: unknown = null) => readStatementFile(fixture(name), mapping ? csvMappingSchema.parse(mapping) : null);
const failure = (fn: () => unknown) => {
  try {
    fn();
  } catch (err) {
    if (err instanceof StatementParseError) return err;
    throw err;
  }
  throw new Error('expected a StatementParseError');
};

describe('MT940', () => {
  it('reads two statements, the second split over two messages (:60M:/:62M:), with multi-line Arabic :86:', () => {
    const { format, statements } = read('mt940-two-statements.sta');
    expect(format).toBe('mt940');
    expect(statements).toHaveLength(2);
    const [jan, feb] = statements;
    expect(jan).toMatchObject({
      reference: 'STMT2401/00001/001',
      account: 'SA0380000000608010167519',
      currency: 'SAR',
      opening: { date: '2024-01-31', amount: '12500.00' },
      closing: { date: '2024-02-29', amount: '13749.25' },
    });
    expect(jan.lines.map((l) => l.amount)).toEqual(['-1500.00', '3000.00', '-250.75']);
    expect(jan.lines[0]).toMatchObject({
      bookingDate: '2024-02-01',
      bankRef: 'BNK240201001',
      entryRef: 'RENT-FEB',
      text: 'إيجار المكتب لشهر فبراير - شركة العقار المتحدة عقد رقم 2024/17',
    });
    expect(jan.lines[2].entryRef).toBeNull();
    expect(feb).toMatchObject({ opening: { amount: '13749.25' }, closing: { date: '2024-03-31', amount: '14700.00' } });
    expect(feb.lines.map((l) => [l.bookingDate, l.amount])).toEqual([
      ['2024-03-03', '1000.00'],
      ['2024-03-20', '-49.25'],
    ]);
  });

  it('reads the SWIFT envelope, reversals and an entry date across New Year', () => {
    const text = [
      '{1:F01RJHISARIAXXX0000000000}{2:O9400000000000RJHISARIXXXX00000000000000000000N}{4:',
      ':20:ENV1',
      ':25:608010167519',
      ':28C:7',
      ':60F:D231231SAR100,00',
      ':61:2401011231RD20,00NTRFNONREF//R1',
      ':86:reversal of a debit',
      ':62F:D240101SAR80,00',
      '-}',
    ].join('\r\n');
    const [s] = readStatementFile(Buffer.from(text), null).statements;
    expect(s.opening?.amount).toBe('-100.00');
    expect(s.lines[0]).toMatchObject({ amount: '20.00', bookingDate: '2023-12-31', valueDate: '2024-01-01' });
  });

  it('names the line of a malformed :61:', () => {
    const err = failure(() => read('mt940-bad-line.sta'));
    expect(err.where).toBe('line 7');
    expect(err.message).toMatch(/line 7: :61: "24040X0402D1O0,00NTRFNONREF" is not a statement line/);
  });

  it('refuses a statement with no closing balance', () => {
    expect(failure(() => readStatementFile(Buffer.from(':20:X\n:25:1\n:60F:C240101SAR1,00\n'), null)).message).toMatch(/no closing balance/);
  });
});

describe('CAMT', () => {
  it('reads several camt.053 statements, booked entries only, keeping AcctSvcrRef, NtryRef and end-to-end id', () => {
    const { format, statements } = read('camt053-two-statements.xml');
    expect(format).toBe('camt');
    expect(statements).toHaveLength(2);
    const [a, b] = statements;
    expect(a).toMatchObject({
      reference: 'STMT-2024-04-A/4',
      account: 'SA4420000001234567891234',
      currency: 'SAR',
      from: '2024-04-01',
      to: '2024-04-15',
      opening: { amount: '50000.00' },
      closing: { amount: '47649.75' },
    });
    expect(a.lines).toHaveLength(2);
    expect(a.lines[0]).toMatchObject({
      amount: '1000.250',
      bankRef: 'RJHI-20240402-0001',
      entryRef: 'NR-0001',
      endToEndId: 'E2E-INV-2041',
      counterparty: 'مؤسسة الريان للتجارة',
      text: 'سداد الفاتورة رقم 2041',
    });
    expect(a.lines[1]).toMatchObject({ amount: '-3350.50', text: 'رواتب أبريل - دفعة جزئية' });
    expect(b.lines.map((l) => l.amount)).toEqual(['-25.00']);
  });

  it('reads camt.052 reports and camt.054 notifications', () => {
    const [rpt] = read('camt052-report.xml').statements;
    expect(rpt.lines).toEqual([expect.objectContaining({ amount: '-120.00', endToEndId: 'E2E-STC-88', text: 'فاتورة الاتصالات' })]);
    expect(rpt.opening).toBeNull();
    const [ntf] = read('camt054-notification.xml').statements;
    expect(ntf.lines[0]).toMatchObject({ amount: '5000.00', bookingDate: '2024-05-03', counterparty: 'Gulf Supplies LLC' });
    expect(ntf.currency).toBe('SAR');
  });

  it('names the line of broken XML and the element of a bad amount', () => {
    expect(failure(() => read('camt053-unclosed.xml')).where).toMatch(/^line 12, column/);
    const bad = failure(() => read('camt053-bad-amount.xml'));
    expect(bad.where).toBe('Document/BkToCstmrStmt/Stmt[1]/Ntry[2]/Amt');
  });
});

describe('OFX', () => {
  it('reads OFX 1.x SGML with unclosed tags', () => {
    const { format, statements } = read('ofx1-sgml.ofx');
    expect(format).toBe('ofx');
    const [s] = statements;
    expect(s).toMatchObject({ account: '4455667788', currency: 'USD', opening: null, closing: { date: '2024-05-31', amount: '5907.90' } });
    expect(s.lines.map((l) => [l.bookingDate, l.amount, l.bankRef])).toEqual([
      ['2024-05-03', '-42.10', '20240503-001'],
      ['2024-05-15', '1250.00', '20240515-002'],
      ['2024-05-20', '-300.00', '20240520-003'],
    ]);
    expect(s.lines[0].text).toBe('OFFICE DEPOT #221 — Printer paper & toner');
    expect(s.lines[2].entryRef).toBe('1045');
  });

  it('reads OFX 2.x XML with Arabic names', () => {
    const [s] = read('ofx2-xml.ofx').statements;
    expect(s.lines.map((l) => l.text)).toEqual(['شركة الصفا للمقاولات — دفعة مقدمة للمشروع', 'رسوم شهرية']);
    expect(s.closing?.amount).toBe('22185.00');
  });

  it('names the element that is not closed', () => {
    expect(failure(() => read('ofx2-unclosed.ofx')).where).toMatch(/^OFX element </);
  });
});

describe('CSV with a saved mapping', () => {
  const german = {
    delimiter: ';',
    dateFormat: 'DD.MM.YYYY',
    decimal: ',',
    thousands: '.',
    dateColumn: 1,
    valueDateColumn: 2,
    textColumns: [3],
    referenceColumn: 4,
    amountColumn: 5,
  };

  it('reads a signed amount column with comma decimals and quoted delimiters', () => {
    const { format, statements } = read('csv-signed-utf8.csv', german);
    expect(format).toBe('csv');
    const [s] = statements;
    expect(s).toMatchObject({ from: '2024-06-03', to: '2024-06-10', opening: null });
    expect(s.lines.map((l) => [l.bookingDate, l.amount, l.entryRef])).toEqual([
      ['2024-06-03', '1250.00', 'RF18-118'],
      ['2024-06-03', '-65.40', null],
      ['2024-06-03', '-65.40', null],
      ['2024-06-10', '-2100.00', 'DA-7'],
    ]);
    expect(s.lines[0].text).toBe('Zahlung Rechnung 2024-118; Müller GmbH');
  });

  it('reads Windows-1256 Arabic with debit and credit columns and two header rows', () => {
    const [s] = read('csv-debit-credit-1256.csv', {
      encoding: 'windows-1256',
      skipRows: 2,
      dateFormat: 'DD/MM/YYYY',
      thousands: ',',
      dateColumn: 1,
      textColumns: [2],
      debitColumn: 3,
      creditColumn: 4,
    }).statements;
    expect(s.lines.map((l) => [l.bookingDate, l.amount, l.text])).toEqual([
      ['2024-06-05', '12500.00', 'حوالة واردة من شركة الأمل'],
      ['2024-06-07', '-1000.00', 'سحب نقدي من الصراف الآلي'],
      ['2024-06-09', '-25.00', 'رسوم كشف حساب'],
    ]);
  });

  it('reads UTF-16 (by its byte-order mark) with Arabic-Indic digits', () => {
    const [s] = read('csv-utf16le.csv', { delimiter: '\t', dateColumn: 1, textColumns: [2], amountColumn: 3 }).statements;
    expect(s.lines.map((l) => [l.bookingDate, l.amount])).toEqual([
      ['2024-06-11', '-750.00'],
      ['2024-06-12', '2000.00'],
    ]);
  });

  it('names the line of a bad amount, and refuses a CSV without a mapping', () => {
    const err = failure(() => read('csv-bad-amount.csv', german));
    expect(err.message).toMatch(/^line 3: amount: "12,3,4"/);
    expect(failure(() => read('csv-signed-utf8.csv')).message).toMatch(/no CSV mapping/);
  });

  it('names the right line after a quoted line break, an empty line or CR line ends', () => {
    const csv = (text: string) =>
      readStatementFile(Buffer.from(text), csvMappingSchema.parse({ skipRows: 1, dateColumn: 1, textColumns: [2], amountColumn: 3 }));
    const head = 'date,text,amount\n2024-01-02,ok,1.00\n';
    expect(failure(() => csv(`${head}2024-01-03,bad,x\n`)).message).toMatch(/^line 3: /);
    expect(failure(() => csv(`${head}2024-01-03,"two\nlines",2.00\n2024-01-04,bad,x\n`)).message).toMatch(/^line 5: /);
    expect(failure(() => csv(`${head}\n2024-01-04,bad,x\n`)).message).toMatch(/^line 4: /);
    expect(failure(() => csv(head.replace(/\n/g, '\r\n') + '2024-01-03,bad,x')).message).toMatch(/^line 3: /);
    expect(failure(() => csv(head.replace(/\n/g, '\r') + '2024-01-03,bad,x')).message).toMatch(/^line 3: /);
  });
});

describe('detection by content', () => {
  it('refuses binary, empty, and unknown XML files', () => {
    expect(failure(() => readStatementFile(Buffer.from([0, 1, 2, 0]), null)).message).toMatch(/binary|UTF-8/);
    expect(failure(() => readStatementFile(Buffer.alloc(0), null)).message).toMatch(/empty/);
    expect(failure(() => readStatementFile(Buffer.from('<?xml version="1.0"?><html></html>'), null)).message).toMatch(/neither OFX nor/);
  });
});
