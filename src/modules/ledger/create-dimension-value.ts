import { recordAudit } from '../../platform/audit/record-audit.ts';
import type { CompanyDb } from '../../platform/db/company-scope.ts';
import { inTransaction } from '../../platform/db/transaction.ts';
import { AppError } from '../../platform/errors.ts';
import { newId } from '../../platform/ids.ts';
import { findDimension, insertDimensionValue, presentDimensionValue } from './dimensions.repository.ts';
import { type DimensionValueInput, type DimensionValueView, dimensionValueInputSchema } from './dimensions.schemas.ts';
import { type LedgerCall, typed } from './ledger-db.ts';
import { issueAt, refuse } from './refusals.ts';

/** A new value of a dimension (a department, a project…); its code is unique within the dimension. */
export async function createDimensionValue(db: CompanyDb, call: LedgerCall, input: DimensionValueInput): Promise<DimensionValueView> {
  const v = dimensionValueInputSchema.parse(input);
  const dimensionId = v.dimensionId;
  return inTransaction(db, async (trx) => {
    const dimension = await findDimension(trx, dimensionId);
    if (!dimension) throw new AppError('VALIDATION', 'No such dimension', [issueAt('dimensionId', 'ledger.dimension_not_found')]);
    const taken = await typed(trx)
      .selectFrom('ledger_dimension_value')
      .select('id')
      .where('dimension_id', '=', dimensionId)
      .where('code', '=', v.code)
      .executeTakeFirst();
    if (taken) throw refuse('CONFLICT', 'ledger.dimension_value_code_taken', { dimension: dimension.code, code: v.code }, { field: 'code' });
    const row = {
      id: newId(),
      dimension_id: dimensionId,
      code: v.code,
      name_en: v.nameEn,
      name_ar: v.nameAr,
      active: 1,
      created_at: call.clock.now().toISOString(),
    };
    await insertDimensionValue(trx, row);
    await recordAudit(trx, call.clock, call.actor, {
      action: 'ledger.dimension_value.created',
      targetType: 'ledger_dimension_value',
      targetId: row.id,
      summary: { dimension: dimension.code, code: v.code },
    });
    return presentDimensionValue({ ...row, company_id: '' });
  });
}
