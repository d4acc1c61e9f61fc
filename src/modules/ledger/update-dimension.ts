import { recordAudit } from '../../platform/audit/record-audit.ts';
import type { CompanyDb } from '../../platform/db/company-scope.ts';
import { inTransaction } from '../../platform/db/transaction.ts';
import { AppError } from '../../platform/errors.ts';
import { findDimension, presentDimension, updateDimensionRow } from './dimensions.repository.ts';
import { type DimensionPatch, type DimensionView, dimensionPatchSchema } from './dimensions.schemas.ts';
import { type LedgerCall, typed } from './ledger-db.ts';

/** Rename a dimension or (de)activate it; an inactive dimension's values cannot be posted. Code and slot stay. */
export async function updateDimension(db: CompanyDb, call: LedgerCall, id: string, patch: DimensionPatch): Promise<DimensionView> {
  const p = dimensionPatchSchema.parse(patch);
  return inTransaction(db, async (trx) => {
    const before = await findDimension(trx, id);
    if (!before) throw new AppError('NOT_FOUND');
    const set = {
      name_en: p.nameEn ?? before.name_en,
      name_ar: p.nameAr ?? before.name_ar,
      active: p.active === undefined ? before.active : p.active ? 1 : 0,
    };
    await updateDimensionRow(trx, id, set);
    await recordAudit(trx, call.clock, call.actor, { action: 'ledger.dimension.updated', targetType: 'ledger_dimension', targetId: id, summary: { ...p } });
    const values = await typed(trx).selectFrom('ledger_dimension_value').selectAll().where('dimension_id', '=', id).orderBy('code').execute();
    return presentDimension({ ...before, ...set }, values);
  });
}
