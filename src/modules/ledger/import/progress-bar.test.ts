import { describe, expect, it } from 'vitest';
import type { ImportProgress } from './import-report.ts';
import { progressBar } from './progress-bar.ts';

const p = (phase: ImportProgress['phase'], rowsRead: number, entriesPosted = 0): ImportProgress => ({
  phase,
  rowsRead,
  entriesTotal: 60_000,
  entriesPosted,
  entriesSkipped: 0,
});

describe('the CLI progress bar (not a terminal: one line per phase change and every five seconds)', () => {
  it('gives rows/s while checking and entries/s while posting, the last line included', () => {
    const lines: string[] = [];
    let clock = 0;
    const bar = progressBar({ isTTY: false, write: (s: string) => lines.push(s) } as unknown as NodeJS.WriteStream, () => clock);
    bar(p('validating', 0));
    clock = 2_000;
    bar(p('validating', 120_001));
    bar(p('posting', 120_001));
    clock = 7_000;
    bar(p('posting', 120_001, 45_000));
    clock = 8_000;
    bar(p('done', 120_001, 60_000));
    expect(lines).toEqual([
      'checking  0 rows  0 rows/s\n',
      'posting   [------------------------------] 0/60,000 entries  0 entries/s  (120,001 rows read)\n',
      'posting   [#######################-------] 45,000/60,000 entries  9,000 entries/s  (120,001 rows read)\n',
      'posting   [##############################] 60,000/60,000 entries  10,000 entries/s  (120,001 rows read)\n',
    ]);
  });
});
