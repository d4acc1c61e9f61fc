import { Badge, Paper, SimpleGrid, Stack, Table, Text } from '@mantine/core';
import { useParams } from '@tanstack/react-router';
import { useState } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/error-alert';
import { LoadingState } from '../../../components/loading-state';
import { PaginationBar } from '../../../components/pagination-bar';
import { formatDateTime, formatNumber } from '../../../lib/format';
import { Amount } from '../../ledger/components/amount';
import { useStatement } from '../api/statements';
import { BankingPage } from '../components/banking-page';
import { ContinuityBadge } from '../components/continuity-badge';
import { Figure } from '../components/figure';
import { useBankAccountParam } from '../components/use-bank-account-param';
import type { Statement } from '../types';

const PAGE_SIZE = 50;

/** One imported statement: its balances and continuity, then the lines it added, a page at a time, each marked matched or not. */
export function StatementPage() {
  const { t } = useTranslation();
  const { account } = useBankAccountParam();
  const { statementId } = useParams({ strict: false }) as { statementId: string };
  const [page, setPage] = useState(1);
  const data = useStatement(statementId, { page, pageSize: PAGE_SIZE });
  if (account.isPending || data.isPending) return <LoadingState />;
  if (!account.data) return <ErrorAlert error={account.error} />;
  if (!data.data) return <ErrorAlert error={data.error} />;
  const { statement: s, lines, total } = data.data;

  return (
    <BankingPage title={<StatementTitle statement={s} />} account={account.data}>
      <Stack gap="lg">
        <Paper withBorder p="md">
          <SimpleGrid cols={{ base: 2, sm: 3, lg: 5 }}>
            <Figure label={t('banking.statements.opening')} testId="statement-opening">
              {s.openingBalance ? <Amount value={s.openingBalance} /> : '—'}
            </Figure>
            <Figure label={t('banking.statements.credits')}>
              <Amount value={s.totalCredits} />
            </Figure>
            <Figure label={t('banking.statements.debits')}>
              <Amount value={s.totalDebits} />
            </Figure>
            <Figure label={t('banking.statements.closing')} testId="statement-closing">
              {s.closingBalance ? <Amount value={s.closingBalance} /> : '—'}
            </Figure>
            <Figure label={t('banking.statements.continuity')}>
              <ContinuityBadge statement={s} />
            </Figure>
          </SimpleGrid>
          <Text size="xs" c="dimmed" mt="sm">
            {[
              `${t('banking.statements.period')}: `,
              <bdi key="period" dir="ltr">
                {s.from} – {s.to}
              </bdi>,
              ' · ',
              <bdi key="format">{t(`banking.formats.${s.format}`, { defaultValue: s.format })}</bdi>,
              ' · ',
              <bdi key="file" style={{ overflowWrap: 'anywhere' }}>
                {s.fileName}
              </bdi>,
              ' · ',
              <bdi key="at">{formatDateTime(s.importedAt)}</bdi>,
              ' · ',
              <bdi key="by">{s.importedBy}</bdi>,
            ]}
          </Text>
          <Text size="sm" mt="xs" data-testid="statement-new-lines">
            {t('banking.statements.newLines', { count: s.newLineCount, total: formatNumber(s.lineCount) })}
          </Text>
        </Paper>
        <div>
          <Text fw={600} mb="xs">
            {t('banking.statements.linesTitle')}
          </Text>
          {total === 0 ? (
            <Text c="dimmed">{t('banking.statements.noLines')}</Text>
          ) : (
            <>
              <Table.ScrollContainer minWidth={860}>
                <Table striped data-testid="statement-lines">
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th>{t('banking.statements.date')}</Table.Th>
                      <Table.Th>{t('banking.statements.text')}</Table.Th>
                      <Table.Th>{t('banking.statements.counterparty')}</Table.Th>
                      <Table.Th>{t('banking.statements.bankRef')}</Table.Th>
                      <Table.Th ta="end">{t('banking.statements.amount')}</Table.Th>
                      <Table.Th>{t('banking.statements.status')}</Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {lines.map((l) => (
                      <Table.Tr key={l.id} data-testid="statement-line">
                        <Table.Td>
                          <span dir="ltr" style={{ whiteSpace: 'nowrap' }}>
                            {l.bookingDate}
                          </span>
                          {l.valueDate && l.valueDate !== l.bookingDate && (
                            <Text size="xs" c="dimmed" title={t('banking.statements.valueDate')}>
                              <span dir="ltr">{l.valueDate}</span>
                            </Text>
                          )}
                        </Table.Td>
                        <Table.Td style={{ overflowWrap: 'anywhere' }}>{l.text}</Table.Td>
                        <Table.Td>{l.counterparty ?? '—'}</Table.Td>
                        <Table.Td>
                          <span className="mono" style={{ overflowWrap: 'anywhere' }}>
                            {l.bankRef ?? l.entryRef ?? l.endToEndId ?? '—'}
                          </span>
                        </Table.Td>
                        <Table.Td ta="end">
                          <Amount value={l.amount} />
                        </Table.Td>
                        <Table.Td>
                          {l.matchId ? (
                            <Badge color="teal" variant="light">
                              {t('banking.statements.matched')}
                            </Badge>
                          ) : (
                            <Badge color="gray" variant="light">
                              {t('banking.statements.unmatched')}
                            </Badge>
                          )}
                        </Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              </Table.ScrollContainer>
              <PaginationBar page={page} pageSize={PAGE_SIZE} total={total} onChange={setPage} />
            </>
          )}
        </div>
      </Stack>
    </BankingPage>
  );
}

/** "Statement STMT-2024-04-A/4": the reference (or the dates) isolated left to right, so an Arabic title keeps it whole. */
function StatementTitle({ statement: s }: { statement: Statement }) {
  const num = <bdi dir="ltr" style={{ overflowWrap: 'anywhere' }} />;
  return s.reference ? (
    <Trans i18nKey="banking.statements.detailTitle" values={{ reference: s.reference }} components={{ num }} />
  ) : (
    <Trans i18nKey="banking.statements.noReference" values={{ from: s.from, to: s.to }} components={{ num }} />
  );
}
