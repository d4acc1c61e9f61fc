// The platform (and its module list) loads first: importing the ledger's index first would enter its import cycle from the wrong end.
import '../../../test/app-fixture.ts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS } from '../../../test/dialects.ts';
import { linesForMatching, postNewEntry, setLockDate } from '../ledger/index.ts';
import { applyRules } from './apply-rules.ts';
import { type BankingFixture, bankingFixture } from './banking.fixture.ts';
import { typed } from './banking.tables.ts';
import { confirmMatch } from './confirm-match.ts';
import { createRule } from './create-rule.ts';
import { importStatementFile } from './import-statement-file.ts';
import { mt940Statement } from './matching.fixture.ts';
import { proposeMatchesFor } from './propose-matches.ts';
import { reconciledCheck } from './reconciled.check.ts';
import { reconciliationReport } from './reconciliation-report.ts';
import { unmatch } from './unmatch.ts';

describe.each(DIALECTS)('matching and reconciliation on %s', (dialect) => {
  let f: BankingFixture;
  let accountId: string;
  let journalId: string;
  const bank = new Map<string, string>(); // bank ref → statement line id
  const ledger = new Map<string, string>(); // name → ledger line id on the bank account
  const companyId = () => f.call.actor.companyId as string;

  async function post(name: string, date: string, amount: string, extra: { reference?: string; memo?: string } = {}) {
    const size = amount.replace('-', '');
    const bankSide = amount.startsWith('-') ? { credit: size } : { debit: size };
    const other = amount.startsWith('-') ? { debit: size } : { credit: size };
    const { entry } = await postNewEntry(f.db, f.call, {
      journalId,
      date,
      ...extra,
      lines: [
        { accountId: f.ledgerAccount('1130'), currency: 'SAR', ...bankSide },
        { accountId: f.ledgerAccount('4200'), currency: 'SAR', ...other },
      ],
    });
    const line = (await linesForMatching(f.db, { entryId: entry.id })).find((l) => l.accountId === f.ledgerAccount('1130'));
    ledger.set(name, line?.lineId as string);
  }

  beforeAll(async () => {
    f = await bankingFixture(dialect);
    journalId = await f.journal('BNK');
    accountId = await f.addBankAccount();
    await importStatementFile(f.db, f.call, {
      bankAccountId: accountId,
      fileName: 'march.sta',
      contentBase64: mt940Statement(
        'MAR',
        ['240229', '0.00'],
        [
          ['240305', '1000.00', 'L1', 'Transfer from ACME'],
          ['240310', '-250.00', 'L2', 'Payment INV-2041 Supplier'],
          ['240315', '600.00', 'L3', 'Deposit'],
          ['240320', '-30.00', 'L4', 'Bank fee March'],
          ['240325', '5000.00', 'L5', 'Far away'],
        ],
        ['240331', '6320.00'],
      ),
    });
    for (const r of await typed(f.db).selectFrom('bank_line').select(['id', 'bank_ref']).execute()) bank.set(r.bank_ref as string, r.id);
    await post('acme', '2024-03-03', '1000.00');
    await post('rent', '2024-03-10', '-250.00', { memo: 'Rent' });
    await post('inv', '2024-03-11', '-250.00', { reference: 'INV-2041', memo: 'Supplier invoice' });
    await post('part1', '2024-03-14', '400.00');
    await post('part2', '2024-03-15', '200.00');
    await post('far', '2024-03-10', '5000.00');
  });
  afterAll(async () => f.ctx.close());

  it('proposes exact amounts within the window, prefers a shared reference, finds one-to-many, and skips what lies outside the window', async () => {
    const r = await proposeMatchesFor(f.db, accountId, { windowDays: 3, limit: 50 });
    expect(r).toMatchObject({ unmatchedBankLines: 5, unmatchedLedgerLines: 6, total: 3 });
    const of = (ref: string) => r.items.find((p) => p.bankLines.some((b) => b.id === bank.get(ref)));
    expect(of('L2')).toMatchObject({ kind: 'one-to-one', ledgerLines: [{ id: ledger.get('inv'), number: expect.any(String) }] });
    expect(of('L2')?.reasons.join(' ')).toMatch(/Reference INV2041 found in both texts/);
    expect(of('L1')).toMatchObject({ kind: 'one-to-one', ledgerLines: [{ id: ledger.get('acme') }] });
    expect(of('L1')?.reasons).toContain('Dates 2 day(s) apart (window ±3)');
    expect(of('L2')?.score).toBeGreaterThan(of('L1')?.score as number);
    expect(of('L3')).toMatchObject({ kind: 'one-to-many' });
    expect(
      of('L3')
        ?.ledgerLines.map((l) => l.id)
        .sort(),
    ).toEqual([ledger.get('part1'), ledger.get('part2')].sort());
    expect(of('L3')?.reasons[0]).toMatch(/2 ledger lines add up to the bank line's 600.00/);
    expect(of('L5')).toBeUndefined();
    expect(of('L4')).toBeUndefined();
    // a narrower window loses the 2-day pair
    expect((await proposeMatchesFor(f.db, accountId, { windowDays: 1, limit: 50 })).items.some((p) => p.bankLines[0].id === bank.get('L1'))).toBe(false);
  });

  it('refuses a match whose amounts do not add up, naming the difference, and a line matched twice', async () => {
    const bad = confirmMatch(f.db, f.call, {
      bankAccountId: accountId,
      bankLineIds: [bank.get('L1') as string],
      ledgerLineIds: [ledger.get('rent') as string],
    });
    await expect(bad).rejects.toMatchObject({ code: 'VALIDATION', message: expect.stringMatching(/a difference of 1250.00/) });
    const m = await confirmMatch(f.db, f.call, {
      bankAccountId: accountId,
      bankLineIds: [bank.get('L1') as string],
      ledgerLineIds: [ledger.get('acme') as string],
    });
    expect(m).toMatchObject({ status: 'matched', total: '1000.00', source: 'manual' });
    const again = confirmMatch(f.db, f.call, {
      bankAccountId: accountId,
      bankLineIds: [bank.get('L1') as string],
      ledgerLineIds: [ledger.get('acme') as string],
    });
    await expect(again).rejects.toMatchObject({ code: 'CONFLICT' });
    const other = confirmMatch(f.db, f.call, {
      bankAccountId: accountId,
      bankLineIds: [bank.get('L5') as string],
      ledgerLineIds: [ledger.get('acme') as string],
    });
    await expect(other).rejects.toMatchObject({ code: 'VALIDATION' });
    expect((await proposeMatchesFor(f.db, accountId, { windowDays: 3, limit: 50 })).unmatchedBankLines).toBe(4);
  });

  it('of two concurrent confirmations of the same statement line, one wins and the other gets CONFLICT', async () => {
    const results = await Promise.allSettled(
      ['rent', 'inv'].map((name) =>
        confirmMatch(f.db, f.call, { bankAccountId: accountId, bankLineIds: [bank.get('L2') as string], ledgerLineIds: [ledger.get(name) as string] }),
      ),
    );
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    const lost = results.find((r) => r.status === 'rejected') as PromiseRejectedResult;
    expect(lost.reason).toMatchObject({ code: 'CONFLICT' });
    const live = await typed(f.db)
      .selectFrom('bank_match_line')
      .select('id')
      .where('bank_line_id', '=', bank.get('L2') as string)
      .where('live', '=', 1n)
      .execute();
    expect(live).toHaveLength(1);
  });

  it('unmatches (audited), after which the lines are free; confirms a one-to-many proposal', async () => {
    const l2 = await typed(f.db)
      .selectFrom('bank_match_line')
      .select('match_id')
      .where('bank_line_id', '=', bank.get('L2') as string)
      .where('live', '=', 1n)
      .executeTakeFirstOrThrow();
    // two concurrent unmatches of one match: one undoes it, the other is told it is undone already
    const both = await Promise.allSettled([unmatch(f.db, f.call, l2.match_id, 'wrong invoice'), unmatch(f.db, f.call, l2.match_id, 'wrong invoice')]);
    const undone = (both.find((r) => r.status === 'fulfilled') as PromiseFulfilledResult<Awaited<ReturnType<typeof unmatch>>>).value;
    expect(undone).toMatchObject({ status: 'unmatched', unmatchedBy: expect.any(String) });
    expect((both.find((r) => r.status === 'rejected') as PromiseRejectedResult).reason).toMatchObject({ code: 'CONFLICT' });
    const audit = await f.ctx.t.db
      .selectFrom('audit_event' as never)
      .select('action' as never)
      .where('action' as never, '=', 'banking.match.unmatched' as never)
      .execute();
    expect(audit).toHaveLength(1);
    await confirmMatch(f.db, f.call, { bankAccountId: accountId, bankLineIds: [bank.get('L2') as string], ledgerLineIds: [ledger.get('inv') as string] });
    const group = await confirmMatch(f.db, f.call, {
      bankAccountId: accountId,
      bankLineIds: [bank.get('L3') as string],
      ledgerLineIds: [ledger.get('part1') as string, ledger.get('part2') as string],
    });
    expect(group.ledgerLineIds).toHaveLength(2);
  });

  it('a rule posts the entry through the ledger (bank ↔ account) and matches it', async () => {
    const rule = await createRule(f.db, f.call, {
      bankAccountId: accountId,
      name: 'Bank fees',
      textPattern: 'bank fee*',
      minAmount: '-100.00',
      maxAmount: '0',
      accountId: f.ledgerAccount('5700'),
      journalId,
      memo: 'Bank charges',
    });
    expect(rule).toMatchObject({ minAmount: '-100.00', maxAmount: '0.00' });
    const dry = await applyRules(f.db, f.call, accountId, { dryRun: true });
    expect(dry.applied).toMatchObject([{ bankLineId: bank.get('L4'), rule: 'Bank fees', entryId: null }]);
    const r = await applyRules(f.db, f.call, accountId);
    expect(r.failed).toEqual([]);
    expect(r.applied).toHaveLength(1);
    const lines = await linesForMatching(f.db, { entryId: r.applied[0].entryId as string });
    expect(lines.map((l) => [l.accountId, l.amount, l.date])).toEqual(
      expect.arrayContaining([
        [f.ledgerAccount('1130'), -3000n, '2024-03-20'],
        [f.ledgerAccount('5700'), 3000n, '2024-03-20'],
      ]),
    );
    expect((await applyRules(f.db, f.call, accountId)).applied).toEqual([]);
  });

  it('reports the reconciliation with the difference explained, and the close check follows the unmatched lines', async () => {
    const before = await reconciliationReport(f.db, companyId(), accountId, '2024-03-31');
    expect(before).toMatchObject({
      statementBalance: '6320.00',
      statementBalanceFrom: 'closing-balance',
      ledgerBalance: '6070.00',
      difference: '250.00',
      unmatchedBank: { count: 1, total: '5000.00' },
      unmatchedLedger: { count: 2, total: '4750.00' },
      unexplained: '0.00',
      reconciled: false,
    });
    const failing = await reconciledCheck.run({ platform: f.ctx.p, companyId: companyId(), periodEnd: '2024-03-31' });
    expect(failing).toMatchObject({ ok: false, message: expect.stringMatching(/Main: 1 unmatched statement line/) });
    expect((await reconciledCheck.run({ platform: f.ctx.p, companyId: companyId(), periodEnd: '2024-03-24' })).ok).toBe(true);
    // a match outside the window is still allowed by hand
    await confirmMatch(f.db, f.call, { bankAccountId: accountId, bankLineIds: [bank.get('L5') as string], ledgerLineIds: [ledger.get('far') as string] });
    const after = await reconciliationReport(f.db, companyId(), accountId, '2024-03-31');
    expect(after).toMatchObject({
      difference: '250.00',
      unmatchedBank: { count: 0 },
      unmatchedLedger: { count: 1, total: '-250.00' },
      unexplained: '0.00',
      reconciled: true,
    });
    expect((await reconciledCheck.run({ platform: f.ctx.p, companyId: companyId(), periodEnd: '2024-03-31' })).ok).toBe(true);
  });

  it('explains a match across the report date as timing, and the invariants hold (each line once, each match adds up)', async () => {
    const early = await reconciliationReport(f.db, companyId(), accountId, '2024-03-04');
    expect(early).toMatchObject({ statementBalanceFrom: 'lines', statementBalance: '0.00', ledgerBalance: '1000.00', timing: '-1000.00', unexplained: '0.00' });
    const live = await typed(f.db)
      .selectFrom('bank_match_line')
      .select(['match_id', 'side', 'amount', 'bank_line_id', 'ledger_line_id'])
      .where('live', '=', 1n)
      .execute();
    const lineIds = live.map((l) => l.bank_line_id ?? l.ledger_line_id);
    expect(new Set(lineIds).size).toBe(lineIds.length);
    const sums = new Map<string, bigint>();
    for (const l of live) sums.set(l.match_id, (sums.get(l.match_id) ?? 0n) + (l.side === 'bank' ? BigInt(l.amount) : -BigInt(l.amount)));
    expect([...sums.values()].every((v) => v === 0n)).toBe(true);
    expect(sums.size).toBe(5);
  });

  it('refuses to unmatch once the lock date covers the match', async () => {
    const m = await typed(f.db)
      .selectFrom('bank_match_line')
      .select('match_id')
      .where('bank_line_id', '=', bank.get('L5') as string)
      .where('live', '=', 1n)
      .executeTakeFirstOrThrow();
    await setLockDate(f.db, f.call, '2024-03-31');
    await expect(unmatch(f.db, f.call, m.match_id)).rejects.toMatchObject({ code: 'PERIOD_LOCKED' });
    expect((await reconciliationReport(f.db, companyId(), accountId, '2024-03-31')).reconciled).toBe(true);
  });
});
