import { Badge, Button, Card, Group, NumberInput, Table, Text, TextInput } from '@mantine/core';
import { Link, useNavigate } from '@tanstack/react-router';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/error-alert';
import { LoadingState } from '../../../components/loading-state';
import { PageTitle } from '../../../components/page-title';
import { useMe } from '../../auth/api/get-me';
import { hasPermission } from '../../auth/types';
import { useCreateBudget } from '../api/create-budget';
import { useBudgets } from '../api/get-budgets';

/** The company's budgets, and a form to start one. */
export function BudgetsPage() {
  const { t } = useTranslation();
  const { data: me } = useMe();
  const budgets = useBudgets();
  const create = useCreateBudget();
  const navigate = useNavigate();
  const [form, setForm] = useState({ name: '', fiscalYear: new Date().getFullYear(), alertThresholdPct: 90 });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    create.mutate(form, { onSuccess: (b) => navigate({ to: '/budgets/$budgetId', params: { budgetId: b.id } }) });
  };
  return (
    <>
      <PageTitle>{t('budgets.title')}</PageTitle>
      {budgets.isPending && <LoadingState />}
      <ErrorAlert error={budgets.error} />
      {budgets.data && (
        <Table striped withTableBorder data-testid="budgets-list" maw={900}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('budgets.name')}</Table.Th>
              <Table.Th>{t('budgets.fiscalYear')}</Table.Th>
              <Table.Th>{t('budgets.currency')}</Table.Th>
              <Table.Th>{t('budgets.status')}</Table.Th>
              <Table.Th>{t('budgets.revision')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {budgets.data.items.length === 0 && (
              <Table.Tr>
                <Table.Td colSpan={5}>
                  <Text c="dimmed">{t('budgets.none')}</Text>
                </Table.Td>
              </Table.Tr>
            )}
            {budgets.data.items.map((b) => (
              <Table.Tr key={b.id}>
                <Table.Td>
                  <Link to="/budgets/$budgetId" params={{ budgetId: b.id }}>
                    {b.name}
                  </Link>
                </Table.Td>
                <Table.Td>{b.fiscalYear}</Table.Td>
                <Table.Td>{b.currency}</Table.Td>
                <Table.Td>
                  <Badge color={b.status === 'approved' ? 'teal' : b.status === 'closed' ? 'dark' : 'gray'}>{t(`budgets.statuses.${b.status}`)}</Badge>
                </Table.Td>
                <Table.Td>{b.revision.number}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      {hasPermission(me, 'budgets.write') && (
        <Card withBorder mt="lg" component="form" onSubmit={submit} maw={900}>
          <Group align="end">
            <TextInput
              label={t('budgets.name')}
              required
              value={form.name}
              onChange={(e) => setForm({ ...form, name: e.currentTarget.value })}
              data-testid="budget-name"
            />
            <NumberInput
              label={t('budgets.fiscalYear')}
              required
              min={1900}
              max={2999}
              w={120}
              value={form.fiscalYear}
              onChange={(v) => setForm({ ...form, fiscalYear: Number(v) })}
            />
            <NumberInput
              label={t('budgets.threshold')}
              min={1}
              max={1000}
              w={140}
              suffix="%"
              value={form.alertThresholdPct}
              onChange={(v) => setForm({ ...form, alertThresholdPct: Number(v) })}
            />
            <Button type="submit" loading={create.isPending} data-testid="create-budget">
              {t('budgets.create')}
            </Button>
          </Group>
          <ErrorAlert error={create.error} />
        </Card>
      )}
    </>
  );
}
