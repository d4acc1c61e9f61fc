import { parse } from 'csv-parse/sync';
import { AmountError, asciiDigits, canonicalDecimal } from '../bank-amount.ts';
import type { CsvMapping } from '../csv-mapping.schemas.ts';
import { eachSimpleCsvRecord, type SplitRecord } from './csv-split.ts';
import { type ParsedLine, type ParsedStatement, StatementParseError, validDate } from './parsed-statement.ts';

/**
 * A bank's CSV export read with the mapping saved on the bank account: which columns hold what, the
 * number format and the date format. Columns are numbered from 1 (header names vary by bank and
 * language). A CSV states no balances; it becomes one statement spanning its first to last date.
 */
const DATE_PARTS: Record<CsvMapping['dateFormat'], RegExp> = {
  'YYYY-MM-DD': /^(?<y>\d{4})-(?<m>\d{1,2})-(?<d>\d{1,2})$/,
  'YYYY/MM/DD': /^(?<y>\d{4})\/(?<m>\d{1,2})\/(?<d>\d{1,2})$/,
  'DD/MM/YYYY': /^(?<d>\d{1,2})\/(?<m>\d{1,2})\/(?<y>\d{4})$/,
  'MM/DD/YYYY': /^(?<m>\d{1,2})\/(?<d>\d{1,2})\/(?<y>\d{4})$/,
  'DD.MM.YYYY': /^(?<d>\d{1,2})\.(?<m>\d{1,2})\.(?<y>\d{4})$/,
  'DD-MM-YYYY': /^(?<d>\d{1,2})-(?<m>\d{1,2})-(?<y>\d{4})$/,
};

function csvDate(raw: string, format: CsvMapping['dateFormat'], where: string): string {
  const t = asciiDigits(raw).trim().split(/[ T]/)[0];
  const g = DATE_PARTS[format].exec(t)?.groups;
  if (!g) throw new StatementParseError(`"${raw}" is not a date in the format ${format}`, where);
  return validDate(`${g.y}-${g.m.padStart(2, '0')}-${g.d.padStart(2, '0')}`, raw, where);
}

/**
 * Whether record i of `count` is on line skipRows + 1 + i: every line after the skipped ones holds one
 * record (no empty line, no quoted line break, no lone CR). Then the parser need not count lines.
 */
function oneRecordALine(text: string, skipRows: number, count: number): boolean {
  if (text.includes('\n\n') || text.includes('\r\n\r\n') || /\r(?!\n)/.test(text)) return false;
  let lines = 0;
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) lines++;
  if (!text.endsWith('\n')) lines++;
  return lines - skipRows === count;
}

/** The records of a file the plain split leaves to `csv-parse`, with the line of each. */
function parseRows(text: string, mapping: CsvMapping): SplitRecord[] {
  const options = { delimiter: mapping.delimiter, from_line: mapping.skipRows + 1, relax_column_count: true, skip_empty_lines: true, trim: true };
  try {
    // counting lines costs the parser a fifth of its time: done only when records and lines differ
    const records = parse(text, options) as string[][];
    if (oneRecordALine(text, mapping.skipRows, records.length)) return records.map((record, i) => ({ record, line: mapping.skipRows + 1 + i }));
    const withInfo = parse(text, { ...options, info: true }) as unknown as { record: string[]; info: { lines: number } }[];
    return withInfo.map((r) => ({ record: r.record, line: r.info.lines }));
  } catch (err) {
    const e = err as Error & { lines?: number };
    throw new StatementParseError(e.message.replace(/^.*?:\s*/, ''), `line ${e.lines ?? '?'}`);
  }
}

export function parseCsv(text: string, mapping: CsvMapping): ParsedStatement[] {
  const body = text.replace(/^\uFEFF/, '');
  const format = { decimal: mapping.decimal, thousands: mapping.thousands };
  // a statement holds few distinct dates: each is read once (an unreadable one throws, so is never kept)
  const dates = new Map<string, string>();
  const dateOf = (raw: string, where: string) => {
    let d = dates.get(raw);
    if (d === undefined) {
      d = csvDate(raw, mapping.dateFormat, where);
      dates.set(raw, d);
    }
    return d;
  };
  const cell = (record: string[], col: number | undefined, name: string, where: string) => {
    if (col === undefined) return '';
    if (col > record.length) throw new StatementParseError(`has no column ${col} (${name})`, where);
    return record[col - 1] ?? '';
  };
  const money = (raw: string, name: string, where: string) => {
    try {
      return canonicalDecimal(raw, format);
    } catch (err) {
      if (err instanceof AmountError) throw new StatementParseError(`${name}: ${err.message}`, where);
      throw err;
    }
  };
  const textOf = (record: string[], where: string) => {
    if (mapping.textColumns.length === 1) return cell(record, mapping.textColumns[0], 'text', where);
    return mapping.textColumns
      .map((c) => cell(record, c, 'text', where))
      .filter(Boolean)
      .join(' — ');
  };
  const lineOf = (record: string[], line: number): ParsedLine => {
    const where = `line ${line}`;
    let amount: string;
    if (mapping.amountColumn) amount = money(cell(record, mapping.amountColumn, 'amount', where), 'amount', where);
    else {
      const debit = cell(record, mapping.debitColumn, 'debit', where);
      const credit = cell(record, mapping.creditColumn, 'credit', where);
      const d = debit ? money(debit, 'debit', where).replace(/^-/, '') : '0';
      const c = credit ? money(credit, 'credit', where).replace(/^-/, '') : '0';
      if (!debit && !credit) throw new StatementParseError('neither a debit nor a credit amount', where);
      if (d !== '0' && !/^0(\.0+)?$/.test(d) && c !== '0' && !/^0(\.0+)?$/.test(c)) throw new StatementParseError('both a debit and a credit amount', where);
      amount = /^0(\.0+)?$/.test(d) ? c : `-${d}`;
    }
    const valueDate = mapping.valueDateColumn && cell(record, mapping.valueDateColumn, 'value date', where);
    return {
      bookingDate: dateOf(cell(record, mapping.dateColumn, 'date', where), where),
      valueDate: valueDate ? dateOf(valueDate, where) : null,
      amount,
      text: textOf(record, where),
      bankRef: null,
      entryRef: mapping.referenceColumn ? cell(record, mapping.referenceColumn, 'reference', where) || null : null,
      endToEndId: null,
      counterparty: mapping.counterpartyColumn ? cell(record, mapping.counterpartyColumn, 'counterparty', where) || null : null,
      source: where,
    };
  };
  // a plain file: each record becomes its line as it is split (no array of records kept); else csv-parse
  const lines: ParsedLine[] = [];
  if (!eachSimpleCsvRecord(body, mapping.delimiter, mapping.skipRows, (record, line) => lines.push(lineOf(record, line))))
    for (const { record, line } of parseRows(body, mapping)) lines.push(lineOf(record, line));
  if (lines.length === 0) throw new StatementParseError('no rows after the skipped header rows', `line ${mapping.skipRows + 1}`);
  let from = lines[0].bookingDate;
  let to = from;
  for (const l of lines) {
    if (l.bookingDate < from) from = l.bookingDate;
    if (l.bookingDate > to) to = l.bookingDate;
  }
  return [{ reference: null, account: null, currency: null, opening: null, closing: null, from, to, lines, source: 'line 1' }];
}
