import '@mantine/charts/styles.css';
import { BarChart } from '@mantine/charts';
import { Box } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { currentLocale } from '../../../lib/format';
import type { Trend } from '../report-types';

const COLORS = { income: 'teal.6', expense: 'orange.6', asset: 'blue.6', liability: 'red.6', equity: 'violet.6' } as const;

/** `2026-03` as the reader's short month and year. */
export function monthLabel(month: string): string {
  return new Intl.DateTimeFormat(currentLocale(), { month: 'short', year: '2-digit', timeZone: 'UTC' }).format(new Date(`${month}-01T00:00:00Z`));
}

/**
 * The trend's totals per account type as bars, one group per month. Recharts has no RTL mode: in
 * Arabic the months run right to left (a reversed x axis) and the value axis stands on the right.
 * The y values are the only place money becomes a float: a bar's height, never a figure shown as text.
 */
export function TrendChart({ data }: { data: Trend }) {
  const { t, i18n } = useTranslation();
  const rtl = i18n.dir() === 'rtl';
  const rows = data.months.map((m, i) => {
    const row: Record<string, string | number> = { month: monthLabel(m.month) };
    for (const total of data.totals) row[total.type] = Number(total.amounts[i]);
    return row;
  });
  const formatter = (value: number) => new Intl.NumberFormat(currentLocale(), { maximumFractionDigits: 0 }).format(value);
  return (
    <Box dir="ltr" data-testid="trend-chart" data-direction={rtl ? 'rtl' : 'ltr'} role="img" aria-label={t('ledger.reports.chartTitle')}>
      <BarChart
        h={300}
        data={rows}
        dataKey="month"
        series={data.totals.map((x) => ({ name: x.type, label: t(`ledger.reports.sections.${x.type}`), color: COLORS[x.type] }))}
        withLegend
        legendProps={{ verticalAlign: 'bottom' }}
        valueFormatter={formatter}
        xAxisProps={{ reversed: rtl }}
        yAxisProps={{ orientation: rtl ? 'right' : 'left', width: 72 }}
        tickLine="y"
      />
    </Box>
  );
}
