import { recordAudit } from '../../platform/audit/record-audit.ts';
import type { CompanyDb } from '../../platform/db/company-scope.ts';
import { inTransaction } from '../../platform/db/transaction.ts';
import { AppError } from '../../platform/errors.ts';
import { newId } from '../../platform/ids.ts';
import { parentIssues, subtypeFits } from './account-rules.ts';
import { ancestorIds } from './account-tree.ts';
import { findAccount, findAccountByCode, insertAccount, presentAccount } from './accounts.repository.ts';
import { type AccountInput, type AccountView, accountInputSchema } from './chart.schemas.ts';
import { findCurrency } from './currencies.repository.ts';
import type { Issue } from './journal-entry.ts';
import { flag, type LedgerCall } from './ledger-db.ts';
import { issueAt, refuse } from './refusals.ts';

/** Checks shared by creating and changing an account: subtype, parent, currency. */
export async function accountIssues(
  db: CompanyDb,
  a: { id?: string; type: AccountInput['type'] & string; subtype: string; parentId: string | null; currency: string | null },
): Promise<Issue[]> {
  const issues: Issue[] = [];
  if (!subtypeFits(a.type, a.subtype as never)) issues.push(issueAt('subtype', 'ledger.subtype_mismatch', { subtype: a.subtype, type: a.type }));
  if (a.parentId) {
    const parent = await findAccount(db, a.parentId);
    const facts = parent && { id: parent.id, code: parent.code, type: parent.type, postable: flag(parent.postable), active: flag(parent.active) };
    issues.push(...parentIssues(a, facts, parent ? await ancestorIds(db, parent.id) : []));
  }
  if (a.currency && !(await findCurrency(db, a.currency))) issues.push(issueAt('currency', 'ledger.currency_unknown', { currency: a.currency }));
  return issues;
}

/** A new account in the chart; its code is unique in the company. */
export async function createAccount(db: CompanyDb, call: LedgerCall, input: AccountInput): Promise<AccountView> {
  const a = accountInputSchema.parse(input);
  return inTransaction(db, async (trx) => {
    if (await findAccountByCode(trx, a.code)) throw refuse('CONFLICT', 'ledger.account_code_taken', { code: a.code }, { field: 'code' });
    const issues = await accountIssues(trx, { type: a.type, subtype: a.subtype, parentId: a.parentId ?? null, currency: a.currency ?? null });
    if (issues.length) throw new AppError('VALIDATION', 'The account is not valid', issues);
    const now = call.clock.now().toISOString();
    const row = {
      id: newId(),
      code: a.code,
      name_en: a.nameEn,
      name_ar: a.nameAr,
      type: a.type,
      subtype: a.subtype,
      parent_id: a.parentId ?? null,
      currency: a.currency ?? null,
      postable: a.postable ? 1 : 0,
      active: 1,
      created_at: now,
      updated_at: now,
    };
    await insertAccount(trx, row);
    await recordAudit(trx, call.clock, call.actor, {
      action: 'ledger.account.created',
      targetType: 'ledger_account',
      targetId: row.id,
      summary: { code: a.code },
    });
    return presentAccount({ ...row, company_id: '' });
  });
}
