import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS } from '../../../test/dialects.ts';
import { type BudgetsFixture, budgetsFixture } from './budgets.fixture.ts';
import { budgetsModule } from './index.ts';

describe.each(DIALECTS)('the scheduled alert check on %s', (dialect) => {
  let f: BudgetsFixture;
  beforeAll(async () => {
    f = await budgetsFixture(dialect);
  });
  afterAll(async () => f.ctx.close());

  it('is scheduled hourly at approval and notifies the owner once per cell crossing the threshold', async () => {
    const b = (await f.finance.post('/api/v1/budgets', { name: 'Watched', fiscalYear: 2026, alertThresholdPct: 90 })).body;
    await f.finance.post(`/api/v1/budgets/${b.id}/spread`, { accountId: f.account('5300'), total: '1200.00' });
    await f.finance.post(`/api/v1/budgets/${b.id}/approve`);
    const companyId = f.call.actor.companyId as string;
    const schedules = await f.ctx.t.db
      .selectFrom('job_schedule' as never)
      .select(['name', 'kind', 'cron'] as never)
      .execute();
    expect(schedules).toContainEqual({ name: `budgets.check-alerts:${companyId}`, kind: 'budgets.check-alerts', cron: '0 * * * *' });
    await f.post('2026-01-20', '5300', '1130', '89.99');
    await f.post('2026-02-20', '5300', '1130', '90.00');
    const run = budgetsModule.jobs?.['budgets.check-alerts'];
    expect(run).toBeDefined();
    await run?.({ platform: f.ctx.p, companyId, payload: null, jobId: 'test' });
    await run?.({ platform: f.ctx.p, companyId, payload: null, jobId: 'test-2' });
    const bell = (await f.finance.get('/api/v1/notifications')).body.items as { title: string; link: string }[];
    const alerts = bell.filter((n) => n.title.startsWith('Budget Watched'));
    expect(alerts).toHaveLength(1);
    expect(alerts[0]).toMatchObject({ title: 'Budget Watched: 5300 Rent at 90% in 2026-02', link: `/budgets/${b.id}` });
  });
});
