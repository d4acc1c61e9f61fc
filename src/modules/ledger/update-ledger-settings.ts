import { recordAudit } from '../../platform/audit/record-audit.ts';
import type { CompanyDb } from '../../platform/db/company-scope.ts';
import { inTransaction } from '../../platform/db/transaction.ts';
import { AppError } from '../../platform/errors.ts';
import { accountFacts } from './accounts.repository.ts';
import type { Issue } from './journal-entry.ts';
import type { LedgerCall } from './ledger-db.ts';
import { getLedgerSettings, type LedgerSettings, saveLedgerSettings } from './ledger-settings.repository.ts';
import { type LedgerSettingsPatch, ledgerSettingsPatchSchema } from './ledger-settings.schemas.ts';
import { issueAt } from './refusals.ts';

const ACCOUNT_FIELDS = [
  ['fxGainAccountId', 'fx_gain_account_id'],
  ['fxLossAccountId', 'fx_loss_account_id'],
  ['retainedEarningsAccountId', 'retained_earnings_account_id'],
] as const;

/** Change the ledger settings (admin): each account named must be a postable account of this company. Audited. */
export async function updateLedgerSettings(db: CompanyDb, call: LedgerCall, patch: LedgerSettingsPatch): Promise<LedgerSettings> {
  const p = ledgerSettingsPatchSchema.parse(patch);
  return inTransaction(db, async (trx) => {
    const ids = ACCOUNT_FIELDS.map(([f]) => p[f]).filter((x): x is string => typeof x === 'string');
    const accounts = await accountFacts(trx, ids);
    const issues: Issue[] = [];
    const set: Parameters<typeof saveLedgerSettings>[1] = {};
    for (const [field, column] of ACCOUNT_FIELDS) {
      const id = p[field];
      if (id === undefined) continue;
      const a = id === null ? undefined : accounts.get(id);
      if (id !== null && !a) issues.push(issueAt(field, 'ledger.account_not_found'));
      else if (a && !a.postable) issues.push(issueAt(field, 'ledger.settings_account_grouping', { account: a.code }));
      set[column] = id;
    }
    if (issues.length) throw new AppError('VALIDATION', 'The settings are not valid', issues);
    if (p.segregationOfDuties !== undefined) set.segregation_of_duties = p.segregationOfDuties ? 1 : 0;
    await saveLedgerSettings(trx, set, call.clock.now().toISOString());
    await recordAudit(trx, call.clock, call.actor, { action: 'ledger.settings.updated', targetType: 'ledger_settings', summary: { ...p } });
    return getLedgerSettings(trx);
  });
}
