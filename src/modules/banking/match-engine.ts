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

const squash = (s: string) => s.toUpperCase().replace(/[^A-Z0-9]/g, '');

/** Reference-like tokens: letters and digits mixed (INV-2041, E2E/77A1), or six digits or more. */
export function referenceTokens(text: string): string[] {
  const out = new Set<string>();
  for (const raw of text.toUpperCase().match(/[A-Z0-9][A-Z0-9\-/._]*[A-Z0-9]/g) ?? []) {
    const t = squash(raw);
    if ((t.length >= 4 && /\d/.test(t) && /[A-Z]/.test(t)) || /^\d{6,}$/.test(t)) out.add(t);
  }
  return [...out];
}

/** A ledger-side reference found in the bank text, or a bank reference found in the ledger text. */
export function sharedReference(bankText: string, ledgerText: string): string | undefined {
  return shared(textFacts(bankText), textFacts(ledgerText));
}

interface TextFacts {
  squashed: string;
  tokens: string[];
}
const factsCache = new Map<string, TextFacts>();
/** A text's squashed form and reference tokens, worked out once per distinct text. */
function textFacts(text: string): TextFacts {
  let f = factsCache.get(text);
  if (!f) {
    f = { squashed: squash(text), tokens: referenceTokens(text) };
    if (factsCache.size > 200_000) factsCache.clear();
    factsCache.set(text, f);
  }
  return f;
}

function shared(bank: TextFacts, ledger: TextFacts): string | undefined {
  for (const t of ledger.tokens) if (bank.squashed.includes(t)) return t;
  for (const t of bank.tokens) if (ledger.squashed.includes(t)) return t;
  return undefined;
}

function pairScore(b: BankSide, l: LedgerSide, o: EngineOptions): { score: number; reasons: string[] } | undefined {
  const days = daysBetween(b.date, l.date);
  const ref = sharedReference(b.text, l.text);
  if (days > o.windowDays && !ref) return undefined;
  const reasons = [`Same amount ${o.money(b.amount)}`];
  let score = 60;
  if (days === 0) {
    score += 25;
    reasons.push('Same date');
  } else if (days <= o.windowDays) {
    score += Math.max(5, 25 - 6 * days);
    reasons.push(`Dates ${days} day(s) apart (window ±${o.windowDays})`);
  } else reasons.push(`Dates ${days} day(s) apart, outside the ±${o.windowDays}-day window`);
  if (ref) {
    score += 15;
    reasons.push(`Reference ${ref} found in both texts`);
  }
  return { score: Math.min(100, score), reasons };
}

/** Up to `max` items of `candidates` (2 or more) whose amounts add up to `target`; the first found, nearest first. */
export function findSubset<T extends { amount: bigint }>(target: bigint, candidates: T[], max: number): T[] | undefined {
  const n = candidates.length;
  const pick: number[] = [];
  const positive = target > 0n;
  const walk = (start: number, left: bigint): boolean => {
    if (pick.length >= 2 && left === 0n) return true;
    // candidates share the target's sign: once past zero, adding more only goes further
    if (positive ? left <= 0n : left >= 0n) return false;
    if (pick.length === max) return false;
    for (let i = start; i < n; i++) {
      pick.push(i);
      if (walk(i + 1, left - candidates[i].amount)) return true;
      pick.pop();
    }
    return false;
  };
  return walk(0, target) ? pick.map((i) => candidates[i]) : undefined;
}

type Buckets<T> = Map<number, T[]>;
function byDay<T extends { date: string }>(items: T[]): Buckets<T> {
  const b: Buckets<T> = new Map();
  for (const x of items) {
    const d = dayNo(x.date);
    const list = b.get(d);
    if (list) list.push(x);
    else b.set(d, [x]);
  }
  return b;
}

/**
 * The `groupCandidates` unused items nearest to `date` (same day first, then ±1, ±2… up to the
 * window) that could be part of a group making `target`. Stops as soon as it has enough, so the cost
 * per search does not grow with how many lines a day holds.
 */
function nearest<T extends { id: string; date: string; amount: bigint }>(
  days: Buckets<T>,
  used: Set<string>,
  date: string,
  target: bigint,
  o: EngineOptions,
): T[] {
  const found: T[] = [];
  const d0 = dayNo(date);
  for (let k = 0; k <= 2 * o.windowDays && found.length < o.groupCandidates; k++) {
    const offset = k % 2 === 1 ? -(k + 1) / 2 : k / 2;
    for (const x of days.get(d0 + offset) ?? []) {
      if (!used.has(x.id) && partOf(target, x.amount)) found.push(x);
      if (found.length === o.groupCandidates) break;
    }
  }
  return found;
}

/** Same sign and smaller in size than the target: only those can be part of a group making it. */
const partOf = (target: bigint, x: bigint) => (target > 0n ? x > 0n && x < target : x < 0n && x > target);

export function proposeMatches(bank: BankSide[], ledger: LedgerSide[], o: EngineOptions): Proposal[] {
  const byAmount = new Map<bigint, LedgerSide[]>();
  for (const l of ledger) {
    const list = byAmount.get(l.amount);
    if (list) list.push(l);
    else byAmount.set(l.amount, [l]);
  }
  // 1. one-to-one: every scored pair, best first, each line used once
  const pairs: { b: BankSide; l: LedgerSide; score: number; reasons: string[]; days: number }[] = [];
  for (const b of bank) {
    for (const l of byAmount.get(b.amount) ?? []) {
      const s = pairScore(b, l, o);
      if (s) pairs.push({ b, l, ...s, days: daysBetween(b.date, l.date) });
    }
  }
  pairs.sort((x, y) => y.score - x.score || x.days - y.days || (x.b.date < y.b.date ? -1 : x.b.date > y.b.date ? 1 : 0) || (x.l.id < y.l.id ? -1 : 1));
  const usedBank = new Set<string>();
  const usedLedger = new Set<string>();
  const out: Proposal[] = [];
  for (const p of pairs) {
    if (usedBank.has(p.b.id) || usedLedger.has(p.l.id)) continue;
    usedBank.add(p.b.id);
    usedLedger.add(p.l.id);
    out.push({ kind: 'one-to-one', bankLineIds: [p.b.id], ledgerLineIds: [p.l.id], score: p.score, reasons: p.reasons });
  }
  // 2. one-to-many: several ledger lines making one bank line
  const ledgerByDate = byDay(ledger.filter((l) => !usedLedger.has(l.id)));
  for (const b of bank) {
    if (usedBank.has(b.id)) continue;
    const group = findSubset(b.amount, nearest(ledgerByDate, usedLedger, b.date, b.amount, o), o.maxGroup);
    if (!group) continue;
    usedBank.add(b.id);
    for (const l of group) usedLedger.add(l.id);
    out.push(groupProposal('one-to-many', [b], group, o));
  }
  // 3. many-to-one: several bank lines making one ledger line
  const bankByDate = byDay(bank.filter((b) => !usedBank.has(b.id)));
  for (const l of ledger) {
    if (usedLedger.has(l.id)) continue;
    const group = findSubset(l.amount, nearest(bankByDate, usedBank, l.date, l.amount, o), o.maxGroup);
    if (!group) continue;
    usedLedger.add(l.id);
    for (const b of group) usedBank.add(b.id);
    out.push(groupProposal('many-to-one', group, [l], o));
  }
  return out.sort((x, y) => y.score - x.score);
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
