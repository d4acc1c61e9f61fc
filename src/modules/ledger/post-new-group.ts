import { CompiledQuery } from 'kysely';
import type { AuditActor, AuditInput } from '../../platform/audit/record-audit.ts';
import type { CompanyDb } from '../../platform/db/company-scope.ts';
import { AppError } from '../../platform/errors.ts';
import { newId } from '../../platform/ids.ts';
import { advanceChain, claimSequences } from './batch-claims.ts';
import { entryInsert, entryRow, lineInsert, lineRow } from './batch-rows.ts';
import { entryHash, requestHash } from './entry-hash.ts';
import { loadEntryView, presentEntryView } from './entry-view.ts';
import { type ChainPlaces, flipToPosted } from './flip-to-posted.ts';
import type { MinorLine } from './journal-entry.ts';
import { formatNumber } from './journals.repository.ts';
import type { EntryTable, JournalTable } from './ledger.tables.ts';
import { type CompanyFacts, typed } from './ledger-db.ts';
import type { PostNewOutcome, PostNewRequest } from './post-new-entry.ts';
import { checkPosting } from './posting.ts';
import type { CachedLookups } from './posting-facts.ts';
import { resolveLines } from './resolve-lines.ts';
import { assertSegregation } from './segregation.ts';

/** A request that passed every check: what its row, lines, balances and audit event are made of. */
interface Accepted {
  at: number;
  request: PostNewRequest;
  id: string;
  journal: JournalTable;
  fiscalYear: number;
  lines: MinorLine[];
  keyHash: string | null;
}

/** What writing a group leaves for its caller: the balances to add and the audit events to append. */
export interface GroupWritten {
  outcomes: PostNewOutcome[];
  posted: { date: string; lines: MinorLine[] }[];
  events: { actor: AuditActor; input: AuditInput }[];
}

/**
 * The fast path of a group of new entries, inside the caller's transaction: every request is
 * checked first without writing (idempotency, segregation, lines, balance, open date — the same
 * rules and order as `postNewEntry` one by one), then the accepted ones are written together, per
 * journal: one claim of chain slots and of numbers per fiscal year, multi-row INSERTs of the entries
 * (as drafts carrying their final number and hash) and of their lines, one UPDATE flipping them to
 * posted, one chain-head write. Numbers and chain order follow the requests' order.
 * Returns undefined when the database failed (e.g. another process took one of the idempotency keys
 * meanwhile on PostgreSQL): everything this wrote is rolled back to its savepoint, and the caller
 * posts the group one by one, each entry in its own savepoint.
 */
export async function writeGroup(trx: CompanyDb, requests: PostNewRequest[], company: CompanyFacts, look: CachedLookups, segregation: boolean) {
  await trx.executeQuery(SAVEPOINT);
  try {
    const written = await checkAndWrite(trx, requests, company, look, segregation);
    await trx.executeQuery(RELEASE);
    return written;
  } catch {
    await trx.executeQuery(ROLLBACK_TO);
    await trx.executeQuery(RELEASE);
    look.reset();
    return undefined;
  }
}

const SAVEPOINT = CompiledQuery.raw('savepoint kawalis_post_group', []);
const RELEASE = CompiledQuery.raw('release savepoint kawalis_post_group', []);
const ROLLBACK_TO = CompiledQuery.raw('rollback to savepoint kawalis_post_group', []);

async function checkAndWrite(trx: CompanyDb, requests: PostNewRequest[], company: CompanyFacts, look: CachedLookups, segregation: boolean) {
  const outcomes: (PostNewOutcome | { replayOf: number })[] = [];
  const accepted: Accepted[] = [];
  const stored = await storedKeys(trx, requests);
  const keysInGroup = new Map<string, Accepted>();
  for (const [at, r] of requests.entries()) {
    try {
      const key = r.idempotencyKey ?? null;
      const keyHash = key ? requestHash(r.input) : null;
      const first = key ? stored.get(key) : undefined;
      if (first) {
        outcomes.push({ ok: true, value: { entry: await replayOf(trx, first, keyHash, company), replayed: true } });
        continue;
      }
      const earlier = key ? keysInGroup.get(key) : undefined;
      if (earlier) {
        if (earlier.keyHash !== keyHash) throw mismatch(earlier.id);
        outcomes.push({ replayOf: earlier.at });
        continue;
      }
      const { actor } = r.call;
      if (r.manual && segregation) await assertSegregation(trx, actor, { author_id: actor.userId, author_label: actor.label });
      const lines = await resolveLines(trx, company, r.input, look);
      const { journal, fiscalYear } = await checkPosting(trx, company, { journal_id: r.input.journalId, date: r.input.date }, lines, look);
      const a: Accepted = { at, request: r, id: newId(), journal, fiscalYear, lines, keyHash };
      accepted.push(a);
      if (key) keysInGroup.set(key, a);
      outcomes.push({ ok: true, value: { entry: undefined as never, replayed: false } });
    } catch (error) {
      // A refusal answers this request alone; anything else (a database error) leaves the fast path.
      if (!(error instanceof AppError)) throw error;
      outcomes.push({ ok: false, error });
    }
  }
  const rows = await insertAccepted(trx, accepted);
  const views = new Map<number, PostNewOutcome>();
  for (const a of accepted) {
    const row = rows.get(a.at) as EntryTable;
    views.set(a.at, { ok: true, value: { entry: present(row, a, company, look), replayed: false } });
  }
  const done: PostNewOutcome[] = outcomes.map((o, i) => {
    if ('replayOf' in o) {
      const first = views.get(o.replayOf) as PostNewOutcome & { ok: true };
      return { ok: true, value: { entry: first.value.entry, replayed: true } };
    }
    return views.get(i) ?? o;
  });
  const written: GroupWritten = {
    outcomes: done,
    posted: accepted.map((a) => ({ date: a.request.input.date, lines: a.lines })),
    events: accepted.map((a) => {
      const row = rows.get(a.at) as EntryTable;
      return {
        actor: a.request.call.actor,
        input: {
          action: 'ledger.entry.posted',
          targetType: 'ledger_entry',
          targetId: a.id,
          summary: { number: row.number, date: row.date, lines: a.lines.length },
        },
      };
    }),
  };
  return written;
}

const mismatch = (entryId: string) => new AppError('IDEMPOTENCY_MISMATCH', 'This idempotency key was used with a different entry', { entryId });

/** The entries already holding any of the group's idempotency keys, by key (one query). */
async function storedKeys(trx: CompanyDb, requests: PostNewRequest[]) {
  const keys = [...new Set(requests.flatMap((r) => (r.idempotencyKey ? [r.idempotencyKey] : [])))];
  if (keys.length === 0) return new Map<string, EntryTable>();
  const rows = await typed(trx).selectFrom('ledger_entry').selectAll().where('idempotency_key', 'in', keys).execute();
  return new Map(rows.map((e) => [e.idempotency_key as string, e]));
}

async function replayOf(trx: CompanyDb, first: EntryTable, keyHash: string | null, company: CompanyFacts) {
  if (first.request_hash !== keyHash) throw mismatch(first.id);
  return loadEntryView(trx, first.id, company.baseCurrency);
}

/** Numbers, chain and rows of the accepted entries, per journal in id order (the lock order). */
async function insertAccepted(trx: CompanyDb, accepted: Accepted[]): Promise<Map<number, EntryTable>> {
  const out = new Map<number, EntryTable>();
  if (accepted.length === 0) return out;
  const journals = [...new Map(accepted.map((a) => [a.journal.id, a.journal])).values()].sort((x, y) => (x.id < y.id ? -1 : 1));
  const entryRows: unknown[][] = [];
  const lineRows: unknown[][] = [];
  const slots: ChainPlaces[] = [];
  for (const journal of journals) {
    const mine = accepted.filter((a) => a.journal.id === journal.id);
    // The journal as this group read it (locked first: SQLite's single writer, PostgreSQL's FOR UPDATE
    // in lockJournals): its chain is claimed and its head moved in one UPDATE at the end, which checks
    // that the chain is still where it was read.
    const length = BigInt(journal.chain_length);
    const chain = { first: length + 1n, prevHash: journal.head_hash };
    slots.push({ journalId: journal.id, first: chain.first, last: chain.first + BigInt(mine.length - 1) });
    const seqs = new Map<Accepted, bigint>();
    for (const fy of [...new Set(mine.map((a) => a.fiscalYear))].sort((x, y) => x - y)) {
      const ofYear = mine.filter((a) => a.fiscalYear === fy);
      const last = await claimSequences(trx, journal.id, fy, ofYear.length);
      ofYear.forEach((a, k) => {
        seqs.set(a, last - BigInt(ofYear.length) + 1n + BigInt(k));
      });
    }
    let prevHash = chain.prevHash;
    mine.forEach((a, k) => {
      const { input, call } = a.request;
      const seq = seqs.get(a) as bigint;
      const number = formatNumber(journal.prefix, a.fiscalYear, seq);
      const memo = input.memo ?? null;
      const reference = input.reference ?? null;
      const hash = entryHash({ id: a.id, journalId: journal.id, number, date: input.date, memo, reference, reversesEntryId: null, lines: a.lines }, prevHash);
      const now = call.clock.now().toISOString();
      const posted = { number, fiscal_year: BigInt(a.fiscalYear), sequence_no: seq, chain_seq: chain.first + BigInt(k), hash, prev_hash: prevHash };
      const batchEntry = {
        journalId: journal.id,
        date: input.date,
        memo,
        reference,
        lines: a.lines,
        idempotencyKey: a.request.idempotencyKey ?? null,
        requestHash: a.keyHash,
      };
      entryRows.push(entryRow(a.id, batchEntry, call, now, posted));
      a.lines.forEach((l, n) => {
        lineRows.push(lineRow(newId(), a.id, input.date, n, l));
      });
      const { userId, label } = call.actor;
      out.set(a.at, {
        id: a.id,
        company_id: '',
        journal_id: journal.id,
        status: 'posted',
        date: input.date,
        memo,
        reference,
        author_id: userId,
        author_label: label,
        poster_id: userId,
        poster_label: label,
        posted_at: now,
        idempotency_key: a.request.idempotencyKey ?? null,
        request_hash: a.keyHash,
        reverses_entry_id: null,
        created_at: now,
        updated_at: now,
        ...posted,
      });
      prevHash = hash;
    });
    await advanceChain(trx, journal.id, length, length + BigInt(mine.length), chain.prevHash, prevHash);
  }
  // Drafts first, then their lines (a trigger refuses lines of a posted entry), then the flip.
  await entryInsert.run(trx, entryRows);
  await lineInsert.run(trx, lineRows);
  // anything but exactly the group's rows is a database surprise: the caller rolls back and goes one by one
  await flipToPosted(trx, slots, 'post-new group');
  return out;
}

/**
 * The answer, from what the group holds, not read back: checking the entry read its accounts, its
 * currencies' units (the base currency's too) and its dimension values into the group's cache.
 */
function present(row: EntryTable, a: Accepted, company: CompanyFacts, look: CachedLookups) {
  return presentEntryView(row, a.journal.code, a.lines, { ...look.known(), baseCurrency: company.baseCurrency, reversedByEntryId: null });
}
