import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { CsvSyntaxError, csvRecords } from './csv-records.ts';

async function read(text: string, chunk = 1 << 16): Promise<string[][]> {
  const bytes = Buffer.from(text, 'utf8');
  async function* chunks() {
    for (let i = 0; i < bytes.length; i += chunk) yield bytes.subarray(i, i + chunk);
  }
  const out: string[][] = [];
  for await (const r of csvRecords(chunks())) out.push(r);
  return out;
}

const reference = (text: string) => parse(text, { bom: true, relax_column_count: true, skip_empty_lines: true }) as string[][];

const samples = [
  'a,b,c\n1,2,3\n',
  'a,b,c\r\n1,2,3\r\n\r\n4,,6',
  '\ufeffentry_key,date\nE1,2025-01-01\n\nE2,2025-01-02\n',
  'a,"b, with comma","c ""quoted"""\n"multi\nline",x,\n',
  'a\rb\rc',
  '"",x\n,,\n"é, ü",ط\n',
  'k,"v"\r\n"w",z',
];

describe('csvRecords', () => {
  it('reads what csv-parse reads, whatever the chunk boundaries', async () => {
    for (const text of samples) {
      const want = reference(text);
      for (const size of [1, 2, 3, 5, 7, 64]) expect(await read(text, size), `${JSON.stringify(text)} in chunks of ${size}`).toEqual(want);
    }
  });

  it('refuses a quote inside an unquoted field, text after a closing quote, and an unclosed quote', async () => {
    await expect(read('a,b"c\n')).rejects.toThrow(CsvSyntaxError);
    await expect(read('a,"b"c\n')).rejects.toThrow(/record 1/);
    await expect(read('h\n"open\n')).rejects.toThrow(/record 2: a quoted field is not closed/);
  });
});
