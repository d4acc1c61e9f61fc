import type { z } from '@hono/zod-openapi';
import { recordAudit } from '../../platform/audit/record-audit.ts';
import type { CompanyDb } from '../../platform/db/company-scope.ts';
import { inTransaction } from '../../platform/db/transaction.ts';
import { AppError } from '../../platform/errors.ts';
import { type JournalView, journalPatchSchema } from './chart.schemas.ts';
import { findJournal, presentJournal, updateJournalRow } from './journals.repository.ts';
import type { LedgerCall } from './ledger-db.ts';

/** Rename a journal or (de)activate it. Its code and prefix stay: numbers already issued carry them. */
export async function updateJournal(db: CompanyDb, call: LedgerCall, id: string, patch: z.input<typeof journalPatchSchema>): Promise<JournalView> {
  const p = journalPatchSchema.parse(patch);
  return inTransaction(db, async (trx) => {
    const before = await findJournal(trx, id);
    if (!before) throw new AppError('NOT_FOUND');
    const set = {
      name_en: p.nameEn ?? before.name_en,
      name_ar: p.nameAr ?? before.name_ar,
      active: p.active === undefined ? before.active : p.active ? 1 : 0,
    };
    await updateJournalRow(trx, id, set);
    await recordAudit(trx, call.clock, call.actor, { action: 'ledger.journal.updated', targetType: 'ledger_journal', targetId: id, summary: { ...p } });
    return presentJournal({ ...before, ...set });
  });
}
