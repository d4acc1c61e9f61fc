import { Button, Select, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/error-alert';
import { LoadingState } from '../../../components/loading-state';
import { useRegister } from '../api/get-register';
import { Amount } from '../components/amount';
import { Balance } from '../components/balance';
import { DimensionFilters } from '../components/dimension-filters';
import { ExportButtons } from '../components/export-buttons';
import { AnchorLink } from '../components/links';
import { nameIn } from '../names';
import type { DimFilter } from '../report-types';
import { useAccountsIndex } from '../use-accounts-index';
import { DateField, ReportFilters } from './report-filters';

type Patch = { from?: string; to?: string; accountId?: string } & DimFilter;
type Props = { accountId?: string; from: string; to: string; dim: DimFilter; onChange: (patch: Patch) => void };

/** One account's lines with the running balance, a page at a time (the API's keyset cursor). */
export function RegisterView({ accountId, from, to, dim, onChange }: Props) {
  const { t, i18n } = useTranslation();
  const { index } = useAccountsIndex();
  const query = { accountId: accountId ?? '', from, to, ...dim };
  const register = useRegister(query, accountId !== undefined);
  const pages = register.data?.pages ?? [];
  const first = pages[0];
  const items = pages.flatMap((p) => p.items);
  const perCurrency = first?.currency !== null;
  return (
    <>
      <ReportFilters
        actions={
          accountId && <ExportButtons report="register" query={query} fileName={`register-${index.byId.get(accountId)?.code ?? 'account'}-${from}-${to}`} />
        }
      >
        <Select
          label={t('ledger.reports.account')}
          data={index.list.map((a) => ({ value: a.id, label: `${a.code} · ${nameIn(a, i18n.language)}` }))}
          value={accountId ?? null}
          onChange={(v) => onChange({ accountId: v ?? undefined })}
          searchable
          w={{ base: '100%', xs: 300 }}
          data-testid="register-account"
        />
        <DateField label={t('ledger.reports.from')} value={from} onChange={(v) => onChange({ from: v })} testId="report-from" />
        <DateField label={t('ledger.reports.to')} value={to} onChange={(v) => onChange({ to: v })} testId="report-to" />
        <DimensionFilters value={dim} onChange={(d) => onChange(d)} />
      </ReportFilters>
      {!accountId && <Text c="dimmed">{t('ledger.reports.pickAccount')}</Text>}
      {accountId && register.isPending && <LoadingState />}
      <ErrorAlert error={register.error} />
      {first && (
        <>
          <Table.ScrollContainer minWidth={720}>
            <Table striped highlightOnHover data-testid="register">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('ledger.reports.date')}</Table.Th>
                  <Table.Th>{t('ledger.reports.number')}</Table.Th>
                  <Table.Th>{t('ledger.reports.memo')}</Table.Th>
                  <Table.Th ta="end">{t('ledger.form.debit')}</Table.Th>
                  <Table.Th ta="end">{t('ledger.form.credit')}</Table.Th>
                  <Table.Th ta="end">{t('ledger.reports.balance')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                <Table.Tr data-testid="register-opening">
                  <Table.Td colSpan={5}>{t('ledger.reports.broughtForward')}</Table.Td>
                  <Table.Td ta="end">
                    <Balance value={perCurrency ? (first.opening.balance ?? '0') : first.opening.baseBalance} />
                  </Table.Td>
                </Table.Tr>
                {items.map((l) => (
                  <Table.Tr key={l.lineId} data-testid="register-row">
                    <Table.Td>
                      <span className="mono">{l.date}</span>
                    </Table.Td>
                    <Table.Td>
                      <AnchorLink to="/ledger/entries/$entryId" params={{ entryId: l.entryId }} className="mono" size="sm">
                        {l.number}
                      </AnchorLink>
                    </Table.Td>
                    <Table.Td>{l.memo ?? l.entryMemo ?? ''}</Table.Td>
                    <Table.Td ta="end">{l.debit && <Amount value={l.debit} currency={perCurrency ? undefined : l.currency} />}</Table.Td>
                    <Table.Td ta="end">{l.credit && <Amount value={l.credit} currency={perCurrency ? undefined : l.currency} />}</Table.Td>
                    <Table.Td ta="end">
                      <Balance value={perCurrency ? (l.balance ?? '0') : l.baseBalance} />
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
          {items.length === 0 && <Text c="dimmed">{t('ledger.reports.empty')}</Text>}
          {register.hasNextPage && (
            <Button variant="default" mt="md" onClick={() => register.fetchNextPage()} loading={register.isFetchingNextPage} data-testid="load-more">
              {t('ledger.reports.loadMore')}
            </Button>
          )}
        </>
      )}
    </>
  );
}
