import { cliActor } from '../../platform/auth/actor.ts';
import type { CompanyDb } from '../../platform/db/company-scope.ts';
import { inTransaction } from '../../platform/db/transaction.ts';
import { newId } from '../../platform/ids.ts';
import type { JobHandler } from '../../platform/module.ts';
import { notifyUser } from '../../platform/notifications/index.ts';
import { alertedCells } from './alerted-cells.ts';
import type { BudgetCall } from './budget-call.ts';
import { compare } from './budget-vs-actual.ts';
import { listBudgetRows } from './budgets.repository.ts';
import { typed } from './budgets.tables.ts';
import { loadBudget } from './load-budget.ts';

export const CHECK_ALERTS_JOB = 'budgets.check-alerts';

/**
 * Alerts of one budget's approved revision: every cell (account, dimension value, month up to this
 * month) whose actual has reached the threshold share of a positive budget notifies the budget's
 * owner once — a cell already alerted is remembered and not notified again.
 */
export async function checkAlerts(db: CompanyDb, call: BudgetCall, id: string): Promise<{ alerts: number; notified: number }> {
  return inTransaction(db, async (trx) => {
    const b = await loadBudget(trx, call, id);
    if (!b.revisions.some((r) => r.status === 'approved')) return { alerts: 0, notified: 0 };
    const { rows, facts, rev, throughIndex } = await compare(trx, call, b, {});
    const threshold = b.row.alert_threshold_pct;
    const t = typed(trx);
    const done = await alertedCells(trx, rev.id, b.view.months);
    let alerts = 0;
    let notified = 0;
    for (const l of rows) {
      let alerted: number | undefined;
      for (let i = 0; i <= throughIndex; i++) {
        const budget = l.budget[i] as bigint;
        const actual = l.actual[i] as bigint;
        if (budget <= 0n || actual * 100n < budget * threshold) continue;
        alerts++;
        alerted ??= done.get(l.accountId)?.get(l.dimensionValueId) ?? 0;
        if (alerted & (1 << i)) continue;
        const month = b.view.months[i] as string;
        const consumed = (actual * 100n) / budget;
        await t
          .insertInto('budget_alert')
          .values({
            id: newId(),
            budget_id: id,
            revision_id: rev.id,
            account_id: l.accountId,
            month,
            dimension_value_id: l.dimensionValueId,
            consumed_pct: consumed,
            created_at: call.clock.now().toISOString(),
          } as never)
          .execute();
        if (b.row.owner_user_id) {
          const a = facts.get(l.accountId);
          await notifyUser(
            trx,
            { clock: call.clock, emailEnabled: Boolean(call.emailEnabled) },
            {
              userId: b.row.owner_user_id,
              title: `Budget ${b.row.name}: ${a?.code ?? ''} ${a?.nameEn ?? ''} at ${consumed}% in ${month}`,
              body: `Actual has reached ${consumed}% of the ${month} budget (alert at ${threshold}%).`,
              link: `/budgets/${id}`,
            },
          );
          notified++;
        }
      }
    }
    return { alerts, notified };
  });
}

/** The scheduled job: checks every budget of the company. */
export const checkAlertsJob: JobHandler = async ({ platform, companyId }) => {
  if (!companyId) return;
  const db = platform.forCompany(companyId);
  const call: BudgetCall = {
    actor: cliActor(
      companyId,
      platform.permissions.map((p) => p.key),
    ),
    clock: platform.clock,
    emailEnabled: Boolean(platform.config.SMTP_URL),
  };
  for (const b of await listBudgetRows(db)) await checkAlerts(db, call, b.id);
};
