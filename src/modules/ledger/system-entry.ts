import type { CompanyDb } from '../../platform/db/company-scope.ts';
import { AppError } from '../../platform/errors.ts';
import { newId } from '../../platform/ids.ts';
import { defaultJournal } from './close.repository.ts';
import { insertEntry } from './entries.repository.ts';
import type { MinorLine } from './journal-entry.ts';
import { findJournal } from './journals.repository.ts';
import type { EntryTable } from './ledger.tables.ts';
import type { CompanyFacts, LedgerCall } from './ledger-db.ts';
import { postDraftLines } from './posting.ts';

/** The journal a system entry goes to: the one asked for, else the first active general journal. */
export async function systemJournal(db: CompanyDb, journalId?: string) {
  const journal = journalId ? await findJournal(db, journalId) : await defaultJournal(db);
  if (!journal)
    throw new AppError('VALIDATION', 'No journal for the entry', [{ path: 'journalId', message: 'No such journal, and no active general journal' }]);
  return journal;
}

/**
 * Post an entry the ledger computes itself (revaluation, year-end close) through the one posting
 * path: the same checks (postable accounts, balance per currency and in base, open period, lock
 * date), the gapless number, the chain, the kept balances and the audit event. Inside the
 * caller's transaction.
 */
export async function postSystemEntry(
  trx: CompanyDb,
  call: LedgerCall,
  company: CompanyFacts,
  e: { journalId: string; date: string; memo: string; reference: string; lines: MinorLine[] },
): Promise<EntryTable> {
  const now = call.clock.now().toISOString();
  const row: EntryTable = {
    id: newId(),
    company_id: company.id,
    journal_id: e.journalId,
    status: 'draft',
    date: e.date,
    memo: e.memo,
    reference: e.reference,
    number: null,
    fiscal_year: null,
    sequence_no: null,
    chain_seq: null,
    author_id: call.actor.userId,
    author_label: call.actor.label,
    poster_id: null,
    poster_label: null,
    posted_at: null,
    idempotency_key: null,
    request_hash: null,
    reverses_entry_id: null,
    hash: null,
    prev_hash: null,
    created_at: now,
    updated_at: now,
  };
  const { company_id: _c, ...insertable } = row;
  await insertEntry(trx, insertable);
  return postDraftLines(trx, call, company, row, e.lines, { fromDraft: false });
}
