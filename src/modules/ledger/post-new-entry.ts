import { sql } from 'kysely';
import { type AuditActor, type AuditInput, recordAudits } from '../../platform/audit/record-audit.ts';
import type { CompanyDb } from '../../platform/db/company-scope.ts';
import { isPostgres } from '../../platform/db/create-database.ts';
import { inTransaction } from '../../platform/db/transaction.ts';
import { AppError } from '../../platform/errors.ts';
import { insertDraft } from './create-draft.ts';
import { dimIds } from './dimension-rules.ts';
import { findByIdempotencyKey } from './entries.repository.ts';
import { requestHash } from './entry-hash.ts';
import { loadEntryView, presentEntryView } from './entry-view.ts';
import type { MinorLine } from './journal-entry.ts';
import { type EntryInput, type EntryView, entryInputSchema } from './ledger.schemas.ts';
import { type CompanyFacts, companyFacts, isUniqueViolation, type LedgerCall, typed } from './ledger-db.ts';
import { getLedgerSettings } from './ledger-settings.repository.ts';
import { addBatchToBalances } from './post-batch.ts';
import { writeGroup } from './post-new-group.ts';
import { type PostingOptions, postDraftLines } from './posting.ts';
import { CachedLookups } from './posting-facts.ts';
import { assertSegregation } from './segregation.ts';

export interface PostNewResult {
  entry: EntryView;
  /** True when the idempotency key had been used with this body: nothing new was created. */
  replayed: boolean;
}

export interface PostNewOptions {
  idempotencyKey?: string;
  manual?: boolean;
}

/** One request of a group: who asks, and what (already parsed by `entryInputSchema`). */
export interface PostNewRequest extends PostNewOptions {
  call: LedgerCall;
  input: EntryInput;
}

export type PostNewOutcome = { ok: true; value: PostNewResult } | { ok: false; error: unknown };

const IDEMPOTENCY = { pg: 'ledger_entry_idempotency', sqlite: 'ledger_entry.idempotency_key' };

/**
 * Create and post an entry in one call (the API and imports). With an idempotency key, a retry of
 * the same body returns the first entry and creates nothing; the same key with another body is
 * IDEMPOTENCY_MISMATCH. Two concurrent first attempts race on the unique key: the loser rolls back
 * to its savepoint and answers as a retry. A `manual` entry (typed by a person through the API or
 * CLI) falls under segregation of duties: when it is on, its author cannot also post it.
 */
export async function postNewEntry(db: CompanyDb, call: LedgerCall, input: EntryInput, opts: PostNewOptions = {}): Promise<PostNewResult> {
  const [outcome] = await postNewEntries(db, [{ call, input: entryInputSchema.parse(input), ...opts }]);
  if (!outcome.ok) throw outcome.error;
  return outcome.value;
}

/**
 * Post a group of new entries of ONE company in ONE transaction (group commit: one fsync for all).
 * Each runs inside its own savepoint, so a refusal (VALIDATION, UNBALANCED, PERIOD_LOCKED,
 * IDEMPOTENCY_MISMATCH, …) rolls back that entry alone and becomes its outcome; the others carry on.
 * Reference data is read once per group (`CachedLookups`), and the accepted entries' audit events
 * are appended together under one chain lock. Outcomes come back only after the commit: every `ok`
 * is durable. If the transaction itself fails, this throws and nothing of the group was written.
 * A key used twice in the group: the second finds the first (same transaction) and replays it.
 */
export async function postNewEntries(db: CompanyDb, requests: PostNewRequest[]): Promise<PostNewOutcome[]> {
  if (requests.length === 0) return [];
  const company = await companyFacts(db, requests[0].call.actor);
  return inTransaction(db, async (trx) => {
    const look = new CachedLookups();
    // Lock order of a posting, for the group as a whole: journals (sorted, PostgreSQL) → periods →
    // counters and chain heads → balances (sorted, once at the end) → audit (once at the end).
    await lockJournals(trx, requests);
    const segregation = requests.some((r) => r.manual) && (await getLedgerSettings(trx)).segregationOfDuties;
    const fast = await writeGroup(trx, requests, company, look, segregation);
    if (fast) {
      await addBatchToBalances(trx, fast.posted);
      await recordAudits(trx, requests[0].call.clock, fast.events);
      return fast.outcomes;
    }
    // The database refused the group's writes (a key taken meanwhile by another process): one by one.
    const events: { actor: AuditActor; input: AuditInput }[] = [];
    const posted: { date: string; lines: MinorLine[] }[] = [];
    const outcomes: PostNewOutcome[] = [];
    for (const r of requests) {
      const mine: AuditInput[] = [];
      const lines: { date: string; lines: MinorLine[] }[] = [];
      await sql`savepoint kawalis_post_new`.execute(trx);
      try {
        const sink = { audit: (e: AuditInput) => mine.push(e), balances: (date: string, l: MinorLine[]) => lines.push({ date, lines: l }) };
        const value = await postOne(trx, r, company, look, segregation, sink);
        await sql`release savepoint kawalis_post_new`.execute(trx);
        for (const input of mine) events.push({ actor: r.call.actor, input });
        posted.push(...lines);
        outcomes.push({ ok: true, value });
      } catch (error) {
        await sql`rollback to savepoint kawalis_post_new`.execute(trx);
        await sql`release savepoint kawalis_post_new`.execute(trx);
        look.reset();
        const raced = r.idempotencyKey && isUniqueViolation(error, IDEMPOTENCY) ? await replay(trx, r, company).catch((e) => e) : undefined;
        if (raced && !(raced instanceof Error)) outcomes.push({ ok: true, value: raced });
        else outcomes.push({ ok: false, error: raced ?? error });
      }
    }
    await addBatchToBalances(trx, posted);
    await recordAudits(trx, requests[0].call.clock, events);
    return outcomes;
  });
}

/** The entry a key was first used for, or IDEMPOTENCY_MISMATCH when the body differs; undefined if unused. */
async function replay(trx: CompanyDb, r: PostNewRequest, company: CompanyFacts): Promise<PostNewResult | undefined> {
  if (!r.idempotencyKey) return undefined;
  const first = await findByIdempotencyKey(trx, r.idempotencyKey);
  if (!first) return undefined;
  if (first.request_hash !== requestHash(r.input)) {
    throw new AppError('IDEMPOTENCY_MISMATCH', 'This idempotency key was used with a different entry', { entryId: first.id });
  }
  return { entry: await loadEntryView(trx, first.id, company.baseCurrency), replayed: true };
}

async function postOne(
  trx: CompanyDb,
  r: PostNewRequest,
  company: CompanyFacts,
  look: CachedLookups,
  segregation: boolean,
  sink: Pick<PostingOptions, 'audit' | 'balances'>,
): Promise<PostNewResult> {
  const earlier = await replay(trx, r, company);
  if (earlier) return earlier;
  const { actor } = r.call;
  if (r.manual && segregation) await assertSegregation(trx, actor, { author_id: actor.userId, author_label: actor.label });
  const key = r.idempotencyKey ?? null;
  const { row: draft, lines } = await insertDraft(
    trx,
    r.call,
    r.input,
    { idempotency_key: key, request_hash: key ? requestHash(r.input) : null },
    { storeLines: false, company, lookups: look },
  );
  const posted = await postDraftLines(trx, r.call, company, draft, lines, { fromDraft: false, lookups: look, ...sink });
  // The answer is built from what the posting holds (all cached for the group), not read back.
  const accounts = await look.accounts(
    trx,
    lines.map((l) => l.accountId),
  );
  const entry = presentEntryView(posted, (await look.journal(trx, posted.journal_id))?.code ?? '', lines, {
    codes: new Map([...accounts.values()].map((a) => [a.id, a.code])),
    units: await look.units(trx, [company.baseCurrency, ...lines.map((l) => l.currency)]),
    dims: await look.dims(trx, dimIds(lines)),
    baseCurrency: company.baseCurrency,
    reversedByEntryId: null,
  });
  return { entry, replayed: false };
}

/**
 * On PostgreSQL, lock the group's journals up front in id order. A group holds what each entry
 * locked until its commit; without this, two groups (or a group and a single posting) could take
 * journals in different orders, or one could wait on another's uncommitted idempotency key while
 * holding the journal the other needs. SQLite has one writer and needs no lock.
 */
async function lockJournals(trx: CompanyDb, requests: PostNewRequest[]) {
  if (!isPostgres(trx)) return;
  const ids = [...new Set(requests.map((r) => r.input.journalId))].sort();
  await typed(trx).selectFrom('ledger_journal').select('id').where('id', 'in', ids).orderBy('id').forUpdate().execute();
}
