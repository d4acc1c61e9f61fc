/**
 * The matching engine: pure, no I/O. Given the unmatched statement lines of a bank account and the
 * unmatched ledger lines of its mirrored account, it proposes matches, each with a score (0–100) and
 * the reasons shown to the user. Cost: ledger lines are grouped by amount once (a hash map, the
 * in-memory form of an index that starts with the amount), so a one-to-one search is a lookup plus a
 * walk over the few lines of that amount; groups (one-to-many, many-to-one) search only the nearest
 * `groupCandidates` lines of the same sign inside the window, at most `maxGroup` of them.
 */
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

/**
 * Reference-like tokens: letters and digits mixed (INV-2041, E2E/77A1), or six digits or more; a
 * token is a run of letters, digits and `-/._`, separators dropped. One pass over the text.
 */
export function referenceTokens(text: string): string[] {
  return tokensOf(text.toUpperCase());
}

function tokensOf(up: string): string[] {
  const out: string[] = [];
  let start = -1;
  let letters = 0;
  let digits = 0;
  let separators = 0;
  for (let k = 0; k <= up.length; k++) {
    const c = k < up.length ? up.charCodeAt(k) : 32;
    const digit = c >= 48 && c <= 57;
    const letter = c >= 65 && c <= 90;
    const separator = c === 45 || c === 46 || c === 47 || c === 95;
    if (digit || letter || separator) {
      if (start < 0) {
        if (separator) continue; // a token starts with a letter or a digit
        start = k;
      }
      if (digit) digits++;
      else if (letter) letters++;
      else separators++;
      continue;
    }
    if (start >= 0 && ((letters > 0 && digits > 0 && letters + digits >= 4) || (letters === 0 && digits >= 6))) {
      const raw = up.slice(start, k);
      const t = separators > 0 ? raw.replace(/[-/._]/g, '') : raw;
      if (!out.includes(t)) out.push(t);
    }
    start = -1;
    letters = digits = separators = 0;
  }
  return out;
}

/** A ledger-side reference found in the bank text, or a bank reference found in the ledger text. */
export function sharedReference(bankText: string, ledgerText: string): string | undefined {
  return shared(textFacts(bankText), textFacts(ledgerText));
}

interface TextFacts {
  squashed: string;
  tokens: string[];
}
/** A text's squashed form (letters and digits, upper case) and its reference tokens. */
function textFacts(text: string): TextFacts {
  const up = text.toUpperCase();
  return { squashed: up.replace(/[^A-Z0-9]/g, ''), tokens: tokensOf(up) };
}

function shared(bank: TextFacts, ledger: TextFacts): string | undefined {
  for (const t of ledger.tokens) if (bank.squashed.includes(t)) return t;
  for (const t of bank.tokens) if (ledger.squashed.includes(t)) return t;
  return undefined;
}

/**
 * Up to `max` items of `candidates` (2 or more) whose amounts add up to `target`; the first found,
 * nearest first. Searched on doubles holding the amounts exactly (a bigint per step cost more than
 * the search), the group found checked again in bigint.
 */
export function findSubset<T extends { amount: bigint }>(target: bigint, candidates: T[], max: number): T[] | undefined {
  const n = candidates.length;
  const goal = exact(target);
  const amounts = candidates.map((c) => exact(c.amount));
  if (Number.isNaN(goal) || amounts.some(Number.isNaN)) return undefined;
  const pick: number[] = [];
  const positive = goal > 0;
  const walk = (start: number, left: number): boolean => {
    if (pick.length >= 2 && left === 0) return true;
    // candidates share the target's sign: once past zero, adding more only goes further
    if (positive ? left <= 0 : left >= 0) return false;
    if (pick.length === max) return false;
    for (let i = start; i < n; i++) {
      pick.push(i);
      if (walk(i + 1, left - amounts[i])) return true;
      pick.pop();
    }
    return false;
  };
  if (!walk(0, goal)) return undefined;
  const group = pick.map((i) => candidates[i]);
  return group.reduce((sum, c) => sum + c.amount, 0n) === target ? group : undefined;
}

const SAFE = BigInt(Number.MAX_SAFE_INTEGER);

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

interface Side {
  id: string;
  date: string;
  amount: bigint;
  text: string;
}

const SKETCH_BITS = 1 << 23;
/** An amount as a double when it holds it exactly (|amount| < 2^53 minor units), else NaN: group search skips those. */
const exact = (a: bigint) => (a <= SAFE && a >= -SAFE ? Number(a) : Number.NaN);

/**
 * Groups of `parts` (2 to `maxGroup`) each adding up to one unused target, all inside the date window.
 * Two-part groups by hash join: for each unused part near the target (nearest day first), the part
 * making up the rest is looked up by amount, so every pair in the window is found without a scan of
 * pairs. Larger groups search only the `groupCandidates` nearest parts. Amounts are compared as
 * integers held exactly in doubles, and every group found is checked again in bigint. Marks what it uses.
 */
function findGroups(
  targets: Side[],
  tDay: Int32Array,
  tAmount: Float64Array,
  tUsed: Uint8Array,
  parts: Side[],
  pDay: Int32Array,
  pAmount: Float64Array,
  pUsed: Uint8Array,
  o: EngineOptions,
) {
  const found: { target: number; parts: number[] }[] = [];
  if (o.maxGroup < 2) return found;
  const open = (i: number) => !pUsed[i] && !Number.isNaN(pAmount[i]);
  const byDay = indexBy(parts.length, (i) => pDay[i], open);
  const byAmount = indexBy(parts.length, (i) => pAmount[i], open);
  // a bitset sketch of the amounts present (8M bits, ~1 % taken at 100k lines), so nearly every lookup of a missing rest skips the hash map
  const sketch = new Int32Array(SKETCH_BITS / 32);
  for (const a of byAmount.keys()) {
    const h = (a | 0) & (SKETCH_BITS - 1);
    sketch[h >>> 5] |= 1 << (h & 31);
  }
  const near: number[] = [];
  for (let t = 0; t < targets.length; t++) {
    const target = tAmount[t];
    if (tUsed[t] || Number.isNaN(target)) continue;
    const d0 = tDay[t];
    near.length = 0;
    let pair: number[] | undefined;
    for (let k = 0; k <= 2 * o.windowDays && !pair; k++) {
      const days = byDay.get(d0 + (k % 2 === 1 ? -(k + 1) / 2 : k / 2));
      if (!days) continue;
      for (const x of days) {
        const a = pAmount[x];
        // same sign and smaller in size than the target: only those can be part of a group making it
        if (pUsed[x] || !(target > 0 ? a > 0 && a < target : a < 0 && a > target)) continue;
        if (near.length < o.groupCandidates) near.push(x);
        const h = ((target - a) | 0) & (SKETCH_BITS - 1);
        if (!(sketch[h >>> 5] & (1 << (h & 31)))) continue;
        const rest = byAmount.get(target - a);
        if (!rest) continue;
        for (const y of rest) {
          if (y !== x && !pUsed[y] && Math.abs(pDay[y] - d0) <= o.windowDays && parts[x].amount + parts[y].amount === targets[t].amount) {
            pair = [x, y];
            break;
          }
        }
        if (pair) break;
      }
    }
    const group =
      pair ??
      (o.maxGroup > 2 && near.length >= 3
        ? findSubset(
            targets[t].amount,
            near.map((i) => ({ i, amount: parts[i].amount })),
            o.maxGroup,
          )?.map((x) => x.i)
        : undefined);
    if (!group) continue;
    tUsed[t] = 1;
    for (const i of group) pUsed[i] = 1;
    found.push({ target: t, parts: group });
  }
  return found;
}

export function proposeMatches(bank: BankSide[], ledger: LedgerSide[], o: EngineOptions): Proposal[] {
  // each line's text facts, worked out once, when it first meets a line of the same amount
  const bankFacts: (TextFacts | undefined)[] = new Array(bank.length);
  const ledgerFacts: (TextFacts | undefined)[] = new Array(ledger.length);
  const bDay = Int32Array.from(bank, (b) => dayNo(b.date));
  const lDay = Int32Array.from(ledger, (l) => dayNo(l.date));
  const bAmount = Float64Array.from(bank, (b) => exact(b.amount));
  const lAmount = Float64Array.from(ledger, (l) => exact(l.amount));
  const usedBank = new Uint8Array(bank.length);
  const usedLedger = new Uint8Array(ledger.length);

  // 1. one-to-one: a hash join of the two sides on the amount; every scored pair, best first, each line once
  const byAmount = indexBy(ledger.length, (j) => (Number.isNaN(lAmount[j]) ? ledger[j].amount.toString() : lAmount[j]));
  const pb: number[] = [];
  const pl: number[] = [];
  const ps: number[] = [];
  const pd: number[] = [];
  const pr: (string | undefined)[] = [];
  for (let i = 0; i < bank.length; i++) {
    const list = byAmount.get(Number.isNaN(bAmount[i]) ? bank[i].amount.toString() : bAmount[i]);
    if (!list) continue;
    for (const j of list) {
      const days = Math.abs(bDay[i] - lDay[j]);
      const bf = bankFacts[i] ?? textFacts(bank[i].text);
      const lf = ledgerFacts[j] ?? textFacts(ledger[j].text);
      bankFacts[i] = bf;
      ledgerFacts[j] = lf;
      const ref = shared(bf, lf);
      if (days > o.windowDays && !ref) continue;
      pb.push(i);
      pl.push(j);
      pd.push(days);
      pr.push(ref);
      ps.push(Math.min(100, 60 + (days === 0 ? 25 : days <= o.windowDays ? Math.max(5, 25 - 6 * days) : 0) + (ref ? 15 : 0)));
    }
  }
  const order = Array.from(pb, (_, k) => k).sort(
    (x, y) => ps[y] - ps[x] || pd[x] - pd[y] || bDay[pb[x]] - bDay[pb[y]] || (ledger[pl[x]].id < ledger[pl[y]].id ? -1 : 1),
  );
  const out: Proposal[] = [];
  for (const k of order) {
    const i = pb[k];
    const j = pl[k];
    if (usedBank[i] || usedLedger[j]) continue;
    usedBank[i] = 1;
    usedLedger[j] = 1;
    out.push({
      kind: 'one-to-one',
      bankLineIds: [bank[i].id],
      ledgerLineIds: [ledger[j].id],
      score: ps[k],
      reasons: pairReasons(bank[i].amount, pd[k], pr[k], o),
    });
  }
  // 2. one-to-many: several ledger lines making one bank line; 3. many-to-one, the reverse
  for (const g of findGroups(bank, bDay, bAmount, usedBank, ledger, lDay, lAmount, usedLedger, o))
    out.push(
      groupProposal(
        'one-to-many',
        [bank[g.target]],
        g.parts.map((j) => ledger[j]),
        o,
      ),
    );
  for (const g of findGroups(ledger, lDay, lAmount, usedLedger, bank, bDay, bAmount, usedBank, o))
    out.push(
      groupProposal(
        'many-to-one',
        g.parts.map((i) => bank[i]),
        [ledger[g.target]],
        o,
      ),
    );
  return out.sort((x, y) => y.score - x.score);
}

function pairReasons(amount: bigint, days: number, ref: string | undefined, o: EngineOptions): string[] {
  const reasons = [`Same amount ${o.money(amount)}`];
  if (days === 0) reasons.push('Same date');
  else if (days <= o.windowDays) reasons.push(`Dates ${days} day(s) apart (window ±${o.windowDays})`);
  else reasons.push(`Dates ${days} day(s) apart, outside the ±${o.windowDays}-day window`);
  if (ref) reasons.push(`Reference ${ref} found in both texts`);
  return reasons;
}

function groupProposal(kind: 'one-to-many' | 'many-to-one', bank: BankSide[], ledger: LedgerSide[], o: EngineOptions): Proposal {
  const dates = [...bank, ...ledger].map((x) => x.date).sort();
  const spread = daysBetween(dates[0], dates[dates.length - 1]);
  const ref = bank.some((b) => ledger.some((l) => sharedReference(b.text, l.text)));
  const total = o.money(bank.reduce((s, b) => s + b.amount, 0n));
  const reasons =
    kind === 'one-to-many'
      ? [`${ledger.length} ledger lines add up to the bank line's ${total}`]
      : [`${bank.length} bank lines add up to the ledger line's ${total}`];
  reasons.push(`Dates within ${spread} day(s)`);
  if (ref) reasons.push('A reference is found in both texts');
  return {
    kind,
    bankLineIds: bank.map((b) => b.id),
    ledgerLineIds: ledger.map((l) => l.id),
    score: Math.min(100, 50 + Math.max(0, 15 - 3 * spread) + (ref ? 15 : 0)),
    reasons,
  };
}
