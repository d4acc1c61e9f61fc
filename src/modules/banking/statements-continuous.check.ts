import type { ModuleCheck } from '../../platform/module.ts';
import { fromMinor, minorUnits } from '../ledger/index.ts';
import { gapsUpTo } from './banking.repository.ts';

/**
 * Period close: every bank account's statements must form an unbroken chain up to the period end
 * (each opening balance equal to the previous closing balance). Whether every line is matched is
 * `banking.reconciled` (reconciled.check.ts).
 */
export const statementsContinuousCheck: ModuleCheck = {
  key: 'banking.statements-continuous',
  kind: 'period-close',
  async run({ platform, companyId, periodEnd }) {
    const db = platform.forCompany(companyId);
    const gaps = await gapsUpTo(db, periodEnd);
    if (gaps.length === 0) return { ok: true, message: `Bank statements are continuous up to ${periodEnd}` };
    const units = await minorUnits(
      db,
      gaps.map((g) => g.currency),
    );
    const list = gaps
      .slice(0, 10)
      .map(
        (g) =>
          `${g.name}: statement from ${g.from_date} opens ${fromMinor(BigInt(g.gap ?? 0n), units.get(g.currency) ?? 2)} ${g.currency} away from the previous closing balance`,
      )
      .join('; ');
    return { ok: false, message: `${gaps.length} bank statement gap(s) up to ${periodEnd}: ${list}${gaps.length > 10 ? '; …' : ''}` };
  },
};
