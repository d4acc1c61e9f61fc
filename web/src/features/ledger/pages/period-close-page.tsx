import { Alert, Badge, Button, Card, Group, List, SimpleGrid, Stack, Table, Text, ThemeIcon, Title } from '@mantine/core';
import { IconCircleCheck, IconCircleX, IconLock, IconRefresh } from '@tabler/icons-react';
import { useParams } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '../../../components/confirm-dialog';
import { ErrorAlert } from '../../../components/error-alert';
import { LoadingState } from '../../../components/loading-state';
import { ApiError } from '../../../lib/api-client';
import { formatDateTime } from '../../../lib/format';
import { errorRefusal, refusalText } from '../../../lib/refusal-text';
import { useMe } from '../../auth/api/get-me';
import { hasPermission } from '../../auth/types';
import { useClosePeriod } from '../api/close-period';
import { useCloseChecks } from '../api/get-close-checks';
import { usePeriods } from '../api/get-periods';
import { useRevaluePeriod } from '../api/revalue-period';
import { useYearEndClose } from '../api/year-end-close';
import { LedgerPage } from '../components/ledger-page';
import { AnchorLink } from '../components/links';
import type { CloseCheck } from '../report-types';

/** The ledger's own checks have translated names; another module's check shows its key. */
const CHECK_NAMES: Record<string, string> = { 'ledger.no-drafts': 'noDrafts', 'ledger.trial-balance': 'trialBalance', 'ledger.verify': 'verify' };

function CheckName({ check }: { check: CloseCheck }) {
  const { t } = useTranslation();
  const key = CHECK_NAMES[check.key];
  return <>{key ? t(`ledger.close.checkNames.${key}`) : check.key}</>;
}

/** The failing checks the server named when it refused to close (CONFLICT, details.checks). */
function refusedChecks(error: unknown): CloseCheck[] {
  if (!(error instanceof ApiError) || error.code !== 'CONFLICT') return [];
  const checks = (error.details as { checks?: CloseCheck[] } | undefined)?.checks;
  return Array.isArray(checks) ? checks : [];
}

/**
 * A period's close: the checklist run now, Close only when every check passes (the server runs them
 * again and refuses otherwise: its refusal is shown), the sign-off history, and the period-end tasks
 * (revaluation, the fiscal year's closing entry) for ledger.close holders.
 */
export function PeriodClosePage() {
  const { t } = useTranslation();
  const { data: me } = useMe();
  const { periodId } = useParams({ from: '/app/ledger/periods/$periodId/close' });
  const periods = usePeriods();
  const period = periods.data?.items.find((p) => p.id === periodId);
  const checks = useCloseChecks(periodId);
  const close = useClosePeriod();
  const revalue = useRevaluePeriod();
  const yearEnd = useYearEndClose();
  const [confirmYearEnd, setConfirmYearEnd] = useState(false);
  const canClose = hasPermission(me, 'ledger.close');
  const data = checks.data;
  const refused = refusedChecks(close.error);
  // Dates as left-to-right isolates (LRI … PDI), or Arabic text reorders their digit groups.
  const ltr = (text: string) => `\u2066${text}\u2069`;
  const title = period ? t('ledger.close.title', { start: ltr(period.startDate), end: ltr(period.endDate) }) : t('ledger.close.checklist');

  return (
    <LedgerPage
      title={title}
      actions={
        <AnchorLink to="/ledger/periods" search={period ? { year: period.fiscalYear } : {}} size="sm">
          {t('ledger.close.back')}
        </AnchorLink>
      }
    >
      {(checks.isPending || periods.isPending) && <LoadingState />}
      <ErrorAlert error={checks.error ?? periods.error} />
      {data && (
        <Stack gap="lg">
          <Card withBorder padding="md">
            <Group justify="space-between" mb="sm" wrap="wrap">
              <Title order={2} size="h4">
                {t('ledger.close.checklist')}
              </Title>
              <Button
                variant="subtle"
                size="xs"
                leftSection={<IconRefresh size={14} />}
                onClick={() => checks.refetch()}
                loading={checks.isFetching}
                data-testid="rerun-checks"
              >
                {t('ledger.close.rerun')}
              </Button>
            </Group>
            <Stack gap="xs" data-testid="close-checks" data-ok={data.ok}>
              {data.checks.map((c) => (
                <Group key={c.key} wrap="nowrap" align="flex-start" data-testid="close-check" data-key={c.key} data-ok={c.ok}>
                  <ThemeIcon color={c.ok ? 'teal' : 'red'} variant="light" radius="xl" size="md" aria-hidden>
                    {c.ok ? <IconCircleCheck size={18} /> : <IconCircleX size={18} />}
                  </ThemeIcon>
                  <div style={{ minWidth: 0 }}>
                    <Group gap="xs" wrap="wrap">
                      <Text fw={600} size="sm">
                        <CheckName check={c} />
                      </Text>
                      <Badge size="xs" variant="light" color={c.ok ? 'teal' : 'red'} tt="none">
                        {c.ok ? t('ledger.close.passed') : t('ledger.close.failed')}
                      </Badge>
                      {c.source === 'module' && (
                        <Badge size="xs" variant="outline" color="gray" tt="none">
                          {t('ledger.close.source.module')}
                        </Badge>
                      )}
                    </Group>
                    <Text size="sm" c="dimmed" style={{ overflowWrap: 'anywhere' }} data-testid="close-check-result">
                      {refusalText(t, c)}
                    </Text>
                  </div>
                </Group>
              ))}
            </Stack>
            {data.status === 'closed' ? (
              <Alert color="gray" mt="md" icon={<IconLock size={18} />} data-testid="period-closed">
                {t('ledger.close.closedNote')}
              </Alert>
            ) : (
              <Group mt="md" gap="sm" wrap="wrap">
                {canClose && (
                  <Button
                    leftSection={<IconLock size={16} />}
                    disabled={!data.ok}
                    loading={close.isPending}
                    onClick={() => close.mutate(periodId, { onSettled: () => checks.refetch() })}
                    data-testid="close-period"
                  >
                    {t('ledger.close.closeButton')}
                  </Button>
                )}
                <Text size="sm" c={data.ok ? 'teal.8' : 'dimmed'}>
                  {data.ok ? t('ledger.close.allPass') : t('ledger.close.blocked')}
                </Text>
              </Group>
            )}
            {close.error !== null && (
              <Alert color="red" mt="md" role="alert" title={t('ledger.close.refused')} data-testid="close-refused">
                {refused.length > 0 ? (
                  <List size="sm">
                    {refused.map((c) => (
                      <List.Item key={c.key}>
                        <CheckName check={c} />: {refusalText(t, c)}
                      </List.Item>
                    ))}
                  </List>
                ) : (
                  <Text size="sm">{refusalText(t, errorRefusal(close.error) ?? { message: close.error.message })}</Text>
                )}
              </Alert>
            )}
          </Card>

          <Card withBorder padding="md">
            <Title order={2} size="h4" mb="sm">
              {t('ledger.close.signoffs')}
            </Title>
            {data.signoffs.length === 0 ? (
              <Text size="sm" c="dimmed">
                {t('ledger.close.noSignoffs')}
              </Text>
            ) : (
              <Table.ScrollContainer minWidth={420}>
                <Table data-testid="signoffs">
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th>{t('common.status')}</Table.Th>
                      <Table.Th>{t('ledger.close.by')}</Table.Th>
                      <Table.Th>{t('ledger.close.at')}</Table.Th>
                      <Table.Th>{t('ledger.close.checksAtTime')}</Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {data.signoffs.map((s) => (
                      <Table.Tr key={`${s.action}-${s.at}`} data-testid="signoff">
                        <Table.Td>
                          <Text size="sm" fw={600} c={s.action === 'closed' ? undefined : 'orange.8'} style={{ whiteSpace: 'nowrap' }}>
                            {t(`ledger.close.actions.${s.action}`)}
                          </Text>
                        </Table.Td>
                        <Table.Td>{s.by}</Table.Td>
                        <Table.Td>{formatDateTime(s.at, me?.user.timeZone)}</Table.Td>
                        <Table.Td>
                          {s.checks.filter((c) => c.ok).length}/{s.checks.length}
                        </Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              </Table.ScrollContainer>
            )}
          </Card>

          {canClose && period && (
            <Card withBorder padding="md">
              <Title order={2} size="h4" mb="sm">
                {t('ledger.close.periodEnd')}
              </Title>
              <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="lg">
                <Stack gap="xs" align="flex-start">
                  <Text size="sm" c="dimmed">
                    {t('ledger.close.revalueHint')}
                  </Text>
                  <Button
                    variant="default"
                    onClick={() => revalue.mutate(periodId)}
                    loading={revalue.isPending}
                    disabled={data.status === 'closed'}
                    data-testid="revalue"
                  >
                    {t('ledger.close.revalue')}
                  </Button>
                  <ErrorAlert error={revalue.error} />
                  {revalue.data && (
                    <Text size="sm" role="status" data-testid="revalue-result">
                      {revalue.data.entry ? (
                        <AnchorLink to="/ledger/entries/$entryId" params={{ entryId: revalue.data.entry.id }}>
                          {t('ledger.close.revalued', { number: revalue.data.entry.number })}
                        </AnchorLink>
                      ) : (
                        t('ledger.close.nothingToRevalue')
                      )}
                    </Text>
                  )}
                </Stack>
                <Stack gap="xs" align="flex-start">
                  <Text size="sm" c="dimmed">
                    {t('ledger.close.yearEndHint')}
                  </Text>
                  <Button variant="default" onClick={() => setConfirmYearEnd(true)} loading={yearEnd.isPending} data-testid="year-end">
                    {t('ledger.close.yearEnd', { year: period.fiscalYear })}
                  </Button>
                  <ErrorAlert error={yearEnd.error} />
                  {yearEnd.data && (
                    <Text size="sm" role="status" data-testid="year-end-result">
                      {yearEnd.data.entry ? (
                        <AnchorLink to="/ledger/entries/$entryId" params={{ entryId: yearEnd.data.entry.id }}>
                          {t('ledger.close.yearEndDone', { number: yearEnd.data.entry.number })}
                        </AnchorLink>
                      ) : (
                        t('ledger.close.yearEndNothing', { year: period.fiscalYear })
                      )}
                    </Text>
                  )}
                </Stack>
              </SimpleGrid>
            </Card>
          )}
        </Stack>
      )}
      <ConfirmDialog
        opened={confirmYearEnd}
        title={period ? t('ledger.close.yearEnd', { year: period.fiscalYear }) : ''}
        message={period ? t('ledger.close.confirmYearEnd', { year: period.fiscalYear }) : ''}
        confirmLabel={period ? t('ledger.close.yearEnd', { year: period.fiscalYear }) : ''}
        loading={yearEnd.isPending}
        onClose={() => setConfirmYearEnd(false)}
        onConfirm={() => period && yearEnd.mutate(period.fiscalYear, { onSettled: () => setConfirmYearEnd(false) })}
      />
    </LedgerPage>
  );
}
