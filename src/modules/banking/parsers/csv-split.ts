/**
 * The common CSV read without a CSV parser: a file with no quote, no whitespace but spaces inside
 * lines, and `\n` or `\r\n` line ends holds one record a line and a field between delimiters, so
 * splitting gives what `csv-parse` gives with the import's options (`from_line`, `skip_empty_lines`,
 * `trim`, `relax_column_count`) at a fraction of the cost. Anything else answers undefined and the
 * caller asks `csv-parse` (quotes, tabs as whitespace, lone `\r`, a line of spaces…).
 */
export interface SplitRecord {
  record: string[];
  /** The line the record is on (from 1). */
  line: number;
}

// characters csv-parse trims that a plain split would keep, or would treat otherwise
const UNUSUAL = /["\t\v\f\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\ufeff]/;

export function splitSimpleCsv(text: string, delimiter: string, skipRows: number): SplitRecord[] | undefined {
  const out: SplitRecord[] = [];
  return eachSimpleCsvRecord(text, delimiter, skipRows, (record, line) => out.push({ record, line })) ? out : undefined;
}

// a line of spaces only (csv-parse skips it as empty, a plain split would not)
const SPACES_LINE = /(?:^|\n) +\r?(?:\n|$)/;

/**
 * `splitSimpleCsv` one record at a time: `each(record, line)` in file order, nothing kept, so a caller
 * can turn each record into its line at once. Answers false, before calling `each` at all, when the
 * file needs the parser.
 */
export function eachSimpleCsvRecord(text: string, delimiter: string, skipRows: number, each: (record: string[], line: number) => void): boolean {
  if (delimiter.length !== 1 || delimiter === '\t' || delimiter === '"' || UNUSUAL.test(text) || SPACES_LINE.test(text)) return false;
  let eol = '\n';
  if (text.includes('\r')) {
    // every line ends \r\n, and no \r stands anywhere else
    let cr = 0;
    let lf = 0;
    for (let i = text.indexOf('\r'); i >= 0; i = text.indexOf('\r', i + 1)) {
      if (text.charCodeAt(i + 1) !== 10) return false;
      cr++;
    }
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) lf++;
    if (cr !== lf) return false;
    eol = '\r\n';
  }
  let line = 0;
  for (let start = 0; start <= text.length; ) {
    let end = text.indexOf(eol, start);
    if (end < 0) end = text.length;
    line++;
    if (line > skipRows && end > start) {
      const record = text.slice(start, end).split(delimiter);
      for (let c = 0; c < record.length; c++) {
        const cell = record[c];
        const first = cell.charCodeAt(0);
        const last = cell.charCodeAt(cell.length - 1);
        if (first === 32 || last === 32) record[c] = cell.trim();
      }
      each(record, line);
    }
    start = end + eol.length;
  }
  return true;
}
