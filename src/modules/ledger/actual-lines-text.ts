/**
 * The kept balances of one account as one string, read back into lines (dimension value × month).
 * SQLite groups by account in index order (no temporary B-tree) and joins the account's balances into one
 * string, `period` (always `YYYY-MM`, seven characters) + dimension value + US + base amount, balances
 * separated by RS; this reads those strings without a substring per figure. A sort by account × value and
 * twelve `sum … filter` per balance cost four times as much in SQLite. Ids never hold the separators:
 * a count of balances per account is checked, and any figure that is not an integer throws.
 */
export const UNIT = '\u001f';
export const RECORD = '\u001e';

const MAX_DIGITS = 15; // below 2^53: read as a number, exactly
const monthKey = (s: string, at: number) =>
  ((s.charCodeAt(at) - 48) * 1000 + (s.charCodeAt(at + 1) - 48) * 100 + (s.charCodeAt(at + 2) - 48) * 10 + (s.charCodeAt(at + 3) - 48)) * 12 +
  (s.charCodeAt(at + 5) - 48) * 10 +
  (s.charCodeAt(at + 6) - 48);

/** Sums per month of one line: numbers while exact, bigint beyond. */
class Sums {
  readonly n: number[];
  big: bigint[] | undefined;
  constructor(
    readonly value: string,
    span: number,
  ) {
    this.n = new Array<number>(span).fill(0);
  }
  add(i: number, x: number): void {
    const s = (this.n[i] as number) + x;
    if (Number.isSafeInteger(s)) this.n[i] = s;
    else this.addBig(i, BigInt(x));
  }
  addBig(i: number, x: bigint): void {
    this.big ??= this.n.map(() => 0n);
    this.big[i] = (this.big[i] as bigint) + x;
  }
  at(i: number): bigint {
    const n = BigInt(this.n[i] as number);
    return this.big ? n + (this.big[i] as bigint) : n;
  }
}

/** The months asked for, as positions in a span of consecutive months from the first to the last. */
export function monthSpan(months: readonly string[]) {
  const keys = months.map((m) => monthKey(m, 0));
  const first = Math.min(...keys);
  return { first, span: Math.max(...keys) - first + 1, positions: keys.map((k) => k - first) };
}

/**
 * One account's balances (`text`, `count` of them) summed per dimension value and month: for each value
 * (in binary order of its id), the base-currency sums at `positions` of the span starting at month key `first`.
 */
export function readAccountText(
  text: string,
  count: number,
  span: { first: number; span: number; positions: readonly number[] },
): { dimensionValueId: string; base: bigint[] }[] {
  const byValue = new Map<string, Sums>();
  // Values are found by their length and last two characters, then compared with `===`: a Map keyed by
  // each record's value hashed a fresh substring per balance, the costliest step of the read.
  const byTail = new Map<number, Sums[]>();
  const n = text.length;
  let read = 0;
  let at = 0;
  while (at < n) {
    const unit = text.indexOf(UNIT, at + 7);
    let end = text.indexOf(RECORD, unit + 1);
    if (end < 0) end = n;
    if (unit < 0 || unit > end) throw new Error('kept balances: a record without a figure');
    const value = text.slice(at + 7, unit);
    const length = value.length;
    const tail = (length * 65536 + (length > 0 ? text.charCodeAt(unit - 1) * 256 : 0) + (length > 1 ? text.charCodeAt(unit - 2) : 0)) | 0;
    const candidates = byTail.get(tail);
    let sums: Sums | undefined;
    if (candidates !== undefined) {
      for (let c = 0; c < candidates.length; c++) {
        if ((candidates[c] as Sums).value === value) {
          sums = candidates[c] as Sums;
          break;
        }
      }
    }
    if (sums === undefined) {
      sums = new Sums(value, span.span);
      byValue.set(value, sums);
      if (candidates !== undefined) candidates.push(sums);
      else byTail.set(tail, [sums]);
    }
    const i = monthKey(text, at) - span.first;
    if (i >= 0 && i < span.span) {
      let k = unit + 1;
      // the sign as a factor: a unary minus first met after the loop is optimised throws the optimised code away
      let sign = 1;
      if (text.charCodeAt(k) === 45) {
        sign = -1;
        k++;
      }
      if (end <= k) throw new Error('kept balances: an empty figure');
      if (end - k <= MAX_DIGITS) {
        let x = 0;
        for (; k < end; k++) {
          const d = text.charCodeAt(k) - 48;
          if (d < 0 || d > 9) throw new Error(`kept balances: not an integer: ${text.slice(unit + 1, end)}`);
          x = x * 10 + d;
        }
        sums.add(i, sign * x);
      } else sums.addBig(i, BigInt(text.slice(unit + 1, end)));
    }
    read++;
    at = end + 1;
  }
  if (read !== count) throw new Error(`kept balances: ${read} records read, ${count} expected`);
  const values = [...byValue.keys()].sort(binary);
  const positions = span.positions;
  const out: { dimensionValueId: string; base: bigint[] }[] = new Array(values.length);
  for (let v = 0; v < values.length; v++) {
    const sums = byValue.get(values[v] as string) as Sums;
    const base: bigint[] = new Array(positions.length);
    for (let p = 0; p < positions.length; p++) base[p] = sums.at(positions[p] as number);
    out[v] = { dimensionValueId: sums.value, base };
  }
  return out;
}

const binary = (x: string, y: string) => (x < y ? -1 : x > y ? 1 : 0);

/**
 * The lines of every account's text (`rows` in account order), in account then value order: a plain loop
 * kept out of the async read, so the optimising compiler compiles it alone (and once), not inlined into
 * the query building around it.
 */
export function readAccountTexts(
  rows: readonly { account_id: string; n: bigint | number; t: string }[],
  span: { first: number; span: number; positions: readonly number[] },
): { accountId: string; dimensionValueId: string; base: bigint[] }[] {
  const lines: { accountId: string; dimensionValueId: string; base: bigint[] }[] = [];
  for (let r = 0; r < rows.length; r++) {
    const row = rows[r] as (typeof rows)[number];
    const read = readAccountText(row.t, Number(row.n), span);
    for (let l = 0; l < read.length; l++) {
      const x = read[l] as (typeof read)[number];
      lines.push({ accountId: row.account_id, dimensionValueId: x.dimensionValueId, base: x.base });
    }
  }
  return lines;
}

/** The lines with at least one month that is not zero. */
export function nonZeroLines<T extends { base: bigint[] }>(lines: T[]): T[] {
  const out: T[] = [];
  for (let i = 0; i < lines.length; i++) {
    const base = (lines[i] as T).base;
    for (let m = 0; m < base.length; m++) {
      if (base[m] !== 0n) {
        out.push(lines[i] as T);
        break;
      }
    }
  }
  return out;
}
