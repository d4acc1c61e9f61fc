import type { ModuleCheck } from '../../platform/module.ts';
import { unmatchedCountsUpTo } from './matching.repository.ts';

/**
 * Period close: every active bank account is reconciled to the period end, i.e. no statement line
 * dated up to it is left unmatched (match it, or post it with a rule, before closing).
 */
export const reconciledCheck: ModuleCheck = {
  key: 'banking.reconciled',
  kind: 'period-close',
  async run({ platform, companyId, periodEnd }) {
    const rows = await unmatchedCountsUpTo(platform.forCompany(companyId), periodEnd);
    if (rows.length === 0) return { ok: true, message: `Every bank account is reconciled up to ${periodEnd}` };
    const list = rows
      .slice(0, 10)
      .map((r) => `${r.name}: ${Number(r.n)} unmatched statement line(s)`)
      .join('; ');
    return { ok: false, message: `Bank accounts not reconciled up to ${periodEnd}: ${list}${rows.length > 10 ? '; …' : ''}` };
  },
};
