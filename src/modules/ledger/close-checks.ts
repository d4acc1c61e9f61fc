import type { CompanyDb } from '../../platform/db/company-scope.ts';
import type { RefusalParams } from '../../platform/errors.ts';
import { moduleChecks, type Platform } from '../../platform/platform.ts';
import { countDraftsBetween } from './close.repository.ts';
import type { CloseCheck } from './close.schemas.ts';
import type { PeriodTable } from './ledger.tables.ts';
import type { CompanyFacts } from './ledger-db.ts';
import { reason } from './refusals.ts';
import { trialBalance } from './trial-balance.ts';
import { verifyLedger } from './verify-ledger.ts';

/** A check another module offers (`checks` in its descriptor, kind `period-close`), bound to one company. */
export interface ExternalCheck {
  key: string;
  run(periodEnd: string): Promise<{ ok: boolean; message: string; code?: string; params?: RefusalParams }>;
}

/** Every `period-close` check the registered modules offer, bound to the acting company. */
export function registeredCloseChecks(p: Platform, companyId: string): ExternalCheck[] {
  return moduleChecks(p, 'period-close').map((c) => ({ key: c.key, run: (periodEnd) => c.run({ platform: p, companyId, periodEnd }) }));
}

const isZero = (amount: string) => /^-?0+(\.0+)?$/.test(amount);

/**
 * What must hold before a period closes: no drafts dated in it, the trial balance at its end
 * balanced per currency and in the base currency, `verify` clean, and every check another module
 * registers. A check that throws fails (closed by default), naming the error. Runs outside any
 * transaction: other modules' checks read through their own handles.
 */
export async function runCloseChecks(db: CompanyDb, company: CompanyFacts, period: PeriodTable, external: ExternalCheck[]): Promise<CloseCheck[]> {
  const checks: CloseCheck[] = [];
  const drafts = await countDraftsBetween(db, period.start_date, period.end_date);
  checks.push({
    key: 'ledger.no-drafts',
    source: 'ledger',
    ok: drafts === 0,
    ...(drafts === 0 ? reason('ledger.check_no_drafts') : reason('ledger.check_drafts', { drafts })),
  });
  const tb = await trialBalance(db, period.end_date, company.baseCurrency);
  const off = tb.totals.filter((t) => !isZero(t.balance)).map((t) => `${t.currency} ${t.balance}`);
  if (!isZero(tb.baseTotal)) off.push(`${company.baseCurrency} (base) ${tb.baseTotal}`);
  checks.push({
    key: 'ledger.trial-balance',
    source: 'ledger',
    ok: off.length === 0,
    ...(off.length === 0
      ? reason('ledger.check_trial_balance', { date: period.end_date })
      : reason('ledger.check_trial_balance_off', { amounts: off.join(', ') })),
  });
  const verify = await verifyLedger(db);
  checks.push({
    key: 'ledger.verify',
    source: 'ledger',
    ok: verify.ok,
    ...(verify.ok
      ? reason('ledger.check_verify', { entries: verify.entriesChecked })
      : reason('ledger.check_verify_failed', { failures: verify.failures.length, first: verify.failures[0]?.message ?? '' })),
  });
  for (const c of external) {
    try {
      const r = await c.run(period.end_date);
      checks.push({ key: c.key, source: 'module', ok: r.ok === true, message: r.message, ...(r.code ? { code: r.code, params: r.params } : {}) });
    } catch (err) {
      checks.push({ key: c.key, source: 'module', ok: false, ...reason('ledger.check_error', { error: (err as Error).message }) });
    }
  }
  return checks;
}
