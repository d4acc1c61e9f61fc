import { Badge, Button, Checkbox, Group, Table, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconDownload, IconPlus, IconSearch, IconUpload } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/error-alert';
import { LoadingState } from '../../../components/loading-state';
import { PaginationBar } from '../../../components/pagination-bar';
import { useMe } from '../../auth/api/get-me';
import { hasPermission } from '../../auth/types';
import { useExportChart } from '../api/export-chart';
import { useAccounts } from '../api/get-accounts';
import { useTrialBalance } from '../api/get-trial-balance';
import { rolledUpBalances } from '../chart-balances';
import { AccountActions } from '../components/account-actions';
import { AccountFormModal } from '../components/account-form-modal';
import { Balance } from '../components/balance';
import { ChartImportModal } from '../components/chart-import-modal';
import { LedgerPage } from '../components/ledger-page';
import { todayIn } from '../dates';
import { nameIn } from '../names';
import type { Account } from '../types';
import { useAccountsIndex } from '../use-accounts-index';

const pageSize = 50;

/** The chart as a tree with today's balances; a search lists matching accounts a page at a time. */
export function ChartPage() {
  const { t, i18n } = useTranslation();
  const { data: me } = useMe();
  const canAdmin = hasPermission(me, 'ledger.admin');
  const [page, setPage] = useState(1);
  const [search, setSearch] = useState('');
  const [q] = useDebouncedValue(search.trim(), 300);
  const [showArchived, setShowArchived] = useState(false);
  const [editing, setEditing] = useState<Account | null | undefined>(undefined);
  const [importing, setImporting] = useState(false);
  const { index, query: tree } = useAccountsIndex();
  const found = useAccounts({ page, pageSize, q, active: showArchived ? undefined : 'true' }, q !== '');
  const tb = useTrialBalance(todayIn(me?.company?.timeZone));
  const exportChart = useExportChart();
  const balances = useMemo(() => rolledUpBalances(index.byId, tb.data), [index.byId, tb.data]);

  const treeRows = index.list.filter((a) => showArchived || a.active);
  const rows: (Account & { depth: number })[] = q
    ? (found.data?.items ?? []).map((a) => ({ ...a, depth: 0 }))
    : treeRows.slice((page - 1) * pageSize, page * pageSize);
  const total = q ? (found.data?.total ?? 0) : treeRows.length;
  const base = tb.data?.baseCurrency ?? me?.company?.baseCurrency ?? '';

  return (
    <LedgerPage
      title={t('ledger.chart.title')}
      actions={
        <>
          <Button
            variant="default"
            leftSection={<IconDownload size={16} />}
            onClick={() => exportChart.mutate()}
            loading={exportChart.isPending}
            data-testid="export-chart"
          >
            {t('ledger.chart.export')}
          </Button>
          {canAdmin && (
            <Button variant="default" leftSection={<IconUpload size={16} />} onClick={() => setImporting(true)} data-testid="import-chart">
              {t('ledger.chart.import')}
            </Button>
          )}
          {canAdmin && (
            <Button leftSection={<IconPlus size={16} />} onClick={() => setEditing(null)} data-testid="create-account">
              {t('ledger.chart.create')}
            </Button>
          )}
        </>
      }
    >
      <Group mb="md" align="flex-end" wrap="wrap">
        <TextInput
          label={t('ledger.chart.search')}
          leftSection={<IconSearch size={16} />}
          type="search"
          value={search}
          onChange={(e) => {
            setSearch(e.currentTarget.value);
            setPage(1);
          }}
          w={320}
          maw="100%"
          data-testid="chart-search"
        />
        <Checkbox
          label={t('ledger.chart.showArchived')}
          checked={showArchived}
          onChange={(e) => {
            setShowArchived(e.currentTarget.checked);
            setPage(1);
          }}
          mb={8}
        />
      </Group>
      {(tree.isPending || (q && found.isPending)) && <LoadingState />}
      <ErrorAlert error={tree.error ?? found.error} />
      {!tree.isPending && (
        <>
          <Table.ScrollContainer minWidth={420}>
            <Table highlightOnHover data-testid="chart-table">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('ledger.account.code')}</Table.Th>
                  <Table.Th>{t('ledger.account.name')}</Table.Th>
                  <Table.Th visibleFrom="sm">{t('ledger.account.type')}</Table.Th>
                  <Table.Th ta="end">{t('ledger.chart.balance', { currency: base })}</Table.Th>
                  <Table.Th>
                    <span className="visually-hidden">{t('common.actions')}</span>
                  </Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {rows.map((a) => (
                  <Table.Tr key={a.id} data-testid="account-row" data-code={a.code} style={{ opacity: a.active ? 1 : 0.6 }}>
                    <Table.Td fw={a.postable ? 400 : 700} style={{ paddingInlineStart: `calc(var(--mantine-spacing-xs) + ${a.depth * 1.1}rem)` }}>
                      <span className="mono">{a.code}</span>
                    </Table.Td>
                    <Table.Td fw={a.postable ? 400 : 700}>
                      {nameIn(a, i18n.language)}
                      {a.currency && (
                        <Text span size="xs" c="dimmed" className="mono">
                          {' '}
                          {a.currency}
                        </Text>
                      )}
                      {!a.active && (
                        <Badge ms="xs" size="xs" color="gray" variant="outline" tt={i18n.language === 'ar' ? 'none' : undefined}>
                          {t('ledger.chart.archived')}
                        </Badge>
                      )}
                    </Table.Td>
                    <Table.Td visibleFrom="sm">
                      <Text size="sm">{t(`ledger.types.${a.type}`)}</Text>
                      <Text size="xs" c="dimmed">
                        {t(`ledger.subtypes.${a.subtype}`)}
                      </Text>
                    </Table.Td>
                    <Table.Td ta="end">
                      {balances.has(a.id) ? (
                        <Balance value={balances.get(a.id) ?? '0'} fw={a.postable ? 400 : 700} />
                      ) : (
                        <Text span c="dimmed">
                          —
                        </Text>
                      )}
                    </Table.Td>
                    <Table.Td>
                      <AccountActions account={a} canAdmin={canAdmin} onEdit={setEditing} />
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
          {rows.length === 0 && <Text c="dimmed">{q ? t('ledger.chart.noMatch') : t('ledger.home.noChartTitle')}</Text>}
          <PaginationBar page={page} pageSize={pageSize} total={total} onChange={setPage} />
        </>
      )}
      {editing !== undefined && <AccountFormModal opened account={editing} accounts={index.list} onClose={() => setEditing(undefined)} />}
      <ChartImportModal opened={importing} onClose={() => setImporting(false)} />
    </LedgerPage>
  );
}
