import type { CompanyDb } from '../../platform/db/company-scope.ts';
import { newId } from '../../platform/ids.ts';
import type { LedgerSettingsTable } from './ledger.tables.ts';
import { flag, typed } from './ledger-db.ts';

export interface LedgerSettings {
  lockDate: string | null;
  segregationOfDuties: boolean;
  fxGainAccountId: string | null;
  fxLossAccountId: string | null;
  retainedEarningsAccountId: string | null;
}

/** The company's ledger settings; a company that never saved any has the defaults. */
export async function getLedgerSettings(db: CompanyDb): Promise<LedgerSettings> {
  const row = await typed(db).selectFrom('ledger_settings').selectAll().executeTakeFirst();
  return {
    lockDate: row?.lock_date ?? null,
    segregationOfDuties: row ? flag(row.segregation_of_duties) : false,
    fxGainAccountId: row?.fx_gain_account_id ?? null,
    fxLossAccountId: row?.fx_loss_account_id ?? null,
    retainedEarningsAccountId: row?.retained_earnings_account_id ?? null,
  };
}

type SettingsColumns = Partial<
  Pick<LedgerSettingsTable, 'segregation_of_duties' | 'fx_gain_account_id' | 'fx_loss_account_id' | 'retained_earnings_account_id'>
>;

/** Save some settings (the lock date has its own use case), creating the company's row on first use. */
export async function saveLedgerSettings(db: CompanyDb, set: SettingsColumns, now: string) {
  await typed(db)
    .insertInto('ledger_settings')
    .values({ id: newId(), lock_date: null, updated_at: now, segregation_of_duties: 0, ...set } as never)
    .onConflict((oc) => oc.column('company_id').doUpdateSet({ ...set, updated_at: now }))
    .execute();
}
