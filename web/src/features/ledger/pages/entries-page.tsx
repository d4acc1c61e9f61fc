import { Button, Table, Text } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { Link, useNavigate, useSearch } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/error-alert';
import { LoadingState } from '../../../components/loading-state';
import { PaginationBar } from '../../../components/pagination-bar';
import { useMe } from '../../auth/api/get-me';
import { hasPermission } from '../../auth/types';
import { useEntries } from '../api/get-entries';
import { useJournals } from '../api/get-journals';
import { accountLabel } from '../components/account-picker';
import { EntryFiltersForm } from '../components/entry-filters';
import { EntryStatusBadge } from '../components/entry-status-badge';
import { LedgerPage } from '../components/ledger-page';
import { AnchorLink } from '../components/links';
import { useAccountsIndex } from '../use-accounts-index';

const pageSize = 25;

/** Entries newest first, filtered by what the address says (the trial balance links here). */
export function EntriesPage() {
  const { t, i18n } = useTranslation();
  const { data: me } = useMe();
  const search = useSearch({ from: '/app/ledger/entries' });
  const navigate = useNavigate({ from: '/ledger/entries' });
  const { page = 1, ...filters } = search;
  const entries = useEntries({ ...filters, page, pageSize });
  const journals = useJournals();
  const { index } = useAccountsIndex();
  const canWrite = hasPermission(me, 'ledger.write') || hasPermission(me, 'ledger.post');
  const account = filters.accountId ? index.byId.get(filters.accountId) : undefined;

  return (
    <LedgerPage
      title={t('ledger.entries.title')}
      actions={
        canWrite && (
          <Button component={Link} to="/ledger/entries/new" leftSection={<IconPlus size={16} />} data-testid="new-entry">
            {t('ledger.home.newEntry')}
          </Button>
        )
      }
    >
      <EntryFiltersForm
        key={JSON.stringify(filters)}
        value={filters}
        journals={journals.data?.items ?? []}
        accounts={index.list}
        onApply={(next) => navigate({ search: { ...next, page: undefined } })}
      />
      {account && (
        <Text size="sm" mb="xs" data-testid="filter-summary">
          {t('ledger.entries.forAccount', { account: accountLabel(account, i18n.language) })}
          {filters.to ? ` · ${t('ledger.entries.upTo', { date: filters.to })}` : ''}
        </Text>
      )}
      {entries.isPending && <LoadingState />}
      <ErrorAlert error={entries.error} />
      {entries.data && (
        <>
          <Table.ScrollContainer minWidth={360}>
            <Table striped highlightOnHover data-testid="entries-table">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('ledger.entry.date')}</Table.Th>
                  <Table.Th>{t('ledger.entry.number')}</Table.Th>
                  <Table.Th visibleFrom="sm">{t('ledger.entry.journal')}</Table.Th>
                  <Table.Th>{t('ledger.entry.memo')}</Table.Th>
                  <Table.Th visibleFrom="sm">{t('ledger.entry.reference')}</Table.Th>
                  <Table.Th>{t('common.status')}</Table.Th>
                  <Table.Th visibleFrom="sm">{t('ledger.entry.author')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {entries.data.items.map((e) => (
                  <Table.Tr key={e.id} data-testid="entry-row">
                    <Table.Td style={{ whiteSpace: 'nowrap' }}>
                      <span className="mono">{e.date}</span>
                    </Table.Td>
                    <Table.Td style={{ whiteSpace: 'nowrap' }}>
                      <AnchorLink to="/ledger/entries/$entryId" params={{ entryId: e.id }} className="mono" data-testid="entry-link">
                        {e.number ?? t('ledger.entry.unnumbered')}
                      </AnchorLink>
                    </Table.Td>
                    <Table.Td visibleFrom="sm">
                      <span className="mono">{e.journalCode}</span>
                    </Table.Td>
                    <Table.Td style={{ minWidth: '8rem' }}>{e.memo ?? ''}</Table.Td>
                    <Table.Td visibleFrom="sm">{e.reference ?? ''}</Table.Td>
                    <Table.Td>
                      <EntryStatusBadge status={e.status} reversal={e.reversesEntryId !== null} />
                    </Table.Td>
                    <Table.Td visibleFrom="sm">{e.author}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
          {entries.data.items.length === 0 && <Text c="dimmed">{t('ledger.entries.none')}</Text>}
          <PaginationBar
            page={page}
            pageSize={pageSize}
            total={entries.data.total}
            onChange={(p) => navigate({ search: { ...search, page: p > 1 ? p : undefined } })}
          />
        </>
      )}
    </LedgerPage>
  );
}
