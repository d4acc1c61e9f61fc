/** Test helper: statements written for the matching tests. */

/** An MT940 statement (SAR) with a text per line: [YYMMDD, signed amount, bank ref, text]. */
export function mt940Statement(ref: string, open: [string, string], lines: [string, string, string, string][], close: [string, string]): string {
  const amt = (a: string) => `${a.startsWith('-') ? 'D' : 'C'}`;
  const num = (a: string) => a.replace('-', '').replace('.', ',');
  return Buffer.from(
    [
      `:20:${ref}`,
      ':25:SA0380000000608010167519',
      `:60F:${amt(open[1])}${open[0]}SAR${num(open[1])}`,
      ...lines.flatMap(([d, a, r, t]) => [`:61:${d}${d.slice(2)}${amt(a)}${num(a)}NTRFNONREF//${r}`, `:86:${t}`]),
      `:62F:${amt(close[1])}${close[0]}SAR${num(close[1])}`,
      '-',
    ].join('\n'),
  ).toString('base64');
}
