import { recordAudit } from '../../platform/audit/record-audit.ts';
import type { CompanyDb } from '../../platform/db/company-scope.ts';
import { inTransaction } from '../../platform/db/transaction.ts';
import { newId } from '../../platform/ids.ts';
import { insertDimension, presentDimension } from './dimensions.repository.ts';
import { type DimensionInput, type DimensionView, dimensionInputSchema } from './dimensions.schemas.ts';
import { type LedgerCall, typed } from './ledger-db.ts';
import { refuse } from './refusals.ts';

/**
 * A new dimension type (department, project, cost centre, …) in one of the three line slots. Its code
 * and slot are unique in the company and never change: posted lines and kept balances refer to the slot.
 */
export async function createDimension(db: CompanyDb, call: LedgerCall, input: DimensionInput): Promise<DimensionView> {
  const d = dimensionInputSchema.parse(input);
  return inTransaction(db, async (trx) => {
    const taken = await typed(trx)
      .selectFrom('ledger_dimension')
      .select(['code', 'slot'])
      .where((eb) => eb.or([eb('code', '=', d.code), eb('slot', '=', BigInt(d.slot))]))
      .executeTakeFirst();
    if (taken?.code === d.code) throw refuse('CONFLICT', 'ledger.dimension_code_taken', { code: d.code }, { field: 'code' });
    if (taken) throw refuse('CONFLICT', 'ledger.dimension_slot_taken', { slot: d.slot, dimension: taken.code }, { field: 'slot' });
    const row = {
      id: newId(),
      code: d.code,
      name_en: d.nameEn,
      name_ar: d.nameAr,
      slot: BigInt(d.slot),
      active: 1,
      created_at: call.clock.now().toISOString(),
    };
    await insertDimension(trx, row);
    await recordAudit(trx, call.clock, call.actor, {
      action: 'ledger.dimension.created',
      targetType: 'ledger_dimension',
      targetId: row.id,
      summary: { code: d.code, slot: d.slot },
    });
    return presentDimension({ ...row, company_id: '' }, []);
  });
}
