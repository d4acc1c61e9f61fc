import { Stack, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/error-alert';
import { LoadingState } from '../../../components/loading-state';
import { PaginationBar } from '../../../components/pagination-bar';
import { formatDateTime, formatNumber } from '../../../lib/format';
import { useMe } from '../../auth/api/get-me';
import { hasPermission } from '../../auth/types';
import { Amount } from '../../ledger/components/amount';
import { AnchorLink } from '../../ledger/components/links';
import { useStatements } from '../api/statements';
import { BankingPage } from '../components/banking-page';
import { ContinuityBadge } from '../components/continuity-badge';
import { CsvMappingForm } from '../components/csv-mapping-form';
import { StatementUpload } from '../components/statement-upload';
import { useBankAccountParam } from '../components/use-bank-account-param';

const PAGE_SIZE = 20;

/** One bank account's statements (latest first) with balances and continuity, the upload, and the CSV mapping. */
export function StatementsPage() {
  const { t } = useTranslation();
  const { data: me } = useMe();
  const { accountId, account } = useBankAccountParam();
  const [page, setPage] = useState(1);
  const statements = useStatements(accountId, { page, pageSize: PAGE_SIZE });
  if (account.isPending) return <LoadingState />;
  if (!account.data) return <ErrorAlert error={account.error} />;
  const a = account.data;

  return (
    <BankingPage title={a.name} account={a} tab="statements">
      <Text size="sm" c="dimmed" mb="md">
        {a.bank} · <span dir="ltr">{a.iban ?? a.accountNumber}</span> · {a.currency}
      </Text>
      <Stack gap="lg">
        {hasPermission(me, 'banking.import') && <StatementUpload account={a} />}
        <div>
          <Text fw={600} mb="xs">
            {t('banking.statements.title')}
          </Text>
          {statements.isPending && <LoadingState />}
          <ErrorAlert error={statements.error} />
          {statements.data && statements.data.total === 0 && <Text c="dimmed">{t('banking.statements.empty')}</Text>}
          {statements.data && statements.data.total > 0 && (
            <>
              <Table.ScrollContainer minWidth={900}>
                <Table striped data-testid="statements">
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th>{t('banking.statements.period')}</Table.Th>
                      <Table.Th>{t('banking.statements.reference')}</Table.Th>
                      <Table.Th>{t('banking.statements.format')}</Table.Th>
                      <Table.Th ta="end">{t('banking.statements.opening')}</Table.Th>
                      <Table.Th ta="end">{t('banking.statements.closing')}</Table.Th>
                      <Table.Th ta="end">{t('banking.statements.lines')}</Table.Th>
                      <Table.Th>{t('banking.statements.continuity')}</Table.Th>
                      <Table.Th>{t('banking.statements.imported')}</Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {statements.data.items.map((s) => (
                      <Table.Tr key={s.id} data-testid="statement-row">
                        <Table.Td>
                          <span dir="ltr" style={{ whiteSpace: 'nowrap' }}>
                            {s.from} – {s.to}
                          </span>
                        </Table.Td>
                        <Table.Td>
                          <AnchorLink
                            to="/banking/accounts/$accountId/statements/$statementId"
                            params={{ accountId: a.id, statementId: s.id }}
                            className="mono"
                          >
                            {s.reference ?? `${s.from} – ${s.to}`}
                          </AnchorLink>
                          <Text size="xs" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
                            {s.fileName}
                          </Text>
                        </Table.Td>
                        <Table.Td>{t(`banking.formats.${s.format}`, { defaultValue: s.format })}</Table.Td>
                        <Table.Td ta="end">{s.openingBalance ? <Amount value={s.openingBalance} /> : '—'}</Table.Td>
                        <Table.Td ta="end">{s.closingBalance ? <Amount value={s.closingBalance} /> : '—'}</Table.Td>
                        <Table.Td ta="end">{formatNumber(s.lineCount)}</Table.Td>
                        <Table.Td>
                          <ContinuityBadge statement={s} />
                        </Table.Td>
                        <Table.Td>
                          <Text size="xs">{formatDateTime(s.importedAt)}</Text>
                          <Text size="xs" c="dimmed">
                            {s.importedBy}
                          </Text>
                        </Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              </Table.ScrollContainer>
              <PaginationBar page={page} pageSize={PAGE_SIZE} total={statements.data.total} onChange={setPage} />
            </>
          )}
        </div>
        {hasPermission(me, 'banking.admin') && <CsvMappingForm key={a.id} account={a} />}
      </Stack>
    </BankingPage>
  );
}
