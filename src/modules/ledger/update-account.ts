import { recordAudit } from '../../platform/audit/record-audit.ts';
import type { CompanyDb } from '../../platform/db/company-scope.ts';
import { inTransaction } from '../../platform/db/transaction.ts';
import { AppError } from '../../platform/errors.ts';
import {
  accountHasLines,
  countChildren,
  currenciesOnAccount,
  findAccount,
  findAccountByCode,
  presentAccount,
  updateAccountRow,
} from './accounts.repository.ts';
import { type AccountPatch, type AccountView, accountPatchSchema } from './chart.schemas.ts';
import { accountIssues } from './create-account.ts';
import type { Issue } from './journal-entry.ts';
import type { AccountTable } from './ledger.tables.ts';
import { flag, type LedgerCall } from './ledger-db.ts';
import { issueAt, refuse } from './refusals.ts';

/**
 * Change an account. Its type never changes (lines already carry its meaning); a leaf with lines
 * cannot become a grouping account, nor a parent with children a leaf; a currency restriction is
 * refused while lines in another currency use the account.
 */
export async function updateAccount(db: CompanyDb, call: LedgerCall, id: string, patch: AccountPatch): Promise<AccountView> {
  const p = accountPatchSchema.parse(patch);
  return inTransaction(db, async (trx) => {
    const before = await findAccount(trx, id);
    if (!before) throw new AppError('NOT_FOUND');
    if (p.code && p.code !== before.code && (await findAccountByCode(trx, p.code))) {
      throw refuse('CONFLICT', 'ledger.account_code_taken', { code: p.code }, { field: 'code' });
    }
    const next = {
      id,
      type: before.type,
      subtype: p.subtype ?? before.subtype,
      parentId: p.parentId !== undefined ? p.parentId : before.parent_id,
      currency: p.currency !== undefined ? p.currency : before.currency,
    };
    const issues: Issue[] = await accountIssues(trx, next);
    if (p.postable === false && flag(before.postable) && (await accountHasLines(trx, id))) {
      issues.push(issueAt('postable', 'ledger.account_has_lines'));
    }
    if (p.postable === true && !flag(before.postable) && (await countChildren(trx, id)) > 0) {
      issues.push(issueAt('postable', 'ledger.account_has_children'));
    }
    if (next.currency && next.currency !== before.currency) {
      const others = (await currenciesOnAccount(trx, id)).filter((c) => c !== next.currency);
      if (others.length) issues.push(issueAt('currency', 'ledger.account_currency_used', { currencies: others.join(', ') }));
    }
    if (issues.length) throw new AppError('VALIDATION', 'The change is not valid', issues);
    const set: Partial<AccountTable> = {
      code: p.code ?? before.code,
      name_en: p.nameEn ?? before.name_en,
      name_ar: p.nameAr ?? before.name_ar,
      subtype: next.subtype,
      parent_id: next.parentId,
      currency: next.currency,
      postable: p.postable === undefined ? before.postable : p.postable ? 1 : 0,
      updated_at: call.clock.now().toISOString(),
    };
    await updateAccountRow(trx, id, set);
    await recordAudit(trx, call.clock, call.actor, { action: 'ledger.account.updated', targetType: 'ledger_account', targetId: id, summary: { ...p } });
    return presentAccount({ ...before, ...set } as AccountTable);
  });
}
