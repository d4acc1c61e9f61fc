import '@mantine/charts/styles.css';
import { LineChart } from '@mantine/charts';
import { ActionIcon, Box, Button, Card, Group, MultiSelect, ScrollArea, Select, Stack, Table, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/error-alert';
import { LoadingState } from '../../../components/loading-state';
import { currentLocale } from '../../../lib/format';
import { monthLabel } from '../../ledger/reports/trend-chart';
import { usePostableAccounts } from '../api/get-postable-accounts';
import { type AdjustmentDraft, useAddAdjustment, useCreateScenario, useRemoveAdjustment, useScenarioComparison, useScenarios } from '../api/plan';
import type { Budget, ScenarioComparison } from '../types';
import { Ltr } from './ltr';

/** Scenarios of a budget: create one (from the budget or its forecast), adjust it, and compare it with its base. */
export function ScenariosPanel({ budget, editable }: { budget: Budget; editable: boolean }) {
  const { t } = useTranslation();
  const scenarios = useScenarios(budget.id);
  const create = useCreateScenario();
  const [name, setName] = useState('');
  const [base, setBase] = useState<'budget' | 'forecast'>('budget');
  const [picked, setPicked] = useState<string | null>(null);
  const selected = picked ?? scenarios.data?.items[0]?.id ?? null;
  const cmp = useScenarioComparison(budget.id, selected);
  return (
    <Stack>
      {editable && (
        <Card withBorder>
          <Group align="end" wrap="wrap">
            <TextInput label={t('budgets.scenarios.name')} value={name} onChange={(e) => setName(e.currentTarget.value)} data-testid="scenario-name" />
            <Select
              label={t('budgets.scenarios.base')}
              w={200}
              data={[
                { value: 'budget', label: t('budgets.scenarios.bases.budget') },
                { value: 'forecast', label: t('budgets.scenarios.bases.forecast') },
              ]}
              value={base}
              onChange={(v) => v && setBase(v as 'budget' | 'forecast')}
            />
            <Button
              disabled={!name.trim()}
              loading={create.isPending}
              onClick={() =>
                create.mutate(
                  { id: budget.id, name, base },
                  {
                    onSuccess: (s) => {
                      setPicked(s.id);
                      setName('');
                    },
                  },
                )
              }
              data-testid="create-scenario"
            >
              {t('budgets.scenarios.create')}
            </Button>
          </Group>
          <ErrorAlert error={create.error} />
        </Card>
      )}
      {scenarios.isPending && <LoadingState />}
      {scenarios.data && scenarios.data.items.length === 0 && <Text c="dimmed">{t('budgets.scenarios.none')}</Text>}
      {scenarios.data && scenarios.data.items.length > 0 && (
        <Select
          label={t('budgets.scenarios.shown')}
          w={260}
          data={scenarios.data.items.map((s) => ({ value: s.id, label: s.name }))}
          value={selected}
          onChange={setPicked}
          data-testid="scenario-select"
        />
      )}
      {selected && editable && <AdjustmentForm budget={budget} scenarioId={selected} />}
      <ErrorAlert error={cmp.error} />
      {cmp.data && <Comparison budgetId={budget.id} data={cmp.data} editable={editable} />}
    </Stack>
  );
}

function AdjustmentForm({ budget, scenarioId }: { budget: Budget; scenarioId: string }) {
  const { t, i18n } = useTranslation();
  const accounts = usePostableAccounts({ incomeAndExpense: true });
  const add = useAddAdjustment();
  const empty: AdjustmentDraft = { kind: 'percent', accountIds: [], fromMonth: budget.months[0] as string, percent: '', amount: '', label: '' };
  const [d, setD] = useState<AdjustmentDraft>(empty);
  const options = (accounts.data ?? []).map((a) => ({ value: a.id, label: `${a.code} ${i18n.language === 'ar' ? a.nameAr : a.nameEn}` }));
  const submit = () => {
    const body: AdjustmentDraft = { kind: d.kind, accountIds: d.accountIds, fromMonth: d.fromMonth, label: d.label || undefined };
    if (d.kind === 'percent') body.percent = d.percent;
    else body.amount = d.amount;
    add.mutate({ id: budget.id, scenarioId, ...body }, { onSuccess: () => setD(empty) });
  };
  return (
    <Card withBorder>
      <Group align="end" wrap="wrap">
        <Select
          label={t('budgets.scenarios.kind')}
          w={190}
          data={(['percent', 'one-off', 'hire'] as const).map((k) => ({ value: k, label: t(`budgets.scenarios.kinds.${k}`) }))}
          value={d.kind}
          onChange={(v) => v && setD({ ...d, kind: v as AdjustmentDraft['kind'], accountIds: v === 'percent' ? d.accountIds : d.accountIds.slice(0, 1) })}
          data-testid="adjustment-kind"
        />
        <MultiSelect
          label={t('budgets.scenarios.accounts')}
          searchable
          w={320}
          maxValues={d.kind === 'percent' ? undefined : 1}
          data={options}
          value={d.accountIds}
          onChange={(v) => setD({ ...d, accountIds: v })}
          data-testid="adjustment-accounts"
        />
        <Select
          label={d.kind === 'one-off' ? t('budgets.scenarios.inMonth') : t('budgets.scenarios.fromMonth')}
          w={130}
          data={budget.months}
          value={d.fromMonth}
          onChange={(v) => v && setD({ ...d, fromMonth: v })}
          data-testid="adjustment-month"
        />
        {d.kind === 'percent' ? (
          <TextInput
            label={t('budgets.percent')}
            w={100}
            dir="ltr"
            value={d.percent}
            onChange={(e) => setD({ ...d, percent: e.currentTarget.value })}
            data-testid="adjustment-percent"
          />
        ) : (
          <TextInput
            label={d.kind === 'hire' ? t('budgets.scenarios.monthlyCost') : t('budgets.scenarios.amount')}
            w={140}
            dir="ltr"
            value={d.amount}
            onChange={(e) => setD({ ...d, amount: e.currentTarget.value })}
            data-testid="adjustment-amount"
          />
        )}
        <TextInput
          label={t('budgets.scenarios.label')}
          w={180}
          value={d.label}
          onChange={(e) => setD({ ...d, label: e.currentTarget.value })}
          data-testid="adjustment-label"
        />
        <Button variant="light" disabled={d.accountIds.length === 0} loading={add.isPending} onClick={submit} data-testid="add-adjustment">
          {t('budgets.scenarios.add')}
        </Button>
      </Group>
      <ErrorAlert error={add.error} />
    </Card>
  );
}

function Comparison({ budgetId, data, editable }: { budgetId: string; data: ScenarioComparison; editable: boolean }) {
  const { t, i18n } = useTranslation();
  const remove = useRemoveAdjustment();
  const rtl = i18n.dir() === 'rtl';
  const rows: { key: string; label: string; values: string[]; strong?: boolean; diff?: boolean }[] = [
    { key: 'ni-base', label: `${t('budgets.scenarios.netIncome')} · ${t('budgets.scenarios.baseLabel')}`, values: data.base.netIncome },
    { key: 'ni-result', label: `${t('budgets.scenarios.netIncome')} · ${data.scenario.name}`, values: data.result.netIncome, strong: true },
    { key: 'ni-diff', label: t('budgets.scenarios.difference'), values: data.difference.netIncome, diff: true },
    { key: 'cash-base', label: `${t('budgets.scenarios.cash')} · ${t('budgets.scenarios.baseLabel')}`, values: data.base.cash },
    { key: 'cash-result', label: `${t('budgets.scenarios.cash')} · ${data.scenario.name}`, values: data.result.cash, strong: true },
    { key: 'cash-diff', label: t('budgets.scenarios.difference'), values: data.difference.cash, diff: true },
  ];
  const chart = data.months.map((m, i) => ({ month: monthLabel(m), base: Number(data.base.cash[i]), scenario: Number(data.result.cash[i]) }));
  const formatter = (value: number) => new Intl.NumberFormat(currentLocale(), { maximumFractionDigits: 0 }).format(value);
  return (
    <Stack>
      <Group gap="xs" wrap="wrap" data-testid="adjustments">
        {data.scenario.adjustments.length === 0 && (
          <Text size="sm" c="dimmed">
            {t('budgets.scenarios.noAdjustments')}
          </Text>
        )}
        {data.scenario.adjustments.map((a) => (
          <Card key={a.id} withBorder padding="xs" data-testid="adjustment">
            <Group gap="xs" wrap="nowrap">
              <Text size="sm">
                {t(`budgets.scenarios.kinds.${a.kind}`)} {a.label && `· ${a.label}`} ·{' '}
                <Ltr>
                  {a.kind === 'percent' ? `${a.percent}%` : a.amount} · {a.fromMonth}
                </Ltr>
              </Text>
              {editable && (
                <ActionIcon
                  variant="subtle"
                  color="red"
                  aria-label={t('budgets.scenarios.remove')}
                  onClick={() => remove.mutate({ id: budgetId, scenarioId: data.scenario.id, adjustmentId: a.id })}
                >
                  ×
                </ActionIcon>
              )}
            </Group>
          </Card>
        ))}
      </Group>
      <ErrorAlert error={remove.error} />
      <ScrollArea>
        <Table withTableBorder data-testid="scenario-table" style={{ minWidth: 1200 }}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th />
              {data.months.map((m) => (
                <Table.Th key={m} ta="end">
                  <Ltr>{m}</Ltr>
                </Table.Th>
              ))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((r) => (
              <Table.Tr key={r.key} data-testid={`scenario-${r.key}`}>
                <Table.Td fw={r.strong ? 700 : undefined} style={{ whiteSpace: 'nowrap' }}>
                  {r.label}
                </Table.Td>
                {r.values.map((v, i) => (
                  <Table.Td
                    key={data.months[i]}
                    ta="end"
                    fw={r.strong ? 700 : undefined}
                    bg={r.diff && Number(v) !== 0 ? 'yellow.1' : undefined}
                    c={Number(v) < 0 ? 'red.8' : undefined}
                  >
                    <Ltr>{v}</Ltr>
                  </Table.Td>
                ))}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </ScrollArea>
      <Box dir="ltr" data-testid="scenario-chart" role="img" aria-label={t('budgets.scenarios.cash')}>
        <LineChart
          h={240}
          data={chart}
          dataKey="month"
          series={[
            { name: 'base', label: t('budgets.scenarios.baseLabel'), color: 'gray.6' },
            { name: 'scenario', label: data.scenario.name, color: 'blue.6' },
          ]}
          withLegend
          valueFormatter={formatter}
          xAxisProps={{ reversed: rtl }}
          yAxisProps={{ orientation: rtl ? 'right' : 'left', width: 72 }}
        />
      </Box>
    </Stack>
  );
}
