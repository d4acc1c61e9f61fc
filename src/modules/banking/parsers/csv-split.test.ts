import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { splitSimpleCsv } from './csv-split.ts';

const viaParser = (text: string, delimiter: string, skipRows: number) =>
  (
    parse(text, { delimiter, from_line: skipRows + 1, relax_column_count: true, skip_empty_lines: true, trim: true, info: true }) as unknown as {
      record: string[];
      info: { lines: number };
    }[]
  ).map((r) => ({ record: r.record, line: r.info.lines }));

describe('the CSV split without a parser', () => {
  it('gives what csv-parse gives for plain files, with the line of each record', () => {
    const files = [
      'date,amount,text\n2024-01-02,1.00,coffee\n2024-01-03, -2.50 , a  b \n',
      'date;amount\r\n2024-01-02;1,00\r\n\r\n2024-01-03;2\r\n',
      'h1\nh2\n2024-01-02|1|x\n\n\n2024-01-04|3\n2024-01-05|4|y|z',
      'a,b\n,,\n x ,\n',
    ];
    for (const [text, delimiter, skip] of [
      [files[0], ',', 1],
      [files[1], ';', 1],
      [files[2], '|', 2],
      [files[3], ',', 0],
    ] as const)
      expect(splitSimpleCsv(text, delimiter, skip)).toEqual(viaParser(text, delimiter, skip));
  });

  it('leaves quotes, tabs, lone carriage returns and lines of spaces to the parser', () => {
    expect(splitSimpleCsv('a,"b,c"\n', ',', 0)).toBeUndefined();
    expect(splitSimpleCsv('a\tb\n', '\t', 0)).toBeUndefined();
    expect(splitSimpleCsv('a,\tb\n', ',', 0)).toBeUndefined();
    expect(splitSimpleCsv('a,b\rc,d\r', ',', 0)).toBeUndefined();
    expect(splitSimpleCsv('a,b\r\nc,d\n', ',', 0)).toBeUndefined();
    expect(splitSimpleCsv('a,b\n   \nc,d\n', ',', 0)).toBeUndefined();
    expect(splitSimpleCsv('a,b\u00a0\n', ',', 0)).toBeUndefined();
  });
});
