import { recordAudit } from '../../platform/audit/record-audit.ts';
import type { CompanyDb } from '../../platform/db/company-scope.ts';
import { inTransaction } from '../../platform/db/transaction.ts';
import { AppError } from '../../platform/errors.ts';
import { newId } from '../../platform/ids.ts';
import { countAccounts, insertAccount } from './accounts.repository.ts';
import { DEFAULT_CHART, DEFAULT_JOURNALS } from './default-chart.ts';
import { findJournalByCode, GENESIS_HASH, insertJournal } from './journals.repository.ts';
import type { LedgerCall } from './ledger-db.ts';

/**
 * Install the bilingual default chart and the default journals into a company that has no accounts
 * yet (setup offers it). A company with a chart of its own is refused rather than merged.
 */
export async function installDefaultChart(db: CompanyDb, call: LedgerCall): Promise<{ accounts: number; journals: number }> {
  return inTransaction(db, async (trx) => {
    if ((await countAccounts(trx)) > 0) throw new AppError('CONFLICT', 'The company already has a chart of accounts');
    const now = call.clock.now().toISOString();
    const ids = new Map<string, string>();
    for (const [code, parent, type, subtype, postable, nameEn, nameAr] of DEFAULT_CHART) {
      const id = newId();
      ids.set(code, id);
      await insertAccount(trx, {
        id,
        code,
        name_en: nameEn,
        name_ar: nameAr,
        type,
        subtype,
        parent_id: parent ? (ids.get(parent) ?? null) : null,
        currency: null,
        postable: postable ? 1 : 0,
        active: 1,
        created_at: now,
        updated_at: now,
      });
    }
    let journals = 0;
    for (const [code, kind, nameEn, nameAr] of DEFAULT_JOURNALS) {
      if (await findJournalByCode(trx, code)) continue;
      await insertJournal(trx, {
        id: newId(),
        code,
        name_en: nameEn,
        name_ar: nameAr,
        kind,
        prefix: code,
        active: 1,
        chain_length: 0n,
        head_hash: GENESIS_HASH,
        created_at: now,
      });
      journals++;
    }
    await recordAudit(trx, call.clock, call.actor, { action: 'ledger.chart.installed', summary: { accounts: DEFAULT_CHART.length, journals } });
    return { accounts: DEFAULT_CHART.length, journals };
  });
}
