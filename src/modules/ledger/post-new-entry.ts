import type { CompanyDb } from '../../platform/db/company-scope.ts';
import { inTransaction } from '../../platform/db/transaction.ts';
import { AppError } from '../../platform/errors.ts';
import { insertDraft } from './create-draft.ts';
import { findByIdempotencyKey } from './entries.repository.ts';
import { requestHash } from './entry-hash.ts';
import { loadEntryView } from './entry-view.ts';
import { type EntryInput, type EntryView, entryInputSchema } from './ledger.schemas.ts';
import { companyFacts, isUniqueViolation, type LedgerCall } from './ledger-db.ts';
import { postDraftLines } from './posting.ts';
import { assertSegregation } from './segregation.ts';

export interface PostNewResult {
  entry: EntryView;
  /** True when the idempotency key had been used with this body: nothing new was created. */
  replayed: boolean;
}

const IDEMPOTENCY = { pg: 'ledger_entry_idempotency', sqlite: 'ledger_entry.idempotency_key' };

/**
 * Create and post an entry in one call (the API and imports). With an idempotency key, a retry of
 * the same body returns the first entry and creates nothing; the same key with another body is
 * IDEMPOTENCY_MISMATCH. Two concurrent first attempts race on the unique key: the loser's
 * transaction rolls back and it answers as a retry. A `manual` entry (typed by a person through the
 * API or CLI) falls under segregation of duties: when it is on, its author cannot also post it.
 */
export async function postNewEntry(
  db: CompanyDb,
  call: LedgerCall,
  input: EntryInput,
  opts: { idempotencyKey?: string; manual?: boolean } = {},
): Promise<PostNewResult> {
  const data = entryInputSchema.parse(input);
  const company = await companyFacts(db, call.actor);
  const key = opts.idempotencyKey;
  const fingerprint = key ? requestHash(data) : null;
  const replay = async (): Promise<PostNewResult | undefined> => {
    if (!key) return undefined;
    const first = await findByIdempotencyKey(db, key);
    if (!first) return undefined;
    if (first.request_hash !== fingerprint) {
      throw new AppError('IDEMPOTENCY_MISMATCH', 'This idempotency key was used with a different entry', { entryId: first.id });
    }
    return { entry: await loadEntryView(db, first.id, company.baseCurrency), replayed: true };
  };
  const earlier = await replay();
  if (earlier) return earlier;
  if (opts.manual) await assertSegregation(db, call.actor, { author_id: call.actor.userId, author_label: call.actor.label });
  try {
    return await inTransaction(db, async (trx) => {
      const { row: draft, lines } = await insertDraft(trx, call, data, { idempotency_key: key ?? null, request_hash: fingerprint }, { storeLines: false });
      await postDraftLines(trx, call, company, draft, lines, { fromDraft: false });
      return { entry: await loadEntryView(trx, draft.id, company.baseCurrency), replayed: false };
    });
  } catch (err) {
    if (key && !db.isTransaction && isUniqueViolation(err, IDEMPOTENCY)) {
      const raced = await replay();
      if (raced) return raced;
    }
    throw err;
  }
}
