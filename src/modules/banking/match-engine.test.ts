import { describe, expect, it } from 'vitest';
import { addDays, type BankSide, findSubset, type LedgerSide, proposeMatches, referenceTokens, sharedReference } from './match-engine.ts';
import { ruleTakes, wildcardMatch } from './rule-match.ts';

const o = { windowDays: 3, maxGroup: 3, groupCandidates: 12, money: (m: bigint) => (Number(m) / 100).toFixed(2) };
const b = (id: string, date: string, amount: bigint, text = ''): BankSide => ({ id, date, amount, text });
const l = (id: string, date: string, amount: bigint, text = ''): LedgerSide => ({ id, date, amount, text });

describe('match engine', () => {
  it('finds reference tokens with letters and digits, or long digit runs, ignoring separators', () => {
    expect(referenceTokens('Payment INV-2041 / 2024 order 123456')).toEqual(['INV2041', '123456']);
    expect(sharedReference('TRF inv 2041 ACME', 'Invoice INV-2041')).toBe('INV2041');
    expect(sharedReference('Rent March', 'Invoice INV-2041')).toBeUndefined();
  });

  it('finds a subset adding up to the target, two items at least, at most max', () => {
    const items = [300n, 500n, 200n, 100n].map((amount) => ({ amount }));
    expect(findSubset(800n, items, 3)?.map((x) => x.amount)).toEqual([300n, 500n]);
    expect(findSubset(600n, items, 3)?.map((x) => x.amount)).toEqual([300n, 200n, 100n]);
    expect(findSubset(300n, [{ amount: 300n }], 3)).toBeUndefined();
    expect(findSubset(1100n, items, 3)).toBeUndefined();
  });

  it('each line is proposed once: equal amounts pair by nearest date', () => {
    const r = proposeMatches([b('b1', '2024-01-05', 100n), b('b2', '2024-01-09', 100n)], [l('l1', '2024-01-08', 100n), l('l2', '2024-01-04', 100n)], o);
    expect(r.map((p) => [p.bankLineIds[0], p.ledgerLineIds[0]]).sort()).toEqual([
      ['b1', 'l2'],
      ['b2', 'l1'],
    ]);
  });

  it('many-to-one: several bank lines making one ledger line; signs never mix', () => {
    const r = proposeMatches([b('b1', '2024-01-05', -40n), b('b2', '2024-01-06', -60n), b('b3', '2024-01-06', 160n)], [l('l1', '2024-01-06', -100n)], o);
    expect(r).toMatchObject([{ kind: 'many-to-one', bankLineIds: ['b2', 'b1'], ledgerLineIds: ['l1'] }]);
  });

  it('one-to-many: the two ledger lines making a bank line are found among many lines of the same days', () => {
    const noise = Array.from({ length: 200 }, (_, i) => l(`n${i}`, '2024-03-05', 10_000n + BigInt(i) * 7n));
    const r = proposeMatches([b('b1', '2024-03-05', 5_000_000n)], [...noise, l('x', '2024-03-03', 1_234_567n), l('y', '2024-03-07', 3_765_433n)], o);
    expect(r).toMatchObject([{ kind: 'one-to-many', bankLineIds: ['b1'] }]);
    expect([...r[0].ledgerLineIds].sort()).toEqual(['x', 'y']);
  });

  it('amounts beyond 2^53 minor units match one-to-one exactly and never form a group by rounding', () => {
    const big = 2n ** 60n + 1n;
    const r = proposeMatches(
      [b('b1', '2024-03-05', big), b('b2', '2024-03-05', big + 2n)],
      [l('l1', '2024-03-05', big), l('l2', '2024-03-05', 1n), l('l3', '2024-03-05', 1n)],
      o,
    );
    expect(r.map((p) => [p.kind, p.bankLineIds, p.ledgerLineIds])).toEqual([['one-to-one', ['b1'], ['l1']]]);
  });

  it('scales: 20,000 lines each side are proposed in well under two seconds, nearly all correctly', () => {
    const bank: BankSide[] = [];
    const ledger: LedgerSide[] = [];
    let seed = 7;
    const rnd = () => {
      // mulberry32: a small seeded generator, so the run is the same every time
      seed = (seed + 0x6d2b79f5) | 0;
      let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
      t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
      return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
    for (let i = 0; i < 20_000; i++) {
      const date = addDays('2024-01-01', Math.floor(rnd() * 365));
      const amount = BigInt(Math.floor(rnd() * 1_000_000) + 1) * (rnd() < 0.5 ? -1n : 1n);
      bank.push(b(`b${i}`, date, amount, `line ${i}`));
      ledger.push(l(`l${i}`, addDays(date, Math.floor(rnd() * 3)), amount));
    }
    // CPU time, not wall time: the machine running the tests may be shared
    const started = process.cpuUsage();
    const r = proposeMatches(bank, ledger, o);
    const used = process.cpuUsage(started);
    expect((used.user + used.system) / 1000).toBeLessThan(2000);
    const right = r.filter((p) => p.kind === 'one-to-one' && p.bankLineIds[0].slice(1) === p.ledgerLineIds[0].slice(1)).length;
    expect(right / bank.length).toBeGreaterThan(0.99);
  });
});

describe('rules', () => {
  it('wildcards match the whole text, case-insensitively, without backtracking blow-up', () => {
    expect(wildcardMatch('bank fee*', 'Bank Fee March')).toBe(true);
    expect(wildcardMatch('*rent ?4*', 'Office RENT Q4 2024')).toBe(true);
    expect(wildcardMatch('fee', 'Bank fee')).toBe(false);
    const started = performance.now();
    expect(wildcardMatch(`${'*a'.repeat(50)}b`, 'a'.repeat(200))).toBe(false);
    expect(performance.now() - started).toBeLessThan(200);
  });

  it('takes a line by text and an inclusive signed amount range', () => {
    const rule = { text_contains: 'FEE', text_pattern: null, min_amount: -10000n, max_amount: 0n };
    expect(ruleTakes(rule, { text: 'Service fee', amount: -1250n })).toBe(true);
    expect(ruleTakes(rule, { text: 'Service fee', amount: 1250n })).toBe(false);
    expect(ruleTakes(rule, { text: 'Service fee', amount: -10001n })).toBe(false);
    expect(ruleTakes(rule, { text: 'Transfer', amount: -100n })).toBe(false);
  });
});
