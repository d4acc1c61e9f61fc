// The platform (and its module list) loads first: importing the ledger's index first would enter its import cycle from the wrong end.
import '../../../test/app-fixture.ts';
import fc from 'fast-check';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS } from '../../../test/dialects.ts';
import { newId } from '../../platform/ids.ts';
import { postNewEntry } from '../ledger/index.ts';
import { acceptProposals } from './accept-proposals.ts';
import { autoMatch } from './auto-match.ts';
import { type BankingFixture, bankingFixture } from './banking.fixture.ts';
import { typed } from './banking.tables.ts';
import { confirmMatch } from './confirm-match.ts';
import { createBankAccount } from './create-bank-account.ts';
import { importStatementFile } from './import-statement-file.ts';
import { mt940Statement } from './matching.fixture.ts';
import { makeLive } from './matching.repository.ts';
import { findProposals } from './propose-matches.ts';

const cents = (m: bigint) => `${m < 0n ? '-' : ''}${(m < 0n ? -m : m) / 100n}.${String((m < 0n ? -m : m) % 100n).padStart(2, '0')}`;

/** The set-based bulk accept (auto-match): batches checked and written in a few statements. */
describe.each(DIALECTS)('set-based accept on %s', (dialect) => {
  let f: BankingFixture;
  let journalId: string;
  let n = 0;

  /** A bank account with a statement of these lines (day of April 2024, minor units) and ledger lines (day, minor units) on 1130. */
  async function scenario(bankLines: [number, bigint][], ledgerLines: [number, bigint][]) {
    const name = `Acc ${++n}`;
    const id = (
      await createBankAccount(f.db, f.call, { name, bank: 'SNB', iban: 'SA0380000000608010167519', currency: 'SAR', ledgerAccountId: f.ledgerAccount('1130') })
    ).id;
    const yymmdd = (d: number) => `2404${String(d).padStart(2, '0')}`;
    const close = bankLines.reduce((s, [, a]) => s + a, 0n);
    const sorted = [...bankLines].sort((a, b) => a[0] - b[0]);
    await importStatementFile(f.db, f.call, {
      bankAccountId: id,
      fileName: `${name}.sta`,
      contentBase64: mt940Statement(
        `S${n}`,
        ['240331', '0.00'],
        sorted.map(([d, a], i) => [yymmdd(d), cents(a), `R${n}X${i}`, `line ${i}`]),
        ['240430', cents(close)],
      ),
    });
    for (const [d, a] of ledgerLines) {
      const size = cents(a < 0n ? -a : a);
      await postNewEntry(f.db, f.call, {
        journalId,
        date: `2024-04-${String(d).padStart(2, '0')}`,
        lines: [
          { accountId: f.ledgerAccount('1130'), currency: 'SAR', ...(a < 0n ? { credit: size } : { debit: size }) },
          { accountId: f.ledgerAccount('4200'), currency: 'SAR', ...(a < 0n ? { debit: size } : { credit: size }) },
        ],
      });
    }
    return { id, name };
  }

  /** What the database must hold whatever was accepted: every line live at most once, every standing match adding up. */
  async function invariantsHold() {
    const d = typed(f.db);
    const twice = await d
      .selectFrom('bank_match_line')
      .select(['bank_line_id', 'ledger_line_id'])
      .where('live', '=', 1n)
      .groupBy(['bank_line_id', 'ledger_line_id'])
      .having(sql`count(*)`, '>', 1)
      .execute();
    expect(twice).toEqual([]);
    const sums = await d
      .selectFrom('bank_match as m')
      .innerJoin('bank_match_line as l', 'l.match_id', 'm.id')
      .select([
        'm.id',
        'm.bank_total',
        'm.ledger_total',
        sql<bigint>`sum(case when l.side = 'bank' then l.amount else 0 end)`.as('bank'),
        sql<bigint>`sum(case when l.side = 'ledger' then l.amount else 0 end)`.as('ledger'),
      ])
      .where('m.status', '=', 'matched')
      .where('l.live', '=', 1n)
      .groupBy(['m.id', 'm.bank_total', 'm.ledger_total'])
      .execute();
    for (const s of sums) {
      expect(BigInt(s.bank)).toBe(BigInt(s.bank_total));
      expect(BigInt(s.ledger)).toBe(BigInt(s.ledger_total));
      expect(BigInt(s.bank)).toBe(BigInt(s.ledger));
    }
    const wrongAmount = await d
      .selectFrom('bank_match_line as l')
      .innerJoin('bank_line as b', 'b.id', 'l.bank_line_id')
      .select('l.id')
      .whereRef('l.amount', '<>', 'b.amount')
      .execute();
    expect(wrongAmount).toEqual([]);
  }

  /** The match ids the `banking.match.auto-confirmed` events of a bank account name. */
  async function auditedMatchIds(bankAccountId: string) {
    const rows = await f.ctx.t.db
      .selectFrom('audit_event' as never)
      .select('summary' as never)
      .where('action' as never, '=', 'banking.match.auto-confirmed' as never)
      .where('target_id' as never, '=', bankAccountId as never)
      .execute();
    return (rows as { summary: string | Record<string, unknown> }[]).flatMap((r) => {
      const s = (typeof r.summary === 'string' ? JSON.parse(r.summary) : r.summary) as { matchIds: string[]; matches: number };
      expect(s.matchIds).toHaveLength(s.matches);
      return s.matchIds;
    });
  }

  beforeAll(async () => {
    f = await bankingFixture(dialect);
    journalId = (await f.admin.get('/api/v1/ledger/journals')).body.items.find((j: { code: string }) => j.code === 'BNK').id;
  });
  afterAll(async () => f.ctx.close());

  it('a batch with a line another confirmation matched first: that proposal is skipped (conflicts 1), the rest confirmed and audited', async () => {
    const lines: [number, bigint][] = Array.from({ length: 120 }, (_, i) => [1 + (i % 28), BigInt(1000 + i * 7)]);
    const { id, name } = await scenario(lines, lines);
    const found = await findProposals(f.db, id, { windowDays: 3 });
    expect(found.proposals).toHaveLength(120);
    // someone else confirms the first proposal's bank line with its ledger line before the batch is written
    const first = found.proposals[0];
    const theirs = await confirmMatch(f.db, f.call, { bankAccountId: id, bankLineIds: first.bankLineIds, ledgerLineIds: first.ledgerLineIds });
    const done = await acceptProposals(f.db, f.call, { bankAccountId: id, bankAccountName: name, ...found });
    expect(done).toMatchObject({ confirmed: 119, conflicts: 1, periodLocked: 0 });
    const standing = await typed(f.db).selectFrom('bank_match').select(['id', 'source', 'status']).where('bank_account_id', '=', id).execute();
    expect(standing).toHaveLength(120);
    expect(standing.find((m) => m.id === theirs.id)).toMatchObject({ source: 'manual', status: 'matched' });
    const audited = await auditedMatchIds(id);
    expect(new Set(audited)).toEqual(new Set(done.matchIds));
    expect(audited).toHaveLength(119);
    await invariantsHold();
    // accepting the same proposals again confirms nothing: every one now conflicts
    expect(await acceptProposals(f.db, f.call, { bankAccountId: id, bankAccountName: name, ...found })).toMatchObject({ confirmed: 0, conflicts: 120 });
  });

  it('one UPDATE making several matches live is refused whole when one of them does not add up', async () => {
    const { id, name } = await scenario(
      [
        [3, 4000n],
        [4, 6000n],
      ],
      [
        [3, 4000n],
        [4, 6000n],
      ],
    );
    const found = await findProposals(f.db, id, { windowDays: 3 });
    expect(found.proposals).toHaveLength(2);
    const matchIds = [newId(), newId()];
    const [good, bad] = found.proposals;
    const d = typed(f.db);
    for (const [k, p] of [good, bad].entries()) {
      const bankLine = found.bank.get(p.bankLineIds[0]);
      const ledgerLine = found.ledger.get(p.ledgerLineIds[0]);
      const amount = BigInt(bankLine?.amount ?? 0n);
      await d
        .insertInto('bank_match')
        .values({
          id: matchIds[k],
          bank_account_id: id,
          source: 'auto',
          score: p.score,
          reasons: '[]',
          bank_total: amount,
          ledger_total: amount,
          rule_id: null,
          entry_id: null,
          status: 'matched',
          matched_by: name,
          matched_at: '2024-05-01T00:00:00.000Z',
          unmatched_by: null,
          unmatched_at: null,
          unmatch_reason: null,
        } as never)
        .execute();
      const lines: Record<string, unknown>[] = [
        {
          id: newId(),
          match_id: matchIds[k],
          bank_account_id: id,
          side: 'bank',
          bank_line_id: p.bankLineIds[0],
          ledger_line_id: null,
          amount,
          date: String(bankLine?.booking_date),
          live: null,
        },
      ];
      // the second match lacks its ledger line: its ledger side adds up to 0, not its total
      if (k === 0)
        lines.push({
          id: newId(),
          match_id: matchIds[k],
          bank_account_id: id,
          side: 'ledger',
          bank_line_id: null,
          ledger_line_id: p.ledgerLineIds[0],
          amount: ledgerLine?.amount ?? 0n,
          date: String(ledgerLine?.date),
          live: null,
        });
      await d
        .insertInto('bank_match_line')
        .values(lines as never)
        .execute();
    }
    const err = await makeLive(f.db, matchIds).then(
      () => undefined,
      (e: Error) => e,
    );
    expect(String(err?.message)).toMatch(/do not add up/);
    const live = await d.selectFrom('bank_match_line').select('id').where('match_id', 'in', matchIds).where('live', '=', 1n).execute();
    expect(live).toEqual([]);
  });

  it('property: import then auto-match (any score) never breaks the invariants, and every auto match is audited once', async () => {
    const line = fc.tuple(fc.integer({ min: 1, max: 28 }), fc.constantFrom(-5000n, -1250n, 1250n, 2500n, 3750n, 5000n, 777n));
    await fc.assert(
      fc.asyncProperty(fc.array(line, { minLength: 1, maxLength: 25 }), fc.array(line, { maxLength: 30 }), async (bankLines, ledgerLines) => {
        const { id } = await scenario(bankLines, ledgerLines);
        const result = await autoMatch(f.db, f.call, id, { minScore: 0, windowDays: 5 });
        await invariantsHold();
        const audited = await auditedMatchIds(id);
        expect(audited).toHaveLength(result.confirmed);
        expect(new Set(audited).size).toBe(result.confirmed);
        const again = await autoMatch(f.db, f.call, id, { minScore: 0, windowDays: 5 });
        expect(again.confirmed + again.conflicts).toBe(0);
      }),
      { numRuns: 8 },
    );
  });
});
