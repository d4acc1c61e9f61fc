import { Alert, Badge, Button, Group, Table, Text } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '../../../components/confirm-dialog';
import { ErrorAlert } from '../../../components/error-alert';
import { LoadingState } from '../../../components/loading-state';
import { formatNumber } from '../../../lib/format';
import { useMe } from '../../auth/api/get-me';
import { hasPermission } from '../../auth/types';
import { Amount } from '../../ledger/components/amount';
import { nameIn } from '../../ledger/names';
import { useAccountsIndex } from '../../ledger/use-accounts-index';
import { useApplyRules, useDeleteRule, useRules } from '../api/rules';
import { BankingPage } from '../components/banking-page';
import { useDimensionOptions } from '../components/ledger-options';
import { RuleFormModal } from '../components/rule-form-modal';
import { useBankAccountParam } from '../components/use-bank-account-param';
import type { Rule } from '../types';

/** A bank account's rules in the order they apply; add, change, delete, and try them (dry run) or apply them. */
export function RulesPage() {
  const { t, i18n } = useTranslation();
  const { data: me } = useMe();
  const { accountId, account } = useBankAccountParam();
  const rules = useRules(accountId);
  const { index } = useAccountsIndex();
  const dims = useDimensionOptions();
  const remove = useDeleteRule();
  const apply = useApplyRules();
  const [editing, setEditing] = useState<Rule | 'new' | null>(null);
  const [deleting, setDeleting] = useState<Rule | null>(null);
  const canChange = hasPermission(me, 'banking.reconcile');
  const dimLabel = (id: string) => dims.flatMap((d) => d.options).find((o) => o.value === id)?.label ?? id;

  if (account.isPending) return <LoadingState />;
  if (!account.data) return <ErrorAlert error={account.error} />;
  const a = account.data;

  return (
    <BankingPage
      title={t('banking.rules.title')}
      account={a}
      tab="rules"
      actions={
        canChange && (
          <>
            <Button
              variant="default"
              loading={apply.isPending && apply.variables?.dryRun}
              onClick={() => apply.mutate({ id: a.id, dryRun: true })}
              data-testid="rules-dry-run"
            >
              {t('banking.rules.dryRun')}
            </Button>
            <Button variant="light" loading={apply.isPending && !apply.variables?.dryRun} onClick={() => apply.mutate({ id: a.id })} data-testid="rules-apply">
              {t('banking.rules.apply')}
            </Button>
            <Button leftSection={<IconPlus size={16} />} onClick={() => setEditing('new')} data-testid="new-rule">
              {t('banking.rules.add')}
            </Button>
          </>
        )
      }
    >
      <Text size="sm" c="dimmed" mb="md">
        {t('banking.rules.hint')}
      </Text>
      {apply.data && (
        <Alert mb="md" color={apply.data.failed.length ? 'yellow' : 'teal'} data-testid="rules-result">
          {apply.variables?.dryRun
            ? t('banking.rules.wouldApply', { n: formatNumber(apply.data.applied.length) })
            : t('banking.rules.applied', { n: formatNumber(apply.data.applied.length) })}
          {apply.data.failed.map((f) => (
            <Text key={f.bankLineId} size="sm">
              {f.rule}: {f.message}
            </Text>
          ))}
        </Alert>
      )}
      <ErrorAlert error={rules.error ?? apply.error ?? remove.error} />
      {rules.isPending && <LoadingState />}
      {rules.data && rules.data.items.length === 0 && <Text c="dimmed">{t('banking.rules.empty')}</Text>}
      {rules.data && rules.data.items.length > 0 && (
        <Table.ScrollContainer minWidth={860}>
          <Table striped data-testid="rules">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('banking.rules.priority')}</Table.Th>
                <Table.Th>{t('banking.rules.name')}</Table.Th>
                <Table.Th>{t('banking.rules.when')}</Table.Th>
                <Table.Th>{t('banking.rules.then')}</Table.Th>
                <Table.Th />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rules.data.items.map((r) => {
                const target = index.byId.get(r.accountId);
                return (
                  <Table.Tr key={r.id} data-testid="rule-row" style={{ opacity: r.active ? 1 : 0.6 }}>
                    <Table.Td>{formatNumber(r.priority)}</Table.Td>
                    <Table.Td>
                      <Text fw={600} size="sm">
                        {r.name}
                      </Text>
                      {!r.active && (
                        <Badge color="gray" variant="light">
                          {t('banking.rules.inactive')}
                        </Badge>
                      )}
                    </Table.Td>
                    <Table.Td>
                      {r.textContains && <Text size="sm">{t('banking.rules.containsText', { text: r.textContains })}</Text>}
                      {r.textPattern && (
                        <Text size="sm">
                          {t('banking.rules.matchesPattern')}{' '}
                          <span className="mono" dir="ltr">
                            {r.textPattern}
                          </span>
                        </Text>
                      )}
                      {(r.minAmount || r.maxAmount) && (
                        <Text size="sm">
                          {t('banking.rules.amountRange')} {r.minAmount ? <Amount value={r.minAmount} /> : '…'} –{' '}
                          {r.maxAmount ? <Amount value={r.maxAmount} /> : '…'}
                        </Text>
                      )}
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm">{target ? `${target.code} · ${nameIn(target, i18n.language)}` : r.accountId}</Text>
                      {r.dimensions.length > 0 && (
                        <Group gap={4} mt={2}>
                          {r.dimensions.map((d) => (
                            <Badge key={d} variant="outline" tt="none" size="sm">
                              {dimLabel(d)}
                            </Badge>
                          ))}
                        </Group>
                      )}
                      {r.memo && (
                        <Text size="xs" c="dimmed">
                          {r.memo}
                        </Text>
                      )}
                    </Table.Td>
                    <Table.Td>
                      {canChange && (
                        <Group gap={4} wrap="nowrap">
                          <Button size="compact-xs" variant="subtle" onClick={() => setEditing(r)} data-testid="edit-rule">
                            {t('common.edit')}
                          </Button>
                          <Button size="compact-xs" variant="subtle" color="red" onClick={() => setDeleting(r)} data-testid="delete-rule">
                            {t('common.delete')}
                          </Button>
                        </Group>
                      )}
                    </Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {editing && <RuleFormModal account={a} rule={editing === 'new' ? null : editing} onClose={() => setEditing(null)} />}
      <ConfirmDialog
        opened={deleting !== null}
        title={t('banking.rules.deleteTitle')}
        message={t('banking.rules.deleteMessage', { name: deleting?.name ?? '' })}
        confirmLabel={t('common.delete')}
        danger
        loading={remove.isPending}
        onConfirm={() => deleting && remove.mutate(deleting.id, { onSuccess: () => setDeleting(null) })}
        onClose={() => setDeleting(null)}
      />
    </BankingPage>
  );
}
