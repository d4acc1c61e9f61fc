import { recordAudit } from '../../platform/audit/record-audit.ts';
import type { CompanyDb } from '../../platform/db/company-scope.ts';
import { inTransaction } from '../../platform/db/transaction.ts';
import { AppError } from '../../platform/errors.ts';
import { timeline } from './effective-dating.ts';
import { requireEmployee } from './employee-access.ts';
import { compensationOf } from './history.repository.ts';
import { payToDecimal } from './pay-amount.ts';
import type { SensitiveView } from './people.schemas.ts';
import type { PeopleCall } from './people-db.ts';
import { fieldContext, openSensitive } from './sensitive-fields.ts';

/**
 * The sensitive fields and pay history of one employee, decrypted for a holder of
 * `people.sensitive.read`. Every reveal writes `people.sensitive.revealed` to the audit chain, in
 * the same transaction, before anything is returned.
 */
export async function revealSensitive(db: CompanyDb, call: PeopleCall, id: string): Promise<SensitiveView> {
  if (!call.actor.permissions.has('people.sensitive.read')) throw new AppError('FORBIDDEN', 'Missing permission people.sensitive.read');
  return inTransaction(db, async (trx) => {
    const row = await requireEmployee(trx, id);
    const pay = await compensationOf(trx, id);
    const fields = openSensitive(call.secrets, row);
    const compensation = await Promise.all(
      timeline(pay.map((r) => ({ ...r, effectiveDate: r.effective_date }))).map(async (r) => ({
        id: r.id,
        effectiveDate: r.effective_date,
        until: r.until,
        amount: await payToDecimal(trx, BigInt(call.secrets.decrypt(r.amount_enc, fieldContext('people_compensation.amount', r.id))), r.currency),
        currency: r.currency,
        basis: r.basis,
        reason: r.reason,
        recordedAt: r.recorded_at,
      })),
    );
    await recordAudit(trx, call.clock, call.actor, {
      action: 'people.sensitive.revealed',
      targetType: 'people_employee',
      targetId: id,
      summary: { fields: [...Object.keys(fields), 'compensation'] },
    });
    return { ...fields, compensation };
  });
}
