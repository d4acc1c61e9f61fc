import { Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/error-alert';
import { LoadingState } from '../../../components/loading-state';
import { useMonthlyTrend } from '../api/get-monthly-trend';
import { Amount } from '../components/amount';
import { DimensionFilters } from '../components/dimension-filters';
import { DrillAmount } from '../components/drill-amount';
import { isZeroDecimal } from '../money';
import { nameIn } from '../names';
import type { DimFilter } from '../report-types';
import { DateField, ReportFilters } from './report-filters';
import { monthLabel, TrendChart } from './trend-chart';

type Props = { to: string; dim: DimFilter; onChange: (patch: { to?: string } & DimFilter) => void };

/** Twelve whole months up to `to`'s month: the chart, then the same figures as a table (every one drills down). */
export function TrendView({ to, dim, onChange }: Props) {
  const { t, i18n } = useTranslation();
  const trend = useMonthlyTrend({ to: to.slice(0, 7), months: 12, ...dim });
  const data = trend.data;
  return (
    <>
      <ReportFilters>
        <DateField label={t('ledger.reports.month')} value={to} onChange={(v) => onChange({ to: v })} testId="report-to" />
        <DimensionFilters value={dim} onChange={(d) => onChange(d)} />
      </ReportFilters>
      {trend.isPending && <LoadingState />}
      <ErrorAlert error={trend.error} />
      {data && (
        <>
          <Title order={2} size="h4" mb="xs">
            {t('ledger.reports.chartTitle')}
          </Title>
          <Text size="sm" c="dimmed" mb="sm">
            {t('ledger.reports.basis', { currency: data.currency })}
          </Text>
          <TrendChart data={data} />
          <Table.ScrollContainer minWidth={1100} mt="lg">
            <Table striped highlightOnHover data-testid="trend-table">
              <caption className="visually-hidden">{t('ledger.reports.chartTable')}</caption>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('ledger.account.name')}</Table.Th>
                  {data.months.map((m) => (
                    <Table.Th key={m.month} ta="end" style={{ whiteSpace: 'nowrap' }}>
                      {monthLabel(m.month)}
                    </Table.Th>
                  ))}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {data.rows
                  .filter((r) => r.amounts.some((a) => !isZeroDecimal(a)))
                  .map((r) => (
                    <Table.Tr key={r.accountId} data-testid="trend-row" data-code={r.code} fw={r.group ? 600 : undefined}>
                      <Table.Td style={{ paddingInlineStart: `calc(var(--mantine-spacing-sm) + ${r.depth} * 1rem)`, whiteSpace: 'nowrap' }}>
                        <span className="mono">{r.code}</span> {nameIn(r, i18n.language)}
                      </Table.Td>
                      {r.amounts.map((a, i) => (
                        <Table.Td key={data.months[i]?.month ?? i} ta="end">
                          <DrillAmount value={a} drill={r.drill[i]} dim={dim} />
                        </Table.Td>
                      ))}
                    </Table.Tr>
                  ))}
              </Table.Tbody>
              <Table.Tfoot>
                {data.totals.map((x) => (
                  <Table.Tr key={x.type} fw={700}>
                    <Table.Td>{t(`ledger.reports.totals.${x.type}`)}</Table.Td>
                    {x.amounts.map((a, i) => (
                      <Table.Td key={data.months[i]?.month ?? i} ta="end">
                        <Amount value={a} fw={700} />
                      </Table.Td>
                    ))}
                  </Table.Tr>
                ))}
              </Table.Tfoot>
            </Table>
          </Table.ScrollContainer>
        </>
      )}
    </>
  );
}
