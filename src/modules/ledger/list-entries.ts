import type { CompanyDb } from '../../platform/db/company-scope.ts';
import { likeText } from '../../platform/db/like.ts';
import { isDraft } from './draft-filter.ts';
import { presentSummary } from './entry-view.ts';
import type { EntryQuery, EntrySummary } from './ledger.schemas.ts';
import { typed } from './ledger-db.ts';

/** Entries newest first, filtered by status, journal, account (posted or draft lines), dates and text. */
export async function listEntries(db: CompanyDb, f: EntryQuery, page: { limit: number; offset: number }): Promise<{ items: EntrySummary[]; total: number }> {
  const d = typed(db);
  let q = d.selectFrom('ledger_entry').innerJoin('ledger_journal', 'ledger_journal.id', 'ledger_entry.journal_id');
  if (f.status === 'draft') q = q.where(isDraft('ledger_entry.status'));
  else if (f.status) q = q.where('ledger_entry.status', '=', f.status);
  if (f.journalId) q = q.where('ledger_entry.journal_id', '=', f.journalId);
  if (f.from) q = q.where('ledger_entry.date', '>=', f.from);
  if (f.to) q = q.where('ledger_entry.date', '<=', f.to);
  if (f.accountId) {
    const accountId = f.accountId;
    q = q.where((eb) =>
      eb.or([
        eb('ledger_entry.id', 'in', d.selectFrom('ledger_line').select('entry_id').where('account_id', '=', accountId)),
        eb('ledger_entry.id', 'in', d.selectFrom('ledger_draft_line').select('entry_id').where('account_id', '=', accountId)),
      ]),
    );
  }
  if (f.q) {
    const text = f.q;
    q = q.where((eb) =>
      eb.or([likeText(eb.ref('ledger_entry.memo'), text), likeText(eb.ref('ledger_entry.reference'), text), likeText(eb.ref('ledger_entry.number'), text)]),
    );
  }
  const rows = await q
    .selectAll('ledger_entry')
    .select('ledger_journal.code as journal_code')
    .orderBy('ledger_entry.date', 'desc')
    .orderBy('ledger_entry.created_at', 'desc')
    .limit(page.limit)
    .offset(page.offset)
    .execute();
  const total =
    f.from || f.to || f.accountId || f.q
      ? Number((await q.select((eb) => eb.fn.countAll<bigint>().as('n')).executeTakeFirstOrThrow()).n)
      : await countByStatus(db, f);
  return { items: rows.map((r) => presentSummary(r, r.journal_code)), total };
}

/**
 * The count of a list filtered at most by status and journal, without counting posted entries one by
 * one (a million of them took 0.2–0.3 s): every posted entry holds one place in its journal's hash
 * chain, so the posted ones number the sum of the journals' chain lengths; drafts are counted through
 * their own small index.
 */
async function countByStatus(db: CompanyDb, f: Pick<EntryQuery, 'status' | 'journalId'>): Promise<number> {
  const d = typed(db);
  let posted = 0;
  if (f.status !== 'draft') {
    let journals = d.selectFrom('ledger_journal').select((eb) => eb.fn.sum<bigint | number | null>('chain_length').as('n'));
    if (f.journalId) journals = journals.where('id', '=', f.journalId);
    posted = Number((await journals.executeTakeFirstOrThrow()).n ?? 0);
  }
  let drafts = 0;
  if (f.status !== 'posted') {
    let q = d
      .selectFrom('ledger_entry')
      .select((eb) => eb.fn.countAll<bigint>().as('n'))
      .where(isDraft());
    if (f.journalId) q = q.where('journal_id', '=', f.journalId);
    drafts = Number((await q.executeTakeFirstOrThrow()).n);
  }
  return posted + drafts;
}
