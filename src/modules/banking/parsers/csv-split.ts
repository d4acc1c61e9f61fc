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
  if (delimiter.length !== 1 || delimiter === '\t' || delimiter === '"' || UNUSUAL.test(text)) return undefined;
  let eol = '\n';
  if (text.includes('\r')) {
    // every line ends \r\n, and no \r stands anywhere else
    let cr = 0;
    let lf = 0;
    for (let i = text.indexOf('\r'); i >= 0; i = text.indexOf('\r', i + 1)) {
      if (text.charCodeAt(i + 1) !== 10) return undefined;
      cr++;
    }
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) lf++;
    if (cr !== lf) return undefined;
    eol = '\r\n';
  }
  const lines = text.split(eol);
  const out: SplitRecord[] = [];
  for (let i = skipRows; i < lines.length; i++) {
    const l = lines[i];
    if (l.length === 0) continue;
    const record = l.split(delimiter);
    for (let c = 0; c < record.length; c++) {
      const cell = record[c];
      const first = cell.charCodeAt(0);
      const last = cell.charCodeAt(cell.length - 1);
      if (first === 32 || last === 32) record[c] = cell.trim();
    }
    // a line of spaces only is an empty line to csv-parse (skipped), which a plain split cannot tell: let it decide
    if (record.length === 1 && record[0] === '') return undefined;
    out.push({ record, line: i + 1 });
  }
  return out;
}
