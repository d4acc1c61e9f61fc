import { Badge, Button, FileButton, Group, Select, Tabs, Text } from '@mantine/core';
import { useNavigate, useParams, useSearch } from '@tanstack/react-router';
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
import { useCloseBudget, useExportXlsx, useImportFile } from '../api/revisions';
import { BudgetCharts } from '../components/budget-charts';
import { BudgetGrid } from '../components/budget-grid';
import { CopyBudgetButton } from '../components/copy-budget-button';
import { ForecastPanel } from '../components/forecast-panel';
import { GridTools } from '../components/grid-tools';
import { RevisionCompare } from '../components/revision-compare';
import { ScenariosPanel } from '../components/scenarios-panel';
import { VarianceTable } from '../components/variance-table';
import { validateBudgetSearch } from '../search';

const STATUS_COLOR = { draft: 'gray', approved: 'teal', closed: 'dark' } as const;

/** One budget: grid (editable while draft), approval, revisions side by side, budget vs actual with charts, rolling forecast, scenarios. */
export function BudgetPage() {
  const { t } = useTranslation();
  const { budgetId } = useParams({ from: '/app/budgets/$budgetId' });
  const { tab = 'grid' } = useSearch({ from: '/app/budgets/$budgetId' });
  const navigate = useNavigate({ from: '/budgets/$budgetId' });
  const { data: me } = useMe();
  const budget = useBudget(budgetId);
  const [revisionId, setRevisionId] = useState<string | null>(null);
  const grid = useBudgetGrid(budgetId, revisionId ?? undefined);
  const exportCsv = useExportBudget();
  const exportXlsx = useExportXlsx();
  const importFile = useImportFile();
  const [through, setThrough] = useState<string | null>(null);
  const [reportPage, setReportPage] = useState(1);
  const report = useBudgetReport(budgetId, through ?? undefined, reportPage);
  const approve = useApproveBudget();
  const revise = useNewRevision();
  const close = useCloseBudget();
  const check = useCheckAlerts();
  if (budget.isPending) return <LoadingState />;
  if (!budget.data) return <ErrorAlert error={budget.error} />;
  const b = budget.data;
  const canWrite = hasPermission(me, 'budgets.write');
  const open = b.status !== 'closed';
  const actions = (
    <Group gap="xs" wrap="wrap">
      <Button variant="default" loading={exportCsv.isPending} onClick={() => exportCsv.mutate(b.id)} data-testid="export-budget">
        {t('budgets.export')}
      </Button>
      <Button variant="default" loading={exportXlsx.isPending} onClick={() => exportXlsx.mutate(b.id)} data-testid="export-xlsx">
        {t('budgets.exportXlsx')}
      </Button>
      {b.status === 'draft' && canWrite && (
        <FileButton accept=".csv,.xlsx,text/csv" onChange={(file) => file && importFile.mutate({ id: b.id, file })}>
          {(props) => (
            <Button variant="default" loading={importFile.isPending} {...props} data-testid="import-file">
              {t('budgets.importFile')}
            </Button>
          )}
        </FileButton>
      )}
      {canWrite && <CopyBudgetButton budget={b} />}
      {b.status === 'draft' && hasPermission(me, 'budgets.approve') && (
        <Button color="teal" loading={approve.isPending} onClick={() => approve.mutate({ id: b.id })} data-testid="approve">
          {t('budgets.approve')}
        </Button>
      )}
      {b.status === 'approved' && canWrite && (
        <Button variant="light" loading={revise.isPending} onClick={() => revise.mutate({ id: b.id })} data-testid="new-revision">
          {t('budgets.newRevision')}
        </Button>
      )}
      {b.status === 'approved' && hasPermission(me, 'budgets.approve') && (
        <Button variant="light" color="dark" loading={close.isPending} onClick={() => close.mutate(b.id)} data-testid="close-budget">
          {t('budgets.close')}
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
      <Group gap="xs" mb="md" wrap="wrap">
        <Badge color={STATUS_COLOR[b.status]} data-testid="budget-status">
          {t(`budgets.statuses.${b.status}`)}
        </Badge>
        <Text size="sm" c="dimmed">
          {t('budgets.revisionOf', { number: b.revision.number, count: b.revisions.length })} · {b.currency} ·{' '}
          {t('budgets.thresholdIs', { pct: b.alertThresholdPct })}
        </Text>
        {importFile.data && (
          <Text size="sm" data-testid="import-result">
            {t('budgets.imported', { count: importFile.data.cells })}
          </Text>
        )}
        {check.data && (
          <Text size="sm" data-testid="alerts-result">
            {t('budgets.alertsResult', { alerts: check.data.alerts, notified: check.data.notified })}
          </Text>
        )}
      </Group>
      <ErrorAlert error={approve.error ?? revise.error ?? close.error ?? check.error ?? exportCsv.error ?? exportXlsx.error ?? importFile.error} />
      <Tabs
        value={tab === 'compare' && b.revisions.length < 2 ? 'grid' : tab}
        onChange={(value) => navigate({ search: validateBudgetSearch({ tab: value }), replace: true })}
        keepMounted={false}
      >
        <Tabs.List mb="md">
          <Tabs.Tab value="grid" data-testid="grid-tab">
            {t('budgets.grid')}
          </Tabs.Tab>
          <Tabs.Tab value="variance" data-testid="variance-tab">
            {t('budgets.vsActual')}
          </Tabs.Tab>
          {b.revisions.length > 1 && (
            <Tabs.Tab value="compare" data-testid="compare-tab">
              {t('budgets.compare.tab')}
            </Tabs.Tab>
          )}
          <Tabs.Tab value="forecast" data-testid="forecast-tab">
            {t('budgets.forecast.tab')}
          </Tabs.Tab>
          <Tabs.Tab value="scenarios" data-testid="scenarios-tab">
            {t('budgets.scenarios.tab')}
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
          {grid.data?.editable && canWrite && <GridTools budgetId={b.id} />}
          {grid.isPending && <LoadingState />}
          <ErrorAlert error={grid.error} />
          {grid.data && <BudgetGrid budgetId={b.id} grid={{ ...grid.data, editable: grid.data.editable && canWrite }} />}
        </Tabs.Panel>
        <Tabs.Panel value="variance">
          <Select
            label={t('budgets.through')}
            w={180}
            mb="md"
            data={b.months}
            value={through ?? report.data?.throughMonth ?? null}
            onChange={(v) => {
              setThrough(v);
              setReportPage(1);
            }}
            data-testid="through"
          />
          {report.isPending && <LoadingState />}
          <ErrorAlert error={report.error} />
          {report.data && <BudgetCharts report={report.data} />}
          {report.data && <VarianceTable report={report.data} onPage={setReportPage} />}
        </Tabs.Panel>
        <Tabs.Panel value="compare">
          <RevisionCompare budget={b} />
        </Tabs.Panel>
        <Tabs.Panel value="forecast">
          <ForecastPanel budgetId={b.id} editable={open && canWrite} />
        </Tabs.Panel>
        <Tabs.Panel value="scenarios">
          <ScenariosPanel budget={b} editable={open && canWrite} />
        </Tabs.Panel>
      </Tabs>
    </>
  );
}
