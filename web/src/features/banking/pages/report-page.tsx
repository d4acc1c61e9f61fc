import { Badge, Button, Card, Group, SimpleGrid, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { IconCheck, IconDownload, IconX } from '@tabler/icons-react';
import { useNavigate, useSearch } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/error-alert';
import { LoadingState } from '../../../components/loading-state';
import { formatNumber } from '../../../lib/format';
import { useMe } from '../../auth/api/get-me';
import { Amount } from '../../ledger/components/amount';
import { isIsoDate, todayIn } from '../../ledger/dates';
import { isZeroDecimal } from '../../ledger/money';
import { useReconciliation } from '../api/matching';
import { BankingPage } from '../components/banking-page';
import { Figure } from '../components/figure';
import { useBankAccountParam } from '../components/use-bank-account-param';
import { reconciliationCsv, saveCsv } from '../report-csv';
import type { Reconciliation } from '../types';

const negate = (d: string) => (isZeroDecimal(d) ? d : d.startsWith('-') ? d.slice(1) : `-${d}`);

function Outstanding({ title, side, testId }: { title: string; side: Reconciliation['unmatchedBank']; testId: string }) {
  const { t } = useTranslation();
  return (
    <Card withBorder padding="md" data-testid={testId}>
      <Group justify="space-between" mb="xs" wrap="wrap">
        <Text fw={600}>{title}</Text>
        <Text size="sm">
          {t('banking.report.items', { n: formatNumber(side.count) })} · <Amount value={side.total} fw={600} />
        </Text>
      </Group>
      {side.count === 0 ? (
        <Text c="dimmed" size="sm">
          {t('banking.report.noItems')}
        </Text>
      ) : (
        <Table.ScrollContainer minWidth={360} mah={420}>
          <Table striped>
            <Table.Tbody>
              {side.items.map((i) => (
                <Table.Tr key={i.id}>
                  <Table.Td>
                    <Text size="sm" dir="ltr" style={{ whiteSpace: 'nowrap' }}>
                      {i.date}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
                      {i.text || '—'}
                    </Text>
                  </Table.Td>
                  <Table.Td ta="end">
                    <Amount value={i.amount} />
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {side.items.length < side.count && (
        <Text size="xs" c="dimmed" mt="xs">
          {t('banking.report.firstItems', { shown: formatNumber(side.items.length), total: formatNumber(side.count) })}
        </Text>
      )}
    </Card>
  );
}

/**
 * The reconciliation report of one bank account at a date: statement balance against the ledger
 * balance, the outstanding items of each side, and the difference explained line by line.
 */
export function ReportPage() {
  const { t } = useTranslation();
  const { data: me } = useMe();
  const { accountId, account } = useBankAccountParam();
  const search = useSearch({ strict: false }) as { asOf?: string };
  const navigate = useNavigate();
  const asOf = search.asOf ?? todayIn(me?.company?.timeZone);
  const report = useReconciliation(accountId, asOf);
  if (account.isPending) return <LoadingState />;
  if (!account.data) return <ErrorAlert error={account.error} />;
  const a = account.data;
  const r = report.data;
  const explained = r
    ? [
        { key: 'unmatchedBank', label: t('banking.report.lessBank', { n: formatNumber(r.unmatchedBank.count) }), value: r.unmatchedBank.total },
        { key: 'unmatchedLedger', label: t('banking.report.plusLedger', { n: formatNumber(r.unmatchedLedger.count) }), value: negate(r.unmatchedLedger.total) },
        { key: 'timing', label: t('banking.report.timing'), value: r.timing },
        { key: 'unexplained', label: t('banking.report.unexplained'), value: r.unexplained },
      ]
    : [];
  const download = () => {
    if (!r) return;
    const labels = {
      statementBalance: t('banking.report.statementBalance'),
      ledgerBalance: t('banking.report.ledgerBalance'),
      difference: t('banking.report.difference'),
      unmatchedBank: t('banking.report.outstandingBank'),
      unmatchedLedger: t('banking.report.outstandingLedger'),
      timing: t('banking.report.timing'),
      unexplained: t('banking.report.unexplained'),
      side: t('banking.report.side'),
      date: t('banking.report.date'),
      amount: t('banking.report.amount'),
      text: t('banking.report.text'),
      bank: t('banking.reconcile.bankSide'),
      ledger: t('banking.reconcile.ledgerSide'),
    };
    saveCsv(reconciliationCsv(r, labels), `reconciliation-${a.name.replace(/[^\p{L}\p{N}]+/gu, '-')}-${r.asOf}.csv`);
  };

  return (
    <BankingPage
      title={t('banking.report.title')}
      account={a}
      tab="report"
      actions={
        <Button variant="default" leftSection={<IconDownload size={16} />} disabled={!r} onClick={download} data-testid="report-csv">
          {t('banking.report.csv')}
        </Button>
      }
    >
      <Group align="flex-end" mb="md" wrap="wrap">
        <TextInput
          label={t('banking.report.asOf')}
          type="date"
          value={asOf}
          onChange={(e) => {
            const value = e.currentTarget.value;
            if (isIsoDate(value)) navigate({ to: '/banking/accounts/$accountId/report', params: { accountId }, search: { asOf: value } });
          }}
          data-testid="report-as-of"
        />
        {r && (
          <Badge
            size="lg"
            tt="none"
            color={r.reconciled ? 'teal' : 'yellow'}
            variant="light"
            leftSection={r.reconciled ? <IconCheck size={14} /> : <IconX size={14} />}
            data-testid="report-status"
            data-reconciled={r.reconciled}
          >
            {r.reconciled ? t('banking.report.reconciled') : t('banking.report.notReconciled')}
          </Badge>
        )}
      </Group>
      {report.isPending && <LoadingState />}
      <ErrorAlert error={report.error} />
      {r && (
        <Stack gap="lg">
          <Card withBorder padding="md">
            <SimpleGrid cols={{ base: 1, xs: 3 }}>
              <Figure label={t('banking.report.statementBalance')} testId="report-statement-balance">
                <Amount value={r.statementBalance} currency={r.currency} fw={700} size="lg" />
                <Text size="xs" c="dimmed" fw={400}>
                  {t(`banking.report.from.${r.statementBalanceFrom}`)}
                </Text>
                {r.startDate && (
                  <Text size="xs" c="dimmed" fw={400} data-testid="report-statement-opening">
                    {t('banking.report.statementOpening', { date: r.startDate })} <Amount value={r.statementOpening} size="xs" />
                  </Text>
                )}
              </Figure>
              <Figure label={t('banking.report.ledgerBalance')} testId="report-ledger-balance">
                <Amount value={r.ledgerBalance} currency={r.currency} fw={700} size="lg" />
                {r.startDate && (
                  <Text size="xs" c="dimmed" fw={400} data-testid="report-ledger-opening">
                    {t('banking.report.ledgerOpening', { date: r.startDate })} <Amount value={r.ledgerOpening} size="xs" />
                  </Text>
                )}
              </Figure>
              <Figure label={t('banking.report.difference')} testId="report-difference">
                <Amount value={r.difference} currency={r.currency} fw={700} size="lg" c={isZeroDecimal(r.difference) ? 'teal.8' : undefined} />
              </Figure>
            </SimpleGrid>
          </Card>
          <Card withBorder padding="md" data-testid="report-explained">
            <Title order={2} size="h4" mb="xs">
              {t('banking.report.explained')}
            </Title>
            <Table>
              <Table.Tbody>
                <Table.Tr>
                  <Table.Td>{t('banking.report.difference')}</Table.Td>
                  <Table.Td ta="end">
                    <Amount value={r.difference} fw={600} />
                  </Table.Td>
                </Table.Tr>
                {explained.map((line) => (
                  <Table.Tr key={line.key} data-testid={`explain-${line.key}`} style={line.key === 'unexplained' ? { fontWeight: 700 } : undefined}>
                    <Table.Td>{line.label}</Table.Td>
                    <Table.Td ta="end">
                      <Amount
                        value={line.value}
                        fw={line.key === 'unexplained' ? 700 : 400}
                        c={line.key === 'unexplained' && !isZeroDecimal(line.value) ? 'red.8' : undefined}
                      />
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
            {!isZeroDecimal(r.unexplained) && (
              <Text size="sm" c="dimmed" mt="xs" data-testid="unexplained-hint">
                {t('banking.report.unexplainedHint')}
              </Text>
            )}
          </Card>
          <SimpleGrid cols={{ base: 1, md: 2 }}>
            <Outstanding title={t('banking.report.outstandingBank')} side={r.unmatchedBank} testId="outstanding-bank" />
            <Outstanding title={t('banking.report.outstandingLedger')} side={r.unmatchedLedger} testId="outstanding-ledger" />
          </SimpleGrid>
        </Stack>
      )}
    </BankingPage>
  );
}
