import { Badge, Button, Group, Select, Table, Text } from '@mantine/core';
import { useNavigate, useSearch } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '../../../components/confirm-dialog';
import { ErrorAlert } from '../../../components/error-alert';
import { LoadingState } from '../../../components/loading-state';
import { formatDateTime } from '../../../lib/format';
import { useMe } from '../../auth/api/get-me';
import { hasPermission } from '../../auth/types';
import { useClosePeriod } from '../api/close-period';
import { usePeriods } from '../api/get-periods';
import { useLedgerSettings } from '../api/get-settings';
import { useOpenFiscalYear } from '../api/open-fiscal-year';
import { useReopenPeriod } from '../api/reopen-period';
import { LedgerPage } from '../components/ledger-page';
import { AnchorLink } from '../components/links';
import { LockDateForm } from '../components/lock-date-form';
import { todayIn } from '../dates';
import type { Period } from '../types';

/** Fiscal years are named by the calendar year they start in (July 2025–June 2026 is 2025). */
function currentFiscalYear(today: string, startMonth: number): number {
  const [year, month] = today.split('-').map(Number);
  return month >= startMonth ? year : year - 1;
}

/** A fiscal year's periods: close (ledger.close), reopen (ledger.admin); and the lock date. */
export function PeriodsPage() {
  const { t } = useTranslation();
  const { data: me } = useMe();
  const search = useSearch({ from: '/app/ledger/periods' });
  const navigate = useNavigate({ from: '/ledger/periods' });
  const settings = useLedgerSettings();
  const thisYear = currentFiscalYear(todayIn(me?.company?.timeZone), settings.data?.fiscalYearStartMonth ?? 1);
  const year = search.year ?? thisYear;
  const periods = usePeriods(year);
  const close = useClosePeriod();
  const reopen = useReopenPeriod();
  const openYear = useOpenFiscalYear();
  const [confirm, setConfirm] = useState<{ period: Period; action: 'close' | 'reopen' } | null>(null);
  const canClose = hasPermission(me, 'ledger.close');
  const canAdmin = hasPermission(me, 'ledger.admin');
  const years = Array.from({ length: 7 }, (_, i) => String(thisYear + 1 - i));

  return (
    <LedgerPage title={t('ledger.periods.title')}>
      {settings.data && <LockDateForm key={settings.data.lockDate ?? 'none'} lockDate={settings.data.lockDate} />}
      <Group mb="md" align="flex-end">
        <Select
          label={t('ledger.periods.fiscalYear')}
          data={years.includes(String(year)) ? years : [String(year), ...years]}
          value={String(year)}
          onChange={(v) => navigate({ search: { year: v ? Number(v) : undefined } })}
          allowDeselect={false}
          w={160}
          data-testid="fiscal-year"
        />
      </Group>
      {periods.isPending && <LoadingState />}
      <ErrorAlert error={periods.error ?? close.error ?? reopen.error ?? openYear.error} />
      {periods.data && periods.data.items.length === 0 && (
        <Group mb="md">
          <Text c="dimmed">{t('ledger.periods.none', { year })}</Text>
          {canClose && (
            <Button variant="default" onClick={() => openYear.mutate(year)} loading={openYear.isPending} data-testid="open-year">
              {t('ledger.periods.openYear', { year })}
            </Button>
          )}
        </Group>
      )}
      {periods.data && periods.data.items.length > 0 && (
        <Table.ScrollContainer minWidth={560}>
          <Table striped data-testid="periods-table">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>#</Table.Th>
                <Table.Th>{t('ledger.periods.start')}</Table.Th>
                <Table.Th>{t('ledger.periods.end')}</Table.Th>
                <Table.Th>{t('common.status')}</Table.Th>
                <Table.Th>{t('ledger.periods.closedAt')}</Table.Th>
                <Table.Th>
                  <span className="visually-hidden">{t('common.actions')}</span>
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {periods.data.items.map((p) => (
                <Table.Tr key={p.id} data-testid="period-row">
                  <Table.Td>{p.periodNo}</Table.Td>
                  <Table.Td>
                    <span className="mono">{p.startDate}</span>
                  </Table.Td>
                  <Table.Td>
                    <span className="mono">{p.endDate}</span>
                  </Table.Td>
                  <Table.Td>
                    <Badge color={p.status === 'open' ? 'teal' : 'gray'} variant={p.status === 'open' ? 'light' : 'filled'} tt="none">
                      {t(`ledger.periods.${p.status}`)}
                    </Badge>
                  </Table.Td>
                  <Table.Td>{p.closedAt ? formatDateTime(p.closedAt, me?.user.timeZone) : ''}</Table.Td>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>
                    <AnchorLink to="/ledger/periods/$periodId/close" params={{ periodId: p.id }} size="sm" me="sm" data-testid="period-checklist">
                      {t('ledger.periods.checklist')}
                    </AnchorLink>
                    {p.status === 'open' && canClose && (
                      <Button size="xs" variant="default" onClick={() => setConfirm({ period: p, action: 'close' })}>
                        {t('ledger.periods.close')}
                      </Button>
                    )}
                    {p.status === 'closed' && canAdmin && (
                      <Button size="xs" variant="default" color="orange" onClick={() => setConfirm({ period: p, action: 'reopen' })}>
                        {t('ledger.periods.reopen')}
                      </Button>
                    )}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      <ConfirmDialog
        opened={confirm !== null}
        title={confirm ? t(`ledger.periods.${confirm.action}Title`, { start: confirm.period.startDate, end: confirm.period.endDate }) : ''}
        message={confirm ? t(`ledger.periods.${confirm.action}Message`) : ''}
        confirmLabel={confirm ? t(`ledger.periods.${confirm.action}`) : ''}
        danger={confirm?.action === 'reopen'}
        loading={close.isPending || reopen.isPending}
        onClose={() => setConfirm(null)}
        onConfirm={() => {
          if (!confirm) return;
          const mutation = confirm.action === 'close' ? close : reopen;
          mutation.mutate(confirm.period.id, { onSettled: () => setConfirm(null) });
        }}
      />
    </LedgerPage>
  );
}
