/**
 * The matching engine: pure, no I/O. Given the unmatched statement lines of a bank account and the
 * unmatched ledger lines of its mirrored account, it proposes matches, each with a score (0–100) and
 * the reasons shown to the user. Cost: ledger lines are grouped by amount once (a hash table on
 * typed arrays, the in-memory form of an index that starts with the amount), so a one-to-one search is
 * a lookup plus a walk over the few lines of that amount; groups (one-to-many, many-to-one) search only
 * the nearest `groupCandidates` lines of the same sign inside the window, at most `maxGroup` of them.
 * Each side comes as columns (`EngineLines`: no object per line), as the matcher reads them.
 */
import { exact, walkSubset } from './match-subset.ts';
import { shared, sharedReference, textFacts } from './match-text.ts';

export interface BankSide {
  id: string;
  date: string;
  amount: bigint;
  /** Text, references and counterparty, as one searchable string. */
  text: string;
}

export interface LedgerSide {
  id: string;
  date: string;
  amount: bigint;
  /** Entry number, reference, entry memo and line memo. */
  text: string;
}

export interface Proposal {
  kind: 'one-to-one' | 'one-to-many' | 'many-to-one';
  bankLineIds: string[];
  ledgerLineIds: string[];
  score: number;
  reasons: string[];
}

export interface EngineOptions {
  windowDays: number;
  maxGroup: number;
  groupCandidates: number;
  /** Formats an amount for the reasons (minor units → text). */
  money: (minor: bigint) => string;
}

const DAY = 86_400_000;
const dayNumbers = new Map<string, number>();
/** Days since 1970 of a `YYYY-MM-DD` date (cached: a statement holds few distinct dates). */
function dayNo(date: string): number {
  let n = dayNumbers.get(date);
  if (n === undefined) {
    n = Math.round(Date.parse(date) / DAY);
    if (dayNumbers.size > 100_000) dayNumbers.clear();
    dayNumbers.set(date, n);
  }
  return n;
}
export const daysBetween = (a: string, b: string) => Math.abs(dayNo(a) - dayNo(b));
export const addDays = (date: string, days: number) => new Date(Date.parse(date) + days * DAY).toISOString().slice(0, 10);

export { findSubset } from './match-subset.ts';
export { referenceTokens, sharedReference } from './match-text.ts';

/**
 * One side of the engine as columns, line `i` being `id[i]`, `date[i]` (`YYYY-MM-DD`), `amount[i]`
 * and `text[i]` (its searchable text): what the matcher reads from the database, with no object per line.
 */
export interface EngineLines {
  id: readonly string[];
  date: readonly string[];
  amount: readonly bigint[];
  text: readonly string[];
}

/** A side as the engine works on it: its lines, their day numbers, exact amounts (NaN when not exact) and used marks. */
interface Side {
  lines: EngineLines;
  n: number;
  day: Int32Array;
  num: Float64Array;
  used: Uint8Array;
}

function sideOf(lines: EngineLines): Side {
  const n = lines.id.length;
  const day = new Int32Array(n);
  const num = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    day[i] = dayNo(lines.date[i]);
    num[i] = exact(lines.amount[i]);
  }
  return { lines, n, day, num, used: new Uint8Array(n) };
}

function indexBy<K>(n: number, key: (i: number) => K, keep: (i: number) => boolean = () => true): Map<K, number[]> {
  const m = new Map<K, number[]>();
  for (let i = 0; i < n; i++) {
    if (!keep(i)) continue;
    const k = key(i);
    const list = m.get(k);
    if (list) list.push(i);
    else m.set(k, [i]);
  }
  return m;
}

/**
 * Lines by exact amount (a double holding an integer exactly): an open-addressing hash table on typed
 * arrays, each amount's lines chained in index order (`first`, then `next` until −1). The same lists
 * as a `Map<number, number[]>`, without a heap number and an array per amount (a Map keyed by doubles
 * was the engine's hottest line).
 */
class AmountIndex {
  private readonly keys: Float64Array;
  private readonly heads: Int32Array;
  private readonly mask: number;
  /** The next line of the same amount, −1 at the end. */
  readonly next: Int32Array;

  constructor(amounts: Float64Array, n: number, keep: (i: number) => boolean) {
    let size = 16;
    while (size < 2 * n) size *= 2;
    this.mask = size - 1;
    this.keys = new Float64Array(size);
    this.heads = new Int32Array(size).fill(-1);
    this.next = new Int32Array(n).fill(-1);
    const tails = new Int32Array(size);
    for (let i = 0; i < n; i++) {
      const a = amounts[i];
      if (Number.isNaN(a) || !keep(i)) continue;
      const slot = this.slot(a);
      if (this.heads[slot] < 0) {
        this.keys[slot] = a;
        this.heads[slot] = i;
      } else this.next[tails[slot]] = i;
      tails[slot] = i;
    }
  }

  /** The slot of an amount: where it is, or the empty one where it would go. */
  private slot(a: number): number {
    let h = Math.imul((a | 0) ^ ((a / 4294967296) | 0), 0x9e3779b1);
    h ^= h >>> 15;
    let s = h & this.mask;
    while (this.heads[s] >= 0 && this.keys[s] !== a) s = (s + 1) & this.mask;
    return s;
  }

  /** The first line (lowest index) of this amount, −1 if none. */
  first(a: number): number {
    return this.heads[this.slot(a)];
  }

  /** Every amount held, once each. */
  amounts(): number[] {
    const out: number[] = [];
    for (let s = 0; s <= this.mask; s++) if (this.heads[s] >= 0) out.push(this.keys[s]);
    return out;
  }
}

const SKETCH_BITS = 1 << 23;

/**
 * Groups of `parts` (2 to `maxGroup`) each adding up to one unused target, all inside the date window.
 * Two-part groups by hash join: for each unused part near the target (nearest day first), the part
 * making up the rest is looked up by amount, so every pair in the window is found without a scan of
 * pairs. Larger groups search only the `groupCandidates` nearest parts. Amounts are compared as
 * integers held exactly in doubles, and every group found is checked again in bigint. Marks what it uses.
 */
function findGroups(targets: Side, parts: Side, o: EngineOptions) {
  const found: { target: number; parts: number[] }[] = [];
  if (o.maxGroup < 2) return found;
  const { day: pDay, num: pAmount, used: pUsed } = parts;
  const pBig = parts.lines.amount;
  const tBig = targets.lines.amount;
  const open = (i: number) => !pUsed[i] && !Number.isNaN(pAmount[i]);
  // open parts by day and sign (a target looks only at parts of its own sign)
  const byDay = indexBy(parts.n, (i) => 2 * pDay[i] + (pAmount[i] > 0 ? 1 : 0), open);
  const byAmount = new AmountIndex(pAmount, parts.n, open);
  // a bitset sketch of the amounts present (8M bits, ~1 % taken at 100k lines), so nearly every lookup of a missing rest skips the hash map
  const sketch = new Int32Array(SKETCH_BITS / 32);
  for (const a of byAmount.amounts()) {
    const h = (a | 0) & (SKETCH_BITS - 1);
    sketch[h >>> 5] |= 1 << (h & 31);
  }
  const near: number[] = [];
  const nearAmount = new Float64Array(Math.max(0, o.groupCandidates));
  const pick = new Int32Array(Math.max(0, o.maxGroup));
  for (let t = 0; t < targets.n; t++) {
    const target = targets.num[t];
    if (targets.used[t] || Number.isNaN(target)) continue;
    const d0 = targets.day[t];
    near.length = 0;
    let pair: number[] | undefined;
    for (let k = 0; k <= 2 * o.windowDays && !pair; k++) {
      const days = byDay.get(2 * (d0 + (k % 2 === 1 ? -(k + 1) / 2 : k / 2)) + (target > 0 ? 1 : 0));
      if (!days) continue;
      for (const x of days) {
        const a = pAmount[x];
        // same sign and smaller in size than the target: only those can be part of a group making it
        if (pUsed[x] || !(target > 0 ? a > 0 && a < target : a < 0 && a > target)) continue;
        if (near.length < o.groupCandidates) near.push(x);
        const h = ((target - a) | 0) & (SKETCH_BITS - 1);
        if (!(sketch[h >>> 5] & (1 << (h & 31)))) continue;
        for (let y = byAmount.first(target - a); y >= 0; y = byAmount.next[y]) {
          if (y !== x && !pUsed[y] && Math.abs(pDay[y] - d0) <= o.windowDays && pBig[x] + pBig[y] === tBig[t]) {
            pair = [x, y];
            break;
          }
        }
        if (pair) break;
      }
    }
    let group = pair;
    if (!group && o.maxGroup > 2 && near.length >= 3) {
      for (let k = 0; k < near.length; k++) nearAmount[k] = pAmount[near[k]];
      const size = walkSubset(nearAmount, near.length, o.maxGroup, target > 0, pick, 0, 0, target);
      if (size > 0) {
        let sum = 0n;
        for (let k = 0; k < size; k++) sum += pBig[near[pick[k]]];
        if (sum === tBig[t]) group = Array.from(pick.subarray(0, size), (k) => near[k]);
      }
    }
    if (!group) continue;
    targets.used[t] = 1;
    for (const i of group) pUsed[i] = 1;
    found.push({ target: t, parts: group });
  }
  return found;
}

/** The engine on lines given as objects (tests, small callers): see `proposeMatchesOf`. */
export function proposeMatches(bank: BankSide[], ledger: LedgerSide[], o: EngineOptions): Proposal[] {
  const columns = (xs: (BankSide | LedgerSide)[]): EngineLines => ({
    id: xs.map((x) => x.id),
    date: xs.map((x) => x.date),
    amount: xs.map((x) => x.amount),
    text: xs.map((x) => x.text),
  });
  return proposeMatchesOf(columns(bank), columns(ledger), o);
}

/** Proposals for the statement lines `bankLines` and the ledger lines `ledgerLines`, best first. */
export function proposeMatchesOf(bankLines: EngineLines, ledgerLines: EngineLines, o: EngineOptions): Proposal[] {
  const bank = sideOf(bankLines);
  const ledger = sideOf(ledgerLines);
  const { day: bDay, num: bAmount, used: usedBank } = bank;
  const { day: lDay, num: lAmount, used: usedLedger } = ledger;
  const bId = bankLines.id;
  const lId = ledgerLines.id;

  // 1. one-to-one: a hash join of the two sides on the amount; every scored pair, best first, each line once
  // amounts held exactly in doubles by a hash table on typed arrays; the rare others (beyond 2^53 minor units) by their digits
  const byAmount = new AmountIndex(lAmount, ledger.n, () => true);
  const inexact = indexBy(
    ledger.n,
    (j) => ledgerLines.amount[j].toString(),
    (j) => Number.isNaN(lAmount[j]),
  );
  const noLines: number[] = [];
  const sameAmount: number[] = [];
  const pb: number[] = [];
  const pl: number[] = [];
  const ps: number[] = [];
  const pd: number[] = [];
  const pr: (string | undefined)[] = [];
  for (let i = 0; i < bank.n; i++) {
    let list: number[];
    if (Number.isNaN(bAmount[i])) list = inexact.get(bankLines.amount[i].toString()) ?? noLines;
    else {
      sameAmount.length = 0;
      for (let j = byAmount.first(bAmount[i]); j >= 0; j = byAmount.next[j]) sameAmount.push(j);
      list = sameAmount;
    }
    if (list.length === 0) continue;
    // text facts are worked out when needed and not kept (a ledger line meets one bank line or very few): kept, they cost more in garbage collection than they save
    const bf = textFacts(bankLines.text[i]);
    for (const j of list) {
      const days = Math.abs(bDay[i] - lDay[j]);
      const ref = shared(bf, textFacts(ledgerLines.text[j]));
      if (days > o.windowDays && !ref) continue;
      pb.push(i);
      pl.push(j);
      pd.push(days);
      pr.push(ref);
      ps.push(Math.min(100, 60 + (days === 0 ? 25 : days <= o.windowDays ? Math.max(5, 25 - 6 * days) : 0) + (ref ? 15 : 0)));
    }
  }
  const order = Array.from(pb, (_, k) => k).sort((x, y) => ps[y] - ps[x] || pd[x] - pd[y] || bDay[pb[x]] - bDay[pb[y]] || (lId[pl[x]] < lId[pl[y]] ? -1 : 1));
  const out: Proposal[] = [];
  const within: string[] = []; // "Dates n day(s) apart" by n, one string each
  for (const k of order) {
    const i = pb[k];
    const j = pl[k];
    if (usedBank[i] || usedLedger[j]) continue;
    usedBank[i] = 1;
    usedLedger[j] = 1;
    out.push({
      kind: 'one-to-one',
      bankLineIds: [bId[i]],
      ledgerLineIds: [lId[j]],
      score: ps[k],
      reasons: pairReasons(bankLines.amount[i], pd[k], pr[k], o, within),
    });
  }
  // 2. one-to-many: several ledger lines making one bank line; 3. many-to-one, the reverse
  for (const g of findGroups(bank, ledger, o)) out.push(groupProposal('one-to-many', bank, [g.target], ledger, g.parts, o));
  for (const g of findGroups(ledger, bank, o)) out.push(groupProposal('many-to-one', bank, g.parts, ledger, [g.target], o));
  return out.sort((x, y) => y.score - x.score);
}

function pairReasons(amount: bigint, days: number, ref: string | undefined, o: EngineOptions, within: string[]): string[] {
  const reasons = [`Same amount ${o.money(amount)}`];
  if (days === 0) reasons.push('Same date');
  else if (days <= o.windowDays) {
    within[days] ??= `Dates ${days} day(s) apart (window ±${o.windowDays})`;
    reasons.push(within[days]);
  } else reasons.push(`Dates ${days} day(s) apart, outside the ±${o.windowDays}-day window`);
  if (ref) reasons.push(`Reference ${ref} found in both texts`);
  return reasons;
}

function groupProposal(kind: 'one-to-many' | 'many-to-one', bank: Side, bs: number[], ledger: Side, ls: number[], o: EngineOptions): Proposal {
  let first = Number.POSITIVE_INFINITY;
  let last = Number.NEGATIVE_INFINITY;
  for (const i of bs) {
    first = Math.min(first, bank.day[i]);
    last = Math.max(last, bank.day[i]);
  }
  for (const j of ls) {
    first = Math.min(first, ledger.day[j]);
    last = Math.max(last, ledger.day[j]);
  }
  const spread = last - first;
  const ref = bs.some((i) => ls.some((j) => sharedReference(bank.lines.text[i], ledger.lines.text[j]) !== undefined));
  const total = o.money(bs.reduce((s, i) => s + bank.lines.amount[i], 0n));
  const reasons =
    kind === 'one-to-many'
      ? [`${ls.length} ledger lines add up to the bank line's ${total}`]
      : [`${bs.length} bank lines add up to the ledger line's ${total}`];
  reasons.push(`Dates within ${spread} day(s)`);
  if (ref) reasons.push('A reference is found in both texts');
  return {
    kind,
    bankLineIds: bs.map((i) => bank.lines.id[i]),
    ledgerLineIds: ls.map((j) => ledger.lines.id[j]),
    score: Math.min(100, 50 + Math.max(0, 15 - 3 * spread) + (ref ? 15 : 0)),
    reasons,
  };
}
