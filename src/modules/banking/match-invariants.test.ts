// The platform (and its module list) loads first: importing the ledger's index first would enter its import cycle from the wrong end.
import '../../../test/app-fixture.ts';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS } from '../../../test/dialects.ts';
import { newId } from '../../platform/ids.ts';
import { linesForMatching, postNewEntry } from '../ledger/index.ts';
import { type BankingFixture, bankingFixture } from './banking.fixture.ts';
import { type BankMatchLineTable, type BankMatchTable, typed } from './banking.tables.ts';
import { confirmMatch } from './confirm-match.ts';
import { importStatementFile } from './import-statement-file.ts';
import { type BankSide, type LedgerSide, proposeMatches } from './match-engine.ts';
import { mt940Statement } from './matching.fixture.ts';
import { unmatch } from './unmatch.ts';

/** The invariants of issue 5 held by the database itself: each attempt goes around the application. */
describe.each(DIALECTS)('match invariants in the database on %s', (dialect) => {
  let f: BankingFixture;
  let accountId: string;
  const bank: Record<string, { id: string; amount: bigint; date: string }> = {};
  const ledger: Record<string, { id: string; amount: bigint; date: string }> = {};
  let matchId: string;
  const refused = async (attempt: () => Promise<unknown>, why: RegExp) => {
    const err = await attempt().then(
      () => undefined,
      (e: Error) => e,
    );
    expect(err, 'the database accepted it').toBeInstanceOf(Error);
    expect(String(err?.message)).toMatch(why);
  };
  const newMatch = (total: bigint) =>
    ({
      id: newId(),
      bank_account_id: accountId,
      source: 'manual',
      score: null,
      reasons: '[]',
      bank_total: total,
      ledger_total: total,
      rule_id: null,
      entry_id: null,
      status: 'matched',
      matched_by: 'test',
      matched_at: '2024-05-01T00:00:00.000Z',
      unmatched_by: null,
      unmatched_at: null,
      unmatch_reason: null,
    }) as BankMatchTable;
  const line = (matchId: string, side: 'bank' | 'ledger', l: { id: string; amount: bigint; date: string }, live: bigint | null = null) =>
    ({
      id: newId(),
      match_id: matchId,
      bank_account_id: accountId,
      side,
      bank_line_id: side === 'bank' ? l.id : null,
      ledger_line_id: side === 'ledger' ? l.id : null,
      amount: l.amount,
      date: l.date,
      live,
    }) as BankMatchLineTable;

  beforeAll(async () => {
    f = await bankingFixture(dialect);
    const journalId = await f.journal('BNK');
    accountId = await f.addBankAccount();
    await importStatementFile(f.db, f.call, {
      bankAccountId: accountId,
      fileName: 'apr.sta',
      contentBase64: mt940Statement(
        'APR',
        ['240331', '0.00'],
        [
          ['240402', '100.00', 'B1', 'one'],
          ['240403', '90.00', 'B2', 'two'],
        ],
        ['240430', '190.00'],
      ),
    });
    for (const b of await typed(f.db).selectFrom('bank_line').select(['id', 'amount', 'booking_date', 'text']).execute())
      bank[b.text] = { id: b.id, amount: BigInt(b.amount), date: String(b.booking_date) };
    for (const [name, date, amount] of [
      ['L100', '2024-04-02', '100.00'],
      ['L90', '2024-04-03', '90.00'],
    ] as const) {
      const { entry } = await postNewEntry(f.db, f.call, {
        journalId,
        date,
        lines: [
          { accountId: f.ledgerAccount('1130'), currency: 'SAR', debit: amount },
          { accountId: f.ledgerAccount('4200'), currency: 'SAR', credit: amount },
        ],
      });
      const l = (await linesForMatching(f.db, { entryId: entry.id })).find((x) => x.accountId === f.ledgerAccount('1130'));
      ledger[name] = { id: l?.lineId as string, amount: l?.amount as bigint, date };
    }
    matchId = (await confirmMatch(f.db, f.call, { bankAccountId: accountId, bankLineIds: [bank.one.id], ledgerLineIds: [ledger.L100.id] })).id;
  });
  afterAll(async () => f.ctx.close());

  it('a bank line is matched at most once: a second live match line for it is refused', async () => {
    const m = newMatch(100_00n);
    await typed(f.db).insertInto('bank_match').values(m).execute();
    await typed(f.db)
      .insertInto('bank_match_line')
      .values([line(m.id, 'bank', bank.one), line(m.id, 'ledger', { ...ledger.L90, amount: 100_00n })])
      .execute()
      .catch(() => undefined);
    await refused(
      () => typed(f.db).updateTable('bank_match_line').set({ live: 1n }).where('match_id', '=', m.id).execute(),
      /unique|duplicate|constraint|add up/i,
    );
    await refused(
      () =>
        typed(f.db)
          .insertInto('bank_match_line')
          .values(line(m.id, 'bank', bank.one, 1n))
          .execute(),
      /not live|unique|duplicate/i,
    );
  });

  it("a match's amounts add up: lines that do not make the totals are never made live", async () => {
    const m = newMatch(90_00n);
    await typed(f.db).insertInto('bank_match').values(m).execute();
    await typed(f.db)
      .insertInto('bank_match_line')
      .values([line(m.id, 'bank', bank.two)])
      .execute();
    await refused(() => typed(f.db).updateTable('bank_match_line').set({ live: 1n }).where('match_id', '=', m.id).execute(), /do not add up/);
    // nor can a bank-side line claim another amount than its statement line's, nor the totals differ
    await refused(
      () =>
        typed(f.db)
          .insertInto('bank_match_line')
          .values(line(m.id, 'bank', { ...bank.two, amount: 1n }))
          .execute(),
      /statement line's amount/,
    );
    await refused(
      () =>
        typed(f.db)
          .insertInto('bank_match')
          .values({ ...newMatch(5n), ledger_total: 6n })
          .execute(),
      /constraint|check/i,
    );
  });

  it('an unmatch is audited: without its audit event, or with the lines still live, the database refuses it', async () => {
    const release = () =>
      typed(f.db)
        .updateTable('bank_match')
        .set({ status: 'unmatched', unmatched_by: 'x', unmatched_at: '2024-05-02T00:00:00.000Z' })
        .where('id', '=', matchId)
        .execute();
    await refused(release, /no live line|audited/);
    await typed(f.db).updateTable('bank_match_line').set({ live: null }).where('match_id', '=', matchId).execute();
    await refused(release, /audited first/);
    await typed(f.db).updateTable('bank_match_line').set({ live: 1n }).where('match_id', '=', matchId).execute();
    await refused(() => typed(f.db).deleteFrom('bank_match').where('id', '=', matchId).execute(), /never deleted|FOREIGN KEY|foreign key/i);
    await refused(() => typed(f.db).deleteFrom('bank_match_line').where('match_id', '=', matchId).execute(), /never deleted/);
    await refused(() => typed(f.db).updateTable('bank_match_line').set({ amount: 1n }).where('match_id', '=', matchId).execute(), /changes only/);
    // through the application: audited, then released; it cannot be made to stand again
    await unmatch(f.db, f.call, matchId, 'test');
    await refused(() => typed(f.db).updateTable('bank_match').set({ status: 'matched' }).where('id', '=', matchId).execute(), /only by being undone/);
    await refused(() => typed(f.db).updateTable('bank_match_line').set({ live: 1n }).where('match_id', '=', matchId).execute(), /undone match/);
  });
});

describe('match engine properties', () => {
  const day = (n: number) => new Date(Date.UTC(2024, 0, 1 + n)).toISOString().slice(0, 10);
  const side = fc.record({
    day: fc.integer({ min: 0, max: 20 }),
    amount: fc.bigInt({ min: -5000n, max: 5000n }).filter((a) => a !== 0n),
    ref: fc.constantFrom('', 'INV-2041', 'SO7781'),
  });
  it('every proposal adds up, and no line is proposed twice, so the whole set can be accepted', () => {
    fc.assert(
      fc.property(fc.array(side, { maxLength: 40 }), fc.array(side, { maxLength: 40 }), fc.integer({ min: 0, max: 5 }), (bs, ls, windowDays) => {
        const bank: BankSide[] = bs.map((b, i) => ({ id: `b${i}`, date: day(b.day), amount: b.amount, text: b.ref }));
        const ledger: LedgerSide[] = ls.map((l, i) => ({ id: `l${i}`, date: day(l.day), amount: l.amount, text: l.ref }));
        const amount = new Map<string, bigint>([...bank, ...ledger].map((x) => [x.id, x.amount]));
        const proposals = proposeMatches(bank, ledger, { windowDays, maxGroup: 3, groupCandidates: 12, money: String });
        const seen = new Set<string>();
        for (const p of proposals) {
          const sum = (ids: string[]) => ids.reduce((s, id) => s + (amount.get(id) as bigint), 0n);
          expect(sum(p.bankLineIds)).toBe(sum(p.ledgerLineIds));
          expect(p.bankLineIds.length >= 1 && p.ledgerLineIds.length >= 1).toBe(true);
          for (const id of [...p.bankLineIds, ...p.ledgerLineIds]) {
            expect(seen.has(id), `${id} proposed twice`).toBe(false);
            seen.add(id);
          }
          expect(p.score).toBeGreaterThanOrEqual(0);
          expect(p.score).toBeLessThanOrEqual(100);
        }
      }),
      { numRuns: 300 },
    );
  });
});
