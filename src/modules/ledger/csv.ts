import { refusalText } from './refusals.ts';

/**
 * A small RFC 4180 reader and writer for the ledger's own files (the chart): quoted fields, doubled
 * quotes, commas and newlines inside quotes, CRLF or LF. Large entry imports will stream with
 * csv-parse; a chart is a few hundred rows.
 */
export class CsvError extends Error {
  constructor(
    readonly code: 'ledger.csv_quote_in_field' | 'ledger.csv_quote_not_closed',
    readonly line: number,
  ) {
    super(refusalText(code));
  }
}

export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  let line = 1;
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  for (; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else {
        if (ch === '\n') line++;
        field += ch;
      }
    } else if (ch === '"') {
      if (field !== '') throw new CsvError('ledger.csv_quote_in_field', line);
      quoted = true;
    } else if (ch === ',') {
      row.push(field);
      field = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      line++;
    } else field += ch;
  }
  if (quoted) throw new CsvError('ledger.csv_quote_not_closed', line);
  if (field !== '' || row.length) {
    row.push(field);
    rows.push(row);
  }
  return rows.filter((r) => !(r.length === 1 && r[0] === ''));
}

const needsQuotes = /[",\r\n]/;

/**
 * One CSV field. A value a spreadsheet would run as a formula (starting = + - @) is quoted and
 * prefixed with an apostrophe, so an exported name cannot execute in Excel (CSV injection).
 */
export function csvField(value: string): string {
  let v = value;
  if (/^[=+\-@\t]/.test(v) && !/^-?\d+(\.\d+)?$/.test(v)) v = `'${v}`;
  return needsQuotes.test(v) ? `"${v.replace(/"/g, '""')}"` : v;
}

export const toCsv = (rows: string[][]) => `${rows.map((r) => r.map(csvField).join(',')).join('\r\n')}\r\n`;
