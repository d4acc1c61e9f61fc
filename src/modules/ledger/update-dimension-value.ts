import { recordAudit } from '../../platform/audit/record-audit.ts';
import type { CompanyDb } from '../../platform/db/company-scope.ts';
import { inTransaction } from '../../platform/db/transaction.ts';
import { AppError } from '../../platform/errors.ts';
import { findDimensionValue, presentDimensionValue, updateDimensionValueRow } from './dimensions.repository.ts';
import { type DimensionPatch, type DimensionValueView, dimensionPatchSchema } from './dimensions.schemas.ts';
import type { LedgerCall } from './ledger-db.ts';

/** Rename a dimension value or (de)activate it. Posted lines keep it; new postings refuse an inactive one. */
export async function updateDimensionValue(db: CompanyDb, call: LedgerCall, id: string, patch: DimensionPatch): Promise<DimensionValueView> {
  const p = dimensionPatchSchema.parse(patch);
  return inTransaction(db, async (trx) => {
    const before = await findDimensionValue(trx, id);
    if (!before) throw new AppError('NOT_FOUND');
    const set = {
      name_en: p.nameEn ?? before.name_en,
      name_ar: p.nameAr ?? before.name_ar,
      active: p.active === undefined ? before.active : p.active ? 1 : 0,
    };
    await updateDimensionValueRow(trx, id, set);
    await recordAudit(trx, call.clock, call.actor, {
      action: 'ledger.dimension_value.updated',
      targetType: 'ledger_dimension_value',
      targetId: id,
      summary: { ...p },
    });
    return presentDimensionValue({ ...before, ...set });
  });
}
