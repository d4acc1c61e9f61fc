import type { ModuleCheck } from '../../platform/module.ts';
import { typed } from './banking.tables.ts';
import { reconciliationReport } from './reconciliation-report.ts';

/**
 * Period close: every active bank account is reconciled to the period end by the reconciliation
 * report's own rule: no statement line dated up to it is left unmatched (match it, or post it with a
 * rule, before closing) and nothing is unexplained (ledger lines before the reconciliation start are
 * the opening balance, compared to the statement's).
 */
export const reconciledCheck: ModuleCheck = {
  key: 'banking.reconciled',
  kind: 'period-close',
  async run({ platform, companyId, periodEnd }) {
    const db = platform.forCompany(companyId);
    const accounts = await typed(db).selectFrom('bank_account').select(['id', 'name']).where('active', '=', 1n).orderBy('name').execute();
    const failing: string[] = [];
    for (const a of accounts) {
      const r = await reconciliationReport(db, companyId, a.id, periodEnd);
      if (r.reconciled) continue;
      const why = [
        r.unmatchedBank.count > 0 ? `${r.unmatchedBank.count} unmatched statement line(s)` : '',
        Number(r.unexplained) !== 0 ? `${r.unexplained} unexplained` : '',
      ]
        .filter(Boolean)
        .join(', ');
      failing.push(`${a.name}: ${why}`);
    }
    if (failing.length === 0) return { ok: true, message: `Every bank account is reconciled up to ${periodEnd}` };
    return { ok: false, message: `Bank accounts not reconciled up to ${periodEnd}: ${failing.slice(0, 10).join('; ')}${failing.length > 10 ? '; …' : ''}` };
  },
};
