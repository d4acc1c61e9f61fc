import { type RawBuilder, sql } from 'kysely';
import type { CompanyDb } from '../../platform/db/company-scope.ts';
import { isPostgres } from '../../platform/db/create-database.ts';
import { toMinorLine } from './entries.repository.ts';
import { entryHash } from './entry-hash.ts';
import { findImbalances, type MinorLine } from './journal-entry.ts';
import { formatNumber, GENESIS_HASH } from './journals.repository.ts';
import type { VerifyReport } from './ledger.schemas.ts';
import { typed } from './ledger-db.ts';

type Failure = VerifyReport['failures'][number];
const PAGE = 500;
const MAX_FAILURES = 100;

/**
 * Check the company's ledger against itself: each journal's hash chain (every hash recomputed from
 * the stored lines), gapless numbering per journal and fiscal year, every posted entry balanced with
 * at least two lines, and every maintained balance equal to the sum of the raw lines. Failures name
 * the entry at fault, first one first.
 */
export async function verifyLedger(db: CompanyDb): Promise<VerifyReport> {
  const d = typed(db);
  const failures: Failure[] = [];
  const fail = (f: Failure) => failures.length < MAX_FAILURES && failures.push(f);
  let checked = 0;
  for (const journal of await d.selectFrom('ledger_journal').selectAll().orderBy('code').execute()) {
    let prevHash = GENESIS_HASH;
    let expectedSeq = 1n;
    const numbers = new Map<bigint, bigint[]>();
    for (let after = 0n; ; ) {
      const entries = await d
        .selectFrom('ledger_entry')
        .selectAll()
        .where('journal_id', '=', journal.id)
        .where('status', '=', 'posted')
        .where('chain_seq', '>', after)
        .orderBy('chain_seq')
        .limit(PAGE)
        .execute();
      if (entries.length === 0) break;
      const lines = await linesOf(
        db,
        entries.map((e) => e.id),
      );
      for (const e of entries) {
        checked++;
        const own = lines.get(e.id) ?? [];
        const at = { entryId: e.id, number: e.number };
        const seq = BigInt(e.chain_seq as bigint);
        if (seq !== expectedSeq) fail({ check: 'chain', ...at, message: `${e.number}: chain position ${seq}, expected ${expectedSeq}` });
        if (e.prev_hash !== prevHash) fail({ check: 'chain', ...at, message: `${e.number}: does not follow the previous entry of ${journal.code}` });
        const recomputed = entryHash(
          {
            id: e.id,
            journalId: e.journal_id,
            number: e.number as string,
            date: e.date,
            memo: e.memo,
            reference: e.reference,
            reversesEntryId: e.reverses_entry_id,
            lines: own,
          },
          e.prev_hash as string,
        );
        if (recomputed !== e.hash) fail({ check: 'chain', ...at, message: `${e.number}: its hash does not match its contents (changed after posting)` });
        if (own.length < 2) fail({ check: 'balanced', ...at, message: `${e.number}: ${own.length} line(s), at least two needed` });
        for (const imbalance of findImbalances(own, '\u0000base', () => 0)) {
          fail({ check: 'balanced', ...at, message: `${e.number}: ${imbalance.base ? 'base amounts' : imbalance.currency} do not sum to zero` });
        }
        const fy = BigInt(e.fiscal_year as bigint);
        numbers.set(fy, [...(numbers.get(fy) ?? []), BigInt(e.sequence_no as bigint)]);
        if (e.number !== formatNumber(journal.prefix, Number(fy), BigInt(e.sequence_no as bigint))) {
          fail({ check: 'numbering', ...at, message: `${e.number}: does not match its sequence ${e.sequence_no}` });
        }
        prevHash = e.hash as string;
        expectedSeq = seq + 1n;
        after = seq;
      }
    }
    if (journal.head_hash !== prevHash || BigInt(journal.chain_length) !== expectedSeq - 1n) {
      fail({ check: 'chain', entryId: null, number: null, message: `${journal.code}: the chain head does not match its last entry (an entry is missing?)` });
    }
    await checkNumbering(db, journal.id, journal.code, numbers, fail);
  }
  await checkBalances(db, fail);
  return { ok: failures.length === 0, entriesChecked: checked, failures };
}

async function linesOf(db: CompanyDb, ids: string[]): Promise<Map<string, MinorLine[]>> {
  const rows = await typed(db).selectFrom('ledger_line').selectAll().where('entry_id', 'in', ids).orderBy('entry_id').orderBy('line_no').execute();
  const out = new Map<string, MinorLine[]>();
  for (const r of rows) {
    const list = out.get(r.entry_id) ?? [];
    list.push(toMinorLine(r));
    out.set(r.entry_id, list);
  }
  return out;
}

/** Each fiscal year of a journal numbers 1…n with no gap and no repeat, and its counter stands at n. */
async function checkNumbering(db: CompanyDb, journalId: string, code: string, numbers: Map<bigint, bigint[]>, fail: (f: Failure) => void) {
  const counters = await typed(db).selectFrom('ledger_sequence').select(['fiscal_year', 'last_value']).where('journal_id', '=', journalId).execute();
  const counter = new Map(counters.map((c) => [BigInt(c.fiscal_year), BigInt(c.last_value)]));
  for (const [fy, seqs] of numbers) {
    const sorted = [...seqs].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    const gap = sorted.findIndex((s, i) => s !== BigInt(i + 1));
    if (gap >= 0) fail({ check: 'numbering', entryId: null, number: null, message: `${code} ${fy}: number ${gap + 1} is missing or repeated` });
    if ((counter.get(fy) ?? 0n) !== BigInt(sorted.length)) {
      fail({
        check: 'numbering',
        entryId: null,
        number: null,
        message: `${code} ${fy}: the counter stands at ${counter.get(fy) ?? 0n}, ${sorted.length} entries numbered`,
      });
    }
  }
}

/**
 * Every maintained balance equals the sum of its lines — per account, currency, month (and per day,
 * `ledger_balance_day`) and dimension set — and no lines lack a balance.
 */
async function checkBalances(db: CompanyDb, fail: (f: Failure) => void) {
  const month = isPostgres(db) ? sql<string>`to_char(entry_date, 'YYYY-MM')` : sql<string>`substr(entry_date, 1, 7)`;
  await checkKept(db, fail, month, 'ledger_balance');
  await checkKept(db, fail, isPostgres(db) ? sql<string>`to_char(entry_date, 'YYYY-MM-DD')` : sql<string>`entry_date`, 'ledger_balance_day');
}

async function checkKept(db: CompanyDb, fail: (f: Failure) => void, when: RawBuilder<string>, table: 'ledger_balance' | 'ledger_balance_day') {
  const d = typed(db);
  const dim1 = sql<string>`coalesce(dim1_id, '')`;
  const dim2 = sql<string>`coalesce(dim2_id, '')`;
  const dim3 = sql<string>`coalesce(dim3_id, '')`;
  const raw = await d
    .selectFrom('ledger_line')
    .select([
      'account_id',
      'currency',
      when.as('period'),
      dim1.as('dim1'),
      dim2.as('dim2'),
      dim3.as('dim3'),
      sql<bigint>`cast(sum(amount) as bigint)`.as('amount'),
      sql<bigint>`cast(sum(base_amount) as bigint)`.as('base'),
    ])
    .groupBy(['account_id', 'currency', when, dim1, dim2, dim3])
    .execute();
  const kept =
    table === 'ledger_balance'
      ? await d.selectFrom('ledger_balance').select(['account_id', 'currency', 'period', 'dim1_id', 'dim2_id', 'dim3_id', 'amount', 'base_amount']).execute()
      : await d
          .selectFrom('ledger_balance_day')
          .select(['account_id', 'currency', 'day as period', 'dim1_id', 'dim2_id', 'dim3_id', 'amount', 'base_amount'])
          .execute();
  const key = (a: string, c: string, p: string, d1: string, d2: string, d3: string) => `${a}|${c}|${p}|${d1}|${d2}|${d3}`;
  const sums = new Map(raw.map((r) => [key(r.account_id, r.currency, r.period, r.dim1, r.dim2, r.dim3), { amount: BigInt(r.amount), base: BigInt(r.base) }]));
  const codes = new Map((await d.selectFrom('ledger_account').select(['id', 'code']).execute()).map((a) => [a.id, a.code]));
  for (const b of kept) {
    const k = key(b.account_id, b.currency, b.period, b.dim1_id, b.dim2_id, b.dim3_id);
    const s = sums.get(k) ?? { amount: 0n, base: 0n };
    sums.delete(k);
    if (s.amount !== BigInt(b.amount) || s.base !== BigInt(b.base_amount)) {
      fail({
        check: 'balances',
        entryId: null,
        number: null,
        message: `account ${codes.get(b.account_id)} ${b.currency} ${b.period}${dimsLabel(b.dim1_id, b.dim2_id, b.dim3_id)}: kept ${b.amount}, lines sum to ${s.amount}`,
      });
    }
  }
  for (const [k, s] of sums) {
    const [a, c, p, d1, d2, d3] = k.split('|');
    if (s.amount !== 0n || s.base !== 0n)
      fail({
        check: 'balances',
        entryId: null,
        number: null,
        message: `account ${codes.get(a)} ${c} ${p}${dimsLabel(d1, d2, d3)}: lines with no kept balance`,
      });
  }
}

const dimsLabel = (...dims: string[]) => (dims.some((x) => x) ? ` [dimensions ${dims.map((x) => x || '-').join(', ')}]` : '');
