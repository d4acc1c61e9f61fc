import { recordAudit } from '../../platform/audit/record-audit.ts';
import type { CompanyDb } from '../../platform/db/company-scope.ts';
import { inTransaction } from '../../platform/db/transaction.ts';
import { newId } from '../../platform/ids.ts';
import { type JournalInput, type JournalView, journalInputSchema } from './chart.schemas.ts';
import { findJournalByCode, GENESIS_HASH, insertJournal, presentJournal } from './journals.repository.ts';
import type { LedgerCall } from './ledger-db.ts';
import { refuse } from './refusals.ts';

/** A new journal; its code is unique in the company and its numbers start at 1 each fiscal year. */
export async function createJournal(db: CompanyDb, call: LedgerCall, input: JournalInput): Promise<JournalView> {
  const j = journalInputSchema.parse(input);
  return inTransaction(db, async (trx) => {
    if (await findJournalByCode(trx, j.code)) throw refuse('CONFLICT', 'ledger.journal_code_taken', { code: j.code }, { field: 'code' });
    const row = {
      id: newId(),
      code: j.code,
      name_en: j.nameEn,
      name_ar: j.nameAr,
      kind: j.kind,
      prefix: j.prefix ?? j.code,
      active: 1,
      chain_length: 0n,
      head_hash: GENESIS_HASH,
      created_at: call.clock.now().toISOString(),
    };
    await insertJournal(trx, row);
    await recordAudit(trx, call.clock, call.actor, {
      action: 'ledger.journal.created',
      targetType: 'ledger_journal',
      targetId: row.id,
      summary: { code: j.code },
    });
    return presentJournal({ ...row, company_id: '' });
  });
}
