import { Badge, Button, Group, Select, Tabs, Text } from '@mantine/core';
import { useParams } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/error-alert';
import { LoadingState } from '../../../components/loading-state';
import { PageTitle } from '../../../components/page-title';
import { useMe } from '../../auth/api/get-me';
import { hasPermission } from '../../auth/types';
import { useApproveBudget } from '../api/approve-budget';
import { useCheckAlerts } from '../api/check-alerts';
import { useExportBudget } from '../api/export-budget';
import { useBudget } from '../api/get-budget';
import { useBudgetGrid } from '../api/get-budget-grid';
import { useBudgetReport } from '../api/get-budget-report';
import { useNewRevision } from '../api/new-revision';
import { BudgetGrid } from '../components/budget-grid';
import { GridTools } from '../components/grid-tools';
import { VarianceTable } from '../components/variance-table';

/** One budget: the grid by account × month (editable while draft), approval and revisions, budget vs actual. */
export function BudgetPage() {
  const { t } = useTranslation();
  const { budgetId } = useParams({ from: '/app/budgets/$budgetId' });
  const { data: me } = useMe();
  const budget = useBudget(budgetId);
  const [revisionId, setRevisionId] = useState<string | null>(null);
  const grid = useBudgetGrid(budgetId, revisionId ?? undefined);
  const exportCsv = useExportBudget();
  const [through, setThrough] = useState<string | null>(null);
  const report = useBudgetReport(budgetId, through ?? undefined);
  const approve = useApproveBudget();
  const revise = useNewRevision();
  const check = useCheckAlerts();
  if (budget.isPending) return <LoadingState />;
  if (!budget.data) return <ErrorAlert error={budget.error} />;
  const b = budget.data;
  const actions = (
    <Group gap="xs">
      <Button variant="default" loading={exportCsv.isPending} onClick={() => exportCsv.mutate(b.id)} data-testid="export-budget">
        {t('budgets.export')}
      </Button>
      {b.status === 'draft' && hasPermission(me, 'budgets.approve') && (
        <Button color="teal" loading={approve.isPending} onClick={() => approve.mutate({ id: b.id })} data-testid="approve">
          {t('budgets.approve')}
        </Button>
      )}
      {b.status === 'approved' && hasPermission(me, 'budgets.write') && (
        <Button variant="light" loading={revise.isPending} onClick={() => revise.mutate({ id: b.id })} data-testid="new-revision">
          {t('budgets.newRevision')}
        </Button>
      )}
      {b.status === 'approved' && (
        <Button variant="default" loading={check.isPending} onClick={() => check.mutate({ id: b.id })} data-testid="check-alerts">
          {t('budgets.checkAlerts')}
        </Button>
      )}
    </Group>
  );
  return (
    <>
      <PageTitle actions={actions}>
        {b.name} · {b.fiscalYear}
      </PageTitle>
      <Group gap="xs" mb="md">
        <Badge color={b.status === 'approved' ? 'teal' : 'gray'} data-testid="budget-status">
          {t(`budgets.statuses.${b.status}`)}
        </Badge>
        <Text size="sm" c="dimmed">
          {t('budgets.revisionOf', { number: b.revision.number, count: b.revisions.length })} · {b.currency} ·{' '}
          {t('budgets.thresholdIs', { pct: b.alertThresholdPct })}
        </Text>
        {check.data && (
          <Text size="sm" data-testid="alerts-result">
            {t('budgets.alertsResult', { alerts: check.data.alerts, notified: check.data.notified })}
          </Text>
        )}
      </Group>
      <ErrorAlert error={approve.error ?? revise.error ?? check.error ?? exportCsv.error} />
      <Tabs defaultValue="grid" keepMounted={false}>
        <Tabs.List mb="md">
          <Tabs.Tab value="grid" data-testid="grid-tab">
            {t('budgets.grid')}
          </Tabs.Tab>
          <Tabs.Tab value="variance" data-testid="variance-tab">
            {t('budgets.vsActual')}
          </Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="grid">
          {b.revisions.length > 1 && (
            <Select
              label={t('budgets.showRevision')}
              w={220}
              mb="md"
              data={b.revisions.map((r) => ({ value: r.id, label: `${r.number} · ${t(`budgets.statuses.${r.status}`)}` }))}
              value={revisionId ?? b.revision.id}
              onChange={setRevisionId}
              data-testid="revision-select"
            />
          )}
          {grid.data?.editable && hasPermission(me, 'budgets.write') && <GridTools budgetId={b.id} />}
          {grid.isPending && <LoadingState />}
          <ErrorAlert error={grid.error} />
          {grid.data && <BudgetGrid budgetId={b.id} grid={{ ...grid.data, editable: grid.data.editable && hasPermission(me, 'budgets.write') }} />}
        </Tabs.Panel>
        <Tabs.Panel value="variance">
          <Select
            label={t('budgets.through')}
            w={180}
            mb="md"
            data={b.months}
            value={through ?? report.data?.throughMonth ?? null}
            onChange={setThrough}
            data-testid="through"
          />
          {report.isPending && <LoadingState />}
          <ErrorAlert error={report.error} />
          {report.data && <VarianceTable report={report.data} />}
        </Tabs.Panel>
      </Tabs>
    </>
  );
}
