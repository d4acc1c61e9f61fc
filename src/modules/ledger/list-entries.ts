import type { CompanyDb } from '../../platform/db/company-scope.ts';
import { likeText } from '../../platform/db/like.ts';
import { presentSummary } from './entry-view.ts';
import type { EntryQuery, EntrySummary } from './ledger.schemas.ts';
import { typed } from './ledger-db.ts';

/** Entries newest first, filtered by status, journal, account (posted or draft lines), dates and text. */
export async function listEntries(db: CompanyDb, f: EntryQuery, page: { limit: number; offset: number }): Promise<{ items: EntrySummary[]; total: number }> {
  const d = typed(db);
  let q = d.selectFrom('ledger_entry').innerJoin('ledger_journal', 'ledger_journal.id', 'ledger_entry.journal_id');
  if (f.status) q = q.where('ledger_entry.status', '=', f.status);
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
  const count = await q.select((eb) => eb.fn.countAll<bigint>().as('n')).executeTakeFirstOrThrow();
  return { items: rows.map((r) => presentSummary(r, r.journal_code)), total: Number(count.n) };
}
