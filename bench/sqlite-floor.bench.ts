/**
 * The floor SQLite itself puts on writing ledger rows on this machine, with none of Kawalis's JavaScript
 * in the timed part: every row is built before its transaction starts, and the clock runs only around
 * prepared multi-row INSERTs (50 entries, 100 lines per statement), the flip to posted and the COMMIT.
 * Six schemas, from the ledger's real tables down to bare rowid tables, each on a fresh database in a
 * temporary directory opened by Kawalis's own `openSqlite` (WAL, synchronous=FULL, foreign_keys=ON).
 * N entries of 3 lines each, 5,000 entries per transaction, UUIDv7 ids in ascending order, 180
 * accounts, dates advancing evenly through 2023-01-01 … 2025-12-31. One JSON line per variant, then a
 * summary line with the ceiling each implies (`1e6 / us_per_entry`: SQLite alone, zero JavaScript).
 * `npm run bench:sqlite-floor -- --entries 200000 [--variants ledger_schema,bare_rowid] [--rounds R] [--checkpointer] [--wal-autocheckpoint PAGES]`.
 * See bench/README.md.
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import type Sqlite from 'better-sqlite3';
import { ENTRY_TABLE, LINE_TABLE } from '../src/modules/ledger/migrations/010-narrow-posted-tables.ts';
import { newIds } from '../src/modules/ledger/new-ids.ts';
import { startCheckpointer } from '../src/platform/db/checkpointer.ts';
import { openSqlite } from '../src/platform/db/create-database.ts';

const { values: args } = parseArgs({
  options: {
    entries: { type: 'string', default: '200000' },
    variants: { type: 'string' },
    'wal-autocheckpoint': { type: 'string' },
    rounds: { type: 'string', default: '1' },
    checkpointer: { type: 'boolean', default: false },
  },
});
const N = Number(args.entries);
if (!Number.isInteger(N) || N < 1) throw new Error('--entries is a positive integer');

// A full collection before each transaction (outside the clock), so the garbage of building its rows
// is not collected, or concurrently marked, while the statements are timed.
setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

const LINES_PER_ENTRY = 3;
const ENTRIES_PER_TXN = 5000;
const ENTRIES_PER_STMT = 50;
const LINES_PER_STMT = 100;
const ACCOUNTS = 180;
const DAYS = 1096; // 2023-01-01 … 2025-12-31

// ---- The ledger's real tables (migrations 010, 011, 012 and the triggers 010 recreates) ----

// ENTRY_TABLE and LINE_TABLE: the DDL of migration 010 itself (imported above).

const ENTRY_INDEXES = [
  'create index ledger_entry_list on ledger_entry (company_id, date)', // 010
  `create index "ledger_entry_drafts" on "ledger_entry" ("company_id", "date", "created_at") where status = 'draft'`, // 012
];
const LINE_INDEX = 'create index ledger_line_account on ledger_line (account_id, entry_date, currency)'; // 011

const ENTRY_TRIGGERS = [
  `create trigger ledger_entry_posted_no_update before update on ledger_entry when old.status = 'posted'
      begin select raise(abort, 'ledger_entry: a posted entry is immutable (UPDATE refused)'); end`,
  `create trigger ledger_entry_posted_no_delete before delete on ledger_entry when old.status = 'posted'
      begin select raise(abort, 'ledger_entry: a posted entry is immutable (DELETE refused)'); end`,
];
const LINE_INSERT_TRIGGER = `create trigger ledger_line_posted_entry before insert on ledger_line
      when (select status from ledger_entry where id = new.entry_id) = 'posted'
      begin select raise(abort, 'ledger_line: the entry is posted, no line may be added'); end`;
// makeAppendOnly(db, 'ledger_line') (platform/db/schema.ts): they fire on UPDATE/DELETE only.
const LINE_APPEND_ONLY = [
  `create trigger ledger_line_no_update before update on ledger_line begin select raise(abort, 'ledger_line is append-only: UPDATE refused'); end`,
  `create trigger ledger_line_no_delete before delete on ledger_line begin select raise(abort, 'ledger_line is append-only: DELETE refused'); end`,
];

// Just enough of the parents for the foreign keys to resolve (same key shapes: text primary keys).
const PARENTS = [
  'create table company (id text primary key, name text not null)',
  'create table ledger_journal (id text primary key, company_id text not null, code text not null)',
  'create table ledger_account (id text primary key, company_id text not null, code text not null)',
  'create table currency (code text primary key, minor_units bigint not null)',
  'create table ledger_dimension_value (id text primary key, company_id text not null, code text not null)',
];

const withoutForeignKeys = (ddl: string) => ddl.replace(/ references \w+ \(\w+\)/g, '');

// ---- Integer keys: the same columns and widths, ids are integers (no public UUIDs), no foreign keys ----

const ENTRY_TABLE_INT = (uniqueKeys: boolean) => `create table ledger_entry (
  id integer primary key, company_id integer not null, journal_id integer not null, status text not null, date text not null,
  memo text, reference text, number text, fiscal_year bigint, sequence_no bigint, chain_seq bigint,
  author_id text, author_label text not null, poster_id text, poster_label text, posted_at text,
  idempotency_key text, request_hash text, reverses_entry_id integer,
  hash text, prev_hash text, created_at text not null, updated_at text not null,${
    uniqueKeys
      ? `
  constraint ledger_entry_idempotency unique (company_id, idempotency_key),
  constraint ledger_entry_sequence unique (journal_id, fiscal_year, sequence_no),
  constraint ledger_entry_chain unique (journal_id, chain_seq),`
      : ''
  }
  constraint ledger_entry_status check (status in ('draft', 'posted')),
  constraint ledger_entry_posted_complete check (status = 'draft' or (number is not null and fiscal_year is not null
    and sequence_no is not null and chain_seq is not null and hash is not null and prev_hash is not null and posted_at is not null)))`;

const LINE_TABLE_INT = `create table ledger_line (
  id integer primary key, company_id integer not null, entry_id integer not null, line_no bigint not null,
  account_id integer not null, currency text not null,
  amount bigint not null, base_amount bigint not null, rate text not null, memo text, entry_date text not null,
  dim1_id integer, dim2_id integer, dim3_id integer)`;

interface Variant {
  name: string;
  what: string;
  ddl: string[];
  /** Text UUID keys with parent rows (variants 1–3) or integer keys (4–6). */
  intKeys: boolean;
  /** Entries written as drafts, then their lines, then flipped to posted (post-batch.ts); else written as posted. */
  draftThenFlip: boolean;
}

const VARIANTS: Variant[] = [
  {
    name: 'ledger_schema',
    what: 'the real ledger_entry/ledger_line DDL, indexes, triggers and foreign keys; drafts, lines, flip',
    ddl: [...PARENTS, ENTRY_TABLE, ...ENTRY_INDEXES, ...ENTRY_TRIGGERS, LINE_TABLE, LINE_INDEX, LINE_INSERT_TRIGGER, ...LINE_APPEND_ONLY],
    intKeys: false,
    draftThenFlip: true,
  },
  {
    name: 'no_line_trigger',
    what: '1 without the ledger_line_posted_entry insert trigger (still drafts, lines, flip)',
    ddl: [...PARENTS, ENTRY_TABLE, ...ENTRY_INDEXES, ...ENTRY_TRIGGERS, LINE_TABLE, LINE_INDEX, ...LINE_APPEND_ONLY],
    intKeys: false,
    draftThenFlip: true,
  },
  {
    name: 'no_foreign_keys',
    what: '2 without the foreign keys (references clauses removed; still drafts, lines, flip)',
    ddl: [...PARENTS, withoutForeignKeys(ENTRY_TABLE), ...ENTRY_INDEXES, ...ENTRY_TRIGGERS, withoutForeignKeys(LINE_TABLE), LINE_INDEX, ...LINE_APPEND_ONLY],
    intKeys: false,
    draftThenFlip: true,
  },
  {
    name: 'int_keys_unique',
    what: 'integer primary keys, register index on lines, the entry unique keys (idempotency, sequence, chain); written as posted',
    ddl: [ENTRY_TABLE_INT(true), LINE_TABLE_INT, LINE_INDEX],
    intKeys: true,
    draftThenFlip: false,
  },
  {
    name: 'int_keys_register_only',
    what: 'integer primary keys, the register index on lines only, nothing but the primary key on entries; written as posted',
    ddl: [ENTRY_TABLE_INT(false), LINE_TABLE_INT, LINE_INDEX],
    intKeys: true,
    draftThenFlip: false,
  },
  {
    name: 'bare_rowid',
    what: 'rowid tables (integer primary key = rowid), no index at all; written as posted',
    ddl: [ENTRY_TABLE_INT(false), LINE_TABLE_INT],
    intKeys: true,
    draftThenFlip: false,
  },
];

const ENTRY_COLUMNS =
  'id, company_id, journal_id, status, date, memo, reference, author_id, author_label, poster_id, poster_label, posted_at, idempotency_key, request_hash, reverses_entry_id, created_at, updated_at, number, fiscal_year, sequence_no, chain_seq, hash, prev_hash';
const LINE_COLUMNS = 'id, company_id, entry_id, line_no, account_id, currency, amount, base_amount, rate, memo, dim1_id, dim2_id, dim3_id, entry_date';
const ENTRY_WIDTH = ENTRY_COLUMNS.split(',').length;
const LINE_WIDTH = LINE_COLUMNS.split(',').length;

const multiRow = (table: string, columns: string, width: number, rows: number) =>
  `insert into ${table} (${columns}) values ${Array(rows)
    .fill(`(${Array(width).fill('?').join(',')})`)
    .join(',')}`;

/** Prepared multi-row INSERTs, one per row count (full statements share one; a short last chunk gets its own). */
function statements(db: Sqlite.Database, table: string, columns: string, width: number) {
  const cache = new Map<number, Sqlite.Statement>();
  return (rows: number) => {
    let s = cache.get(rows);
    if (!s) {
      s = db.prepare(multiRow(table, columns, width, rows));
      cache.set(rows, s);
    }
    return s;
  };
}

const dateOf = (i: number) => new Date(Date.UTC(2023, 0, 1) + Math.floor((i * DAYS) / N) * 86_400_000).toISOString().slice(0, 10);
const hex = (bytes: number) => randomBytes(bytes).toString('hex');
const us = (x: number) => Math.round(x * 100) / 100;
const cpuUs = (c: NodeJS.CpuUsage) => c.user + c.system;

interface Result {
  variant: string;
  entries: number;
  us_per_entry: number;
  us_per_line: number;
  commit_us_per_entry: number;
  db_mb: number;
  [k: string]: unknown;
}

async function run(v: Variant): Promise<Result> {
  const dir = mkdtempSync(join(tmpdir(), 'kawalis-sqlite-floor-'));
  try {
    const db = openSqlite(join(dir, 'floor.db'));
    // openSqlite leaves SQLite's default (1,000 pages): the COMMIT that passes it checkpoints, inside the clock.
    // `--checkpointer` does what createDatabase does: the writer's fallback raised to 10,000 pages and a
    // thread checkpointing every 100 ms (its CPU is in process.cpuUsage too: Node 20 has no per-thread CPU).
    const checkpointer = args.checkpointer ? startCheckpointer(db, join(dir, 'floor.db')) : undefined;
    if (args['wal-autocheckpoint'] !== undefined) db.pragma(`wal_autocheckpoint = ${Number(args['wal-autocheckpoint'])}`);
    const walAutocheckpoint = Number(db.pragma('wal_autocheckpoint', { simple: true }));
    for (const s of v.ddl) db.exec(s);

    // Parents (text-key variants): one company, one journal, 180 accounts, SAR.
    const [companyId, journalId] = v.intKeys ? ['', ''] : newIds(2);
    const accountIds: (string | bigint)[] = v.intKeys ? Array.from({ length: ACCOUNTS }, (_, a) => BigInt(a + 1)) : newIds(ACCOUNTS);
    if (!v.intKeys) {
      db.prepare('insert into company (id, name) values (?, ?)').run(companyId, 'Bench Co');
      db.prepare('insert into ledger_journal (id, company_id, code) values (?, ?, ?)').run(journalId, companyId, 'GEN');
      const acc = db.prepare('insert into ledger_account (id, company_id, code) values (?, ?, ?)');
      for (let a = 0; a < ACCOUNTS; a++) acc.run(accountIds[a], companyId, String(1000 + a));
      db.prepare('insert into currency (code, minor_units) values (?, ?)').run('SAR', 2n);
    }
    const company: string | bigint = v.intKeys ? 1n : companyId;
    const journal: string | bigint = v.intKeys ? 1n : journalId;

    const entryStmt = statements(db, 'ledger_entry', ENTRY_COLUMNS, ENTRY_WIDTH);
    const lineStmt = statements(db, 'ledger_line', LINE_COLUMNS, LINE_WIDTH);
    // post-batch.ts → flip-to-posted.ts, the statement the real code runs once per journal and batch.
    const flip = v.draftThenFlip
      ? db.prepare(`update ledger_entry set status = 'posted' where journal_id = ? and chain_seq >= ? and chain_seq <= ? and status = 'draft'`)
      : undefined;

    const fileKey = `csv:${hex(12)}`; // import-entries-csv.ts: `csv:<first 24 hex of the file's hash>`
    const author = newIds(1)[0];
    let clock = Date.UTC(2026, 0, 1); // newIds' millisecond, one step per transaction: ids ascend across transactions too
    let prevHash = '0'.repeat(64);
    let chainSeq = 0n;
    let intEntryId = 0n;
    let intLineId = 0n;
    const seqPerYear = new Map<number, bigint>();
    const t = { entriesUs: 0, linesUs: 0, flipUs: 0, commitUs: 0, entriesCpu: 0, linesCpu: 0, flipCpu: 0, commitCpu: 0 };

    for (let start = 0; start < N; start += ENTRIES_PER_TXN) {
      const count = Math.min(ENTRIES_PER_TXN, N - start);
      // ---- Rows and statement parameters, built outside the clock ----
      clock++;
      const entryIds: (string | bigint)[] = v.intKeys ? Array.from({ length: count }, () => ++intEntryId) : newIds(count, clock);
      const lineIds: (string | bigint)[] = v.intKeys
        ? Array.from({ length: count * LINES_PER_ENTRY }, () => ++intLineId)
        : newIds(count * LINES_PER_ENTRY, clock);
      const now = new Date(clock).toISOString();
      const firstChain = chainSeq + 1n;
      const entryRows: unknown[] = [];
      const lineRows: unknown[] = [];
      for (let k = 0; k < count; k++) {
        const i = start + k;
        const date = dateOf(i);
        const fy = Number(date.slice(0, 4));
        const seq = (seqPerYear.get(fy) ?? 0n) + 1n;
        seqPerYear.set(fy, seq);
        chainSeq++;
        const hash = hex(32);
        entryRows.push(
          entryIds[k],
          company,
          journal,
          v.draftThenFlip ? 'draft' : 'posted',
          date,
          `Entry ${i + 1}`,
          `REF-${String(i + 1).padStart(7, '0')}`,
          author,
          'Bench User',
          author,
          'Bench User',
          now,
          `${fileKey}:E${i + 1}`,
          fileKey,
          null,
          now,
          now,
          `GEN/${fy}/${seq.toString().padStart(6, '0')}`,
          BigInt(fy),
          seq,
          chainSeq,
          hash,
          prevHash,
        );
        prevHash = hash;
        const amount = BigInt(1000 + ((i * 7919) % 9_000_000));
        for (let n = 0; n < LINES_PER_ENTRY; n++) {
          // 3 lines: two debits of half (rounded) and one credit of the whole: balanced.
          const half = n === 0 ? amount / 2n : amount - amount / 2n;
          const value = n < 2 ? half : -amount;
          lineRows.push(
            lineIds[k * LINES_PER_ENTRY + n],
            company,
            entryIds[k],
            BigInt(n + 1),
            accountIds[(i * 7 + n * 13) % ACCOUNTS],
            'SAR',
            value,
            value,
            '1',
            null,
            null,
            null,
            null,
            date,
          );
        }
      }
      const entryParams: unknown[][] = [];
      for (let r = 0; r < count; r += ENTRIES_PER_STMT) entryParams.push(entryRows.slice(r * ENTRY_WIDTH, Math.min(r + ENTRIES_PER_STMT, count) * ENTRY_WIDTH));
      const lineCount = count * LINES_PER_ENTRY;
      const lineParams: unknown[][] = [];
      for (let r = 0; r < lineCount; r += LINES_PER_STMT) lineParams.push(lineRows.slice(r * LINE_WIDTH, Math.min(r + LINES_PER_STMT, lineCount) * LINE_WIDTH));
      const entryPrepared = entryParams.map((p) => entryStmt(p.length / ENTRY_WIDTH));
      const linePrepared = lineParams.map((p) => lineStmt(p.length / LINE_WIDTH));

      // ---- Timed: the statements, then the commit ----
      gc();
      db.exec('begin immediate');
      let c = process.cpuUsage();
      let w = performance.now();
      for (let s = 0; s < entryParams.length; s++) entryPrepared[s].run(entryParams[s]);
      t.entriesUs += (performance.now() - w) * 1000;
      t.entriesCpu += cpuUs(process.cpuUsage(c));
      c = process.cpuUsage();
      w = performance.now();
      for (let s = 0; s < lineParams.length; s++) linePrepared[s].run(lineParams[s]);
      t.linesUs += (performance.now() - w) * 1000;
      t.linesCpu += cpuUs(process.cpuUsage(c));
      if (flip) {
        c = process.cpuUsage();
        w = performance.now();
        const flipped = flip.run(journal, firstChain, chainSeq).changes;
        t.flipUs += (performance.now() - w) * 1000;
        t.flipCpu += cpuUs(process.cpuUsage(c));
        if (flipped !== count) throw new Error(`${v.name}: ${flipped} of ${count} entries flipped`);
      }
      c = process.cpuUsage();
      w = performance.now();
      db.exec('commit');
      t.commitUs += (performance.now() - w) * 1000;
      t.commitCpu += cpuUs(process.cpuUsage(c));
    }

    // ---- Checks and size, outside the clock ----
    const count = (q: string) => Number(db.prepare(q).pluck().get());
    const entries = count(`select count(*) from ledger_entry where status = 'posted'`);
    const lines = count('select count(*) from ledger_line');
    if (entries !== N || lines !== N * LINES_PER_ENTRY) throw new Error(`${v.name}: ${entries} posted entries, ${lines} lines`);
    const fks = count(`select count(*) from pragma_foreign_key_list('ledger_line')`) + count(`select count(*) from pragma_foreign_key_list('ledger_entry')`);
    const indexes = count(`select count(*) from sqlite_master where type = 'index' and tbl_name in ('ledger_entry', 'ledger_line')`);
    const triggers = count(`select count(*) from sqlite_master where type = 'trigger' and tbl_name in ('ledger_entry', 'ledger_line')`);
    await checkpointer?.stop();
    db.pragma('wal_checkpoint(TRUNCATE)');
    const dbMb = statSync(join(dir, 'floor.db')).size / 1e6;
    db.close();

    const L = N * LINES_PER_ENTRY;
    const insertUs = t.entriesUs + t.linesUs + t.flipUs;
    const insertCpu = t.entriesCpu + t.linesCpu + t.flipCpu;
    return {
      variant: v.name,
      entries: N,
      us_per_entry: us(insertUs / N),
      us_per_line: us(t.linesUs / L),
      commit_us_per_entry: us(t.commitUs / N),
      db_mb: Math.round(dbMb),
      cpu_us_per_entry: us(insertCpu / N),
      cpu_us_per_line: us(t.linesCpu / L),
      commit_cpu_us_per_entry: us(t.commitCpu / N),
      entry_insert_us_per_entry: us(t.entriesUs / N),
      entry_insert_cpu_us_per_entry: us(t.entriesCpu / N),
      flip_us_per_entry: us(t.flipUs / N),
      flip_cpu_us_per_entry: us(t.flipCpu / N),
      wall_ms: Math.round((insertUs + t.commitUs) / 1000),
      cpu_ms: Math.round((insertCpu + t.commitCpu) / 1000),
      fks,
      indexes,
      triggers,
      wal_autocheckpoint: walAutocheckpoint,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const wanted = args.variants?.split(',');
const chosen = wanted ? VARIANTS.filter((v) => wanted.includes(v.name)) : VARIANTS;
if (wanted && chosen.length !== wanted.length) throw new Error(`--variants: one of ${VARIANTS.map((v) => v.name).join(', ')}`);

// Rounds interleave the variants (1, 2, …, 6, 1, 2, …), so a burst of load elsewhere spreads over all of
// them; with more than one, each variant also gets a line of its medians, and the summary uses those.
const rounds = Number(args.rounds);
if (!Number.isInteger(rounds) || rounds < 1) throw new Error('--rounds is a positive integer');
const runs = new Map<string, Result[]>();
for (let round = 1; round <= rounds; round++) {
  for (const v of chosen) {
    const r = await run(v);
    runs.set(v.name, [...(runs.get(v.name) ?? []), r]);
    console.log(JSON.stringify({ bench: 'sqlite_floor', ...r, ...(rounds > 1 ? { round } : {}) }));
  }
}
const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : us((s[s.length / 2 - 1] + s[s.length / 2]) / 2);
};
const results: Result[] = chosen.map((v) => {
  const all = runs.get(v.name) ?? [];
  return Object.fromEntries(Object.entries(all[0]).map(([k, x]) => [k, typeof x === 'number' ? median(all.map((r) => r[k] as number)) : x])) as Result;
});
if (rounds > 1) for (const r of results) console.log(JSON.stringify({ bench: 'sqlite_floor', ...r, median_of: rounds }));
const probe = openSqlite(':memory:');
const sqliteVersion = String(probe.prepare('select sqlite_version()').pluck().get());
probe.close();
const ceiling = (x: number) => Math.round(1e6 / x);
console.log(
  JSON.stringify({
    bench: 'sqlite_floor',
    summary: 'entries_per_s_ceiling = 1e6 / us_per_entry (SQLite alone, zero JavaScript)',
    entries: N,
    rounds,
    sqlite: sqliteVersion,
    wal_autocheckpoint: results[0]?.wal_autocheckpoint,
    checkpointer: args.checkpointer,
    entries_per_s_ceiling: Object.fromEntries(results.map((r) => [r.variant, ceiling(r.us_per_entry)])),
    entries_per_s_ceiling_with_commit: Object.fromEntries(results.map((r) => [r.variant, ceiling(r.us_per_entry + r.commit_us_per_entry)])),
    entries_per_s_ceiling_cpu: Object.fromEntries(
      results.map((r) => [r.variant, ceiling((r.cpu_us_per_entry as number) + (r.commit_cpu_us_per_entry as number))]),
    ),
  }),
);
