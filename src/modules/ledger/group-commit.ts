import type { CompanyDb } from '../../platform/db/company-scope.ts';
import { AppError } from '../../platform/errors.ts';
import { type EntryInput, entryInputSchema } from './ledger.schemas.ts';
import type { LedgerCall } from './ledger-db.ts';
import { type PostNewOptions, type PostNewRequest, type PostNewResult, postNewEntries } from './post-new-entry.ts';

interface Waiting {
  db: CompanyDb;
  request: PostNewRequest;
  resolve: (r: PostNewResult) => void;
  reject: (e: unknown) => void;
}

interface Queue {
  waiting: Waiting[];
  running: boolean;
}

/**
 * Group commit for single new entries (POST /ledger/entries/post-new). Requests of one company wait
 * in a queue; one writer loop per company takes everything waiting (at most `maxBatch`) and posts it
 * with `postNewEntries`: ONE transaction, one savepoint per entry, so one fsync for the group while
 * each request still gets its own answer (its entry, a replay, or its own refusal). Answers are given
 * only after the commit (durable before acknowledged). Nothing waits on a timer: the first request
 * starts the loop on the next turn of the event loop, and whatever arrives while a group is being
 * written forms the next group, so a lone request pays no delay and a busy server writes bigger groups.
 * Each process has its own committers; across processes (PostgreSQL) numbering, chain and audit stay
 * correct through the row and advisory locks every posting takes.
 */
export class GroupCommitter {
  private readonly queues = new Map<string, Queue>();
  /** Groups written and entries requested so far (tests and diagnostics). */
  readonly stats = { groups: 0, requests: 0 };
  /** The same over every committer of the process (benchmarks print the mean group size). */
  static readonly totals = { groups: 0, requests: 0 };

  constructor(private readonly maxBatch = 64) {}

  /** Post one new entry as part of the next group; resolves once its group has committed. */
  submit(db: CompanyDb, call: LedgerCall, input: EntryInput, opts: PostNewOptions = {}): Promise<PostNewResult> {
    let parsed: EntryInput;
    try {
      parsed = entryInputSchema.parse(input);
    } catch (err) {
      return Promise.reject(err);
    }
    return this.submitParsed(db, call, parsed, opts);
  }

  /** `submit` for an input that `entryInputSchema` has already parsed (a route's validator did). */
  submitParsed(db: CompanyDb, call: LedgerCall, parsed: EntryInput, opts: PostNewOptions = {}): Promise<PostNewResult> {
    const companyId = call.actor.companyId;
    if (!companyId) return Promise.reject(new AppError('FORBIDDEN', 'No current company'));
    let queue = this.queues.get(companyId);
    if (!queue) {
      queue = { waiting: [], running: false };
      this.queues.set(companyId, queue);
    }
    const q = queue;
    return new Promise<PostNewResult>((resolve, reject) => {
      q.waiting.push({ db, request: { call, input: parsed, ...opts }, resolve, reject });
      if (!q.running) {
        q.running = true;
        setImmediate(() => void this.drain(companyId, q));
      }
    });
  }

  private async drain(companyId: string, q: Queue): Promise<void> {
    try {
      while (q.waiting.length > 0) {
        const group = q.waiting.splice(0, this.maxBatch);
        this.stats.groups++;
        this.stats.requests += group.length;
        GroupCommitter.totals.groups++;
        GroupCommitter.totals.requests += group.length;
        try {
          const outcomes = await postNewEntries(
            group[0].db,
            group.map((w) => w.request),
          );
          outcomes.forEach((o, i) => {
            if (o.ok) group[i].resolve(o.value);
            else group[i].reject(o.error);
          });
        } catch (err) {
          // The transaction itself failed (commit, connection, audit append): nothing of it was written.
          for (const w of group) w.reject(err);
        }
      }
    } finally {
      q.running = false;
      if (q.waiting.length === 0) this.queues.delete(companyId);
      else {
        q.running = true;
        setImmediate(() => void this.drain(companyId, q));
      }
    }
  }
}
