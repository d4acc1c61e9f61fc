import type { CompanyDb } from '../../platform/db/company-scope.ts';
import { inTransaction } from '../../platform/db/transaction.ts';
import { AppError } from '../../platform/errors.ts';
import { claimDraft, entryLines, findEntry } from './entries.repository.ts';
import { loadEntryView } from './entry-view.ts';
import type { EntryView } from './ledger.schemas.ts';
import { companyFacts, type LedgerCall } from './ledger-db.ts';
import { postDraftLines } from './posting.ts';
import { refuse } from './refusals.ts';
import { assertSegregation } from './segregation.ts';

/**
 * Post a draft: it gets its number and its place in the journal's chain, its lines enter the
 * balances, and from then on it can only be reversed. With segregation of duties on, its author
 * cannot post it. A refusal changes nothing.
 */
export async function postEntry(db: CompanyDb, call: LedgerCall, id: string): Promise<EntryView> {
  const company = await companyFacts(db, call.actor);
  return inTransaction(db, async (trx) => {
    const draft = await claimDraft(trx, id, call.clock.now().toISOString());
    if (!draft) {
      if (await findEntry(trx, id)) throw refuse('CONFLICT', 'ledger.entry_already_posted');
      throw new AppError('NOT_FOUND');
    }
    await assertSegregation(trx, call.actor, draft);
    await postDraftLines(trx, call, company, draft, await entryLines(trx, draft));
    return loadEntryView(trx, id, company.baseCurrency);
  });
}
