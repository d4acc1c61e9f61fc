import { Badge, Card, Group, Stack, Table, Text, Title } from '@mantine/core';
import { IconCircleCheck } from '@tabler/icons-react';
import { useNavigate, useSearch } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/error-alert';
import { LoadingState } from '../../../components/loading-state';
import { useMe } from '../../auth/api/get-me';
import { useAccountChecks } from '../api/get-account-checks';
import { Amount } from '../components/amount';
import { LedgerPage } from '../components/ledger-page';
import { AnchorLink } from '../components/links';
import { todayIn } from '../dates';
import { formatAmount } from '../money';
import { drillSearch } from '../report-search';
import { CHECK_KINDS, type CheckKind } from '../report-types';
import { DateField, ReportFilters } from '../reports/report-filters';

/** The translation key of each check kind (i18n keys avoid `_zero`-like endings, which read as plurals). */
const KIND_KEYS: Record<CheckKind, string> = {
  wrong_side: 'wrongSide',
  suspense_not_zero: 'suspenseNotZero',
  old_draft: 'oldDraft',
  large_without_reference: 'largeWithoutReference',
  no_movement: 'noMovement',
};
const DRAFT_DAYS = 30;
const LARGE_AMOUNT = '10000';
const IDLE_DAYS = 365;

/** What needs attention, grouped by check; each item links to its lines or to its entry. */
export function AccountChecksPage() {
  const { t } = useTranslation();
  const { data: me } = useMe();
  const search = useSearch({ from: '/app/ledger/checks' });
  const navigate = useNavigate({ from: '/ledger/checks' });
  const asOf = search.asOf ?? todayIn(me?.company?.timeZone);
  const checks = useAccountChecks({ asOf, draftDays: DRAFT_DAYS, largeAmount: LARGE_AMOUNT, idleDays: IDLE_DAYS });
  const items = checks.data?.items ?? [];
  const groups = CHECK_KINDS.map((kind) => ({ kind, items: items.filter((i) => i.kind === kind) })).filter((g) => g.items.length > 0);
  const hint = (kind: CheckKind) =>
    t(`ledger.checks.kindsHint.${KIND_KEYS[kind]}`, { days: kind === 'old_draft' ? DRAFT_DAYS : IDLE_DAYS, amount: formatAmount(LARGE_AMOUNT) });

  return (
    <LedgerPage title={t('ledger.checks.title')}>
      <ReportFilters>
        <DateField label={t('ledger.checks.asOf')} value={asOf} onChange={(v) => navigate({ search: { asOf: v } })} testId="checks-as-of" />
      </ReportFilters>
      {checks.isPending && <LoadingState />}
      <ErrorAlert error={checks.error} />
      {checks.data && groups.length === 0 && (
        <Group gap="xs" data-testid="checks-none">
          <IconCircleCheck size={20} color="var(--mantine-color-teal-6)" />
          <Text>{t('ledger.checks.none')}</Text>
        </Group>
      )}
      <Stack gap="lg">
        {groups.map((g) => (
          <Card key={g.kind} withBorder padding="md" data-testid={`check-${g.kind}`}>
            <Group justify="space-between" mb={4} wrap="nowrap">
              <Title order={2} size="h4">
                {t(`ledger.checks.kinds.${KIND_KEYS[g.kind]}`)}
              </Title>
              <Badge color="orange" variant="light">
                {g.items.length}
              </Badge>
            </Group>
            <Text size="sm" c="dimmed" mb="sm">
              {hint(g.kind)}
            </Text>
            <Table.ScrollContainer minWidth={480}>
              <Table>
                <Table.Tbody>
                  {g.items.map((item) => (
                    <Table.Tr key={`${item.accountId ?? item.entryId}-${item.currency ?? ''}-${item.message}`} data-testid="check-item">
                      <Table.Td>
                        {item.accountCode && <span className="mono">{item.accountCode} </span>}
                        {item.number && <span className="mono">{item.number} </span>}
                        <Text component="span" size="sm">
                          {item.message}
                        </Text>
                      </Table.Td>
                      <Table.Td ta="end">{item.amount && <Amount value={item.amount} currency={item.currency ?? undefined} />}</Table.Td>
                      <Table.Td ta="end" style={{ whiteSpace: 'nowrap' }}>
                        {item.drill ? (
                          <AnchorLink to="/ledger/reports/lines" search={drillSearch(item.drill)} size="sm" data-testid="check-lines">
                            {t('ledger.checks.openLines')}
                          </AnchorLink>
                        ) : (
                          item.entryId && (
                            <AnchorLink to="/ledger/entries/$entryId" params={{ entryId: item.entryId }} size="sm" data-testid="check-entry">
                              {t('ledger.checks.openEntry')}
                            </AnchorLink>
                          )
                        )}
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          </Card>
        ))}
      </Stack>
    </LedgerPage>
  );
}
