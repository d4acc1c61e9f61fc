import iconv from 'iconv-lite';
import type { CsvMapping } from '../csv-mapping.schemas.ts';
import { parseCamt } from './camt.parser.ts';
import { parseCsv } from './csv.parser.ts';
import { parseMt940 } from './mt940.parser.ts';
import { parseOfx } from './ofx.parser.ts';
import { type ParsedFile, type StatementFormat, StatementParseError } from './parsed-statement.ts';

/**
 * A statement file → text → its format, told by content and never by file name → statements.
 * A byte-order mark decides the encoding first; an OFX 1.x header's CHARSET next; a CSV uses its
 * saved mapping's encoding; anything else must be UTF-8.
 */
function decode(bytes: Uint8Array, csvEncoding: CsvMapping['encoding'] | undefined): string {
  const b = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf) return b.subarray(3).toString('utf8');
  if (b[0] === 0xff && b[1] === 0xfe) return iconv.decode(b.subarray(2), 'utf-16le');
  if (b[0] === 0xfe && b[1] === 0xff) return iconv.decode(b.subarray(2), 'utf-16be');
  const head = b.subarray(0, 400).toString('latin1');
  const charset = /^\s*OFXHEADER:\s*100[\s\S]*?CHARSET:\s*(\d{4})/.exec(head)?.[1];
  if (charset === '1256' || charset === '1252') return iconv.decode(b, `windows-${charset}`);
  if (csvEncoding && csvEncoding !== 'utf-8' && looksLikeCsv(head)) return iconv.decode(b, csvEncoding);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(b);
  } catch {
    throw new StatementParseError('the file is not UTF-8 text (save it as UTF-8, or set the encoding in the CSV mapping)', 'file');
  }
}

const looksLikeCsv = (head: string) => !/^\s*(OFXHEADER|<|\{1:|:20:)/.test(head);

export function detectFormat(text: string): StatementFormat {
  const head = text.slice(0, 4000).trimStart();
  if (/^OFXHEADER\s*:/.test(head) || /<\?OFX\b/.test(head) || /^<OFX>/i.test(head)) return 'ofx';
  if (/^(<\?xml[^>]*>\s*)?(<!--[\s\S]*?-->\s*)*<([\w-]+:)?Document\b/.test(head) && /camt\.05[234]|BkToCstmr/.test(head)) return 'camt';
  if (/^\{1:/.test(head) || (/^:20:/m.test(head) && /^:(25|60F|28C):/m.test(head))) return 'mt940';
  if (/^</.test(head)) throw new StatementParseError('an XML file that is neither OFX nor ISO 20022 camt.052/053/054', 'line 1');
  return 'csv';
}

export function readStatementFile(bytes: Uint8Array, csvMapping: CsvMapping | null): ParsedFile {
  if (bytes.byteLength === 0) throw new StatementParseError('the file is empty', 'file');
  const text = decode(bytes, csvMapping?.encoding);
  if (text.includes('\u0000')) throw new StatementParseError('the file is binary, not a statement', 'file');
  const format = detectFormat(text);
  switch (format) {
    case 'ofx':
      return { format, statements: parseOfx(text) };
    case 'camt':
      return { format, statements: parseCamt(text) };
    case 'mt940':
      return { format, statements: parseMt940(text) };
    case 'csv':
      if (!csvMapping) throw new StatementParseError('a CSV file, and this bank account has no CSV mapping saved', 'file');
      return { format, statements: parseCsv(text, csvMapping) };
  }
}
