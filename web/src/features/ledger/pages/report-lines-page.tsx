import { Button, Group, Table, Text } from '@mantine/core';
import { useSearch } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/error-alert';
import { LoadingState } from '../../../components/loading-state';
import { useReportLines } from '../api/get-report-lines';
import { Amount } from '../components/amount';
import { LedgerPage } from '../components/ledger-page';
import { AnchorLink } from '../components/links';
import { nameIn } from '../names';
import { rangeText } from '../reports/report-dates';
import { useAccountsIndex } from '../use-accounts-index';

/** The posted lines behind a report figure, newest page last ("load more" follows the cursor). */
export function ReportLinesPage() {
  const { t, i18n } = useTranslation();
  const search = useSearch({ from: '/app/ledger/reports/lines' });
  const { index } = useAccountsIndex();
  const accountId = search.accountId;
  const lines = useReportLines(
    {
      accountId: accountId ?? '',
      currency: search.currency ?? null,
      from: search.from ?? null,
      to: search.to ?? '',
      dim1: search.dim1,
      dim2: search.dim2,
      dim3: search.dim3,
    },
    accountId !== undefined && search.to !== undefined,
  );
  const items = lines.data?.pages.flatMap((p) => p.items) ?? [];
  const accounts = (accountId ?? '')
    .split(',')
    .map((id) => index.byId.get(id))
    .filter((a) => a !== undefined);

  return (
    <LedgerPage title={t('ledger.reports.lines.title')}>
      {!accountId ? (
        <Text c="dimmed">{t('ledger.reports.lines.missing')}</Text>
      ) : (
        <>
          <Group gap="lg" mb="md" wrap="wrap" data-testid="lines-filter">
            <Text size="sm">
              {t('ledger.reports.lines.accounts')}: {accounts.map((a) => `${a.code} · ${nameIn(a, i18n.language)}`).join('، ')}
            </Text>
            {search.currency && (
              <Text size="sm" className="mono">
                {search.currency}
              </Text>
            )}
            <Text size="sm" className="mono" dir="ltr" style={{ unicodeBidi: 'isolate' }}>
              {search.to ? rangeText(search.from, search.to) : ''}
            </Text>
          </Group>
          {lines.isPending && <LoadingState />}
          <ErrorAlert error={lines.error} />
          {lines.data && (
            <>
              <Table.ScrollContainer minWidth={720}>
                <Table striped highlightOnHover data-testid="report-lines">
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th>{t('ledger.reports.date')}</Table.Th>
                      <Table.Th>{t('ledger.reports.number')}</Table.Th>
                      <Table.Th>{t('ledger.account.code')}</Table.Th>
                      <Table.Th>{t('ledger.reports.memo')}</Table.Th>
                      <Table.Th ta="end">{t('ledger.form.debit')}</Table.Th>
                      <Table.Th ta="end">{t('ledger.form.credit')}</Table.Th>
                      <Table.Th>{t('ledger.form.currency')}</Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {items.map((l) => (
                      <Table.Tr key={l.lineId} data-testid="report-line">
                        <Table.Td>
                          <span className="mono">{l.date}</span>
                        </Table.Td>
                        <Table.Td>
                          <AnchorLink to="/ledger/entries/$entryId" params={{ entryId: l.entryId }} className="mono" size="sm" data-testid="line-entry">
                            {l.number}
                          </AnchorLink>
                        </Table.Td>
                        <Table.Td>
                          <span className="mono">{l.accountCode}</span>
                        </Table.Td>
                        <Table.Td>{l.memo ?? l.entryMemo ?? ''}</Table.Td>
                        <Table.Td ta="end">{l.debit && <Amount value={l.debit} />}</Table.Td>
                        <Table.Td ta="end">{l.credit && <Amount value={l.credit} />}</Table.Td>
                        <Table.Td>
                          <span className="mono">{l.currency}</span>
                        </Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              </Table.ScrollContainer>
              {items.length === 0 ? (
                <Text c="dimmed">{t('ledger.reports.lines.none')}</Text>
              ) : (
                <Text size="sm" c="dimmed" mt="xs" data-testid="lines-count">
                  {t('ledger.reports.lines.shown', { count: items.length })}
                </Text>
              )}
              {lines.hasNextPage && (
                <Button variant="default" mt="md" onClick={() => lines.fetchNextPage()} loading={lines.isFetchingNextPage} data-testid="load-more">
                  {t('ledger.reports.loadMore')}
                </Button>
              )}
            </>
          )}
        </>
      )}
    </LedgerPage>
  );
}
