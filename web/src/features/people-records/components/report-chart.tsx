import '@mantine/charts/styles.css';
import { BarChart } from '@mantine/charts';
import { Box } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { currentLocale } from '../../../lib/format';

const PALETTE = ['blue.6', 'teal.6', 'orange.6', 'violet.6', 'red.6', 'cyan.6', 'lime.6', 'pink.6', 'indigo.6', 'yellow.6'];

/**
 * Bars per category (month or department), one series per key. Recharts has no RTL mode: in Arabic
 * the categories run right to left (a reversed x axis) and the value axis stands on the right.
 */
export function ReportChart({
  rows,
  dataKey,
  series,
  stacked = false,
  label,
  testId,
}: {
  rows: Record<string, string | number>[];
  dataKey: string;
  series: { name: string; label: string }[];
  stacked?: boolean;
  label: string;
  testId: string;
}) {
  const { i18n } = useTranslation();
  const rtl = i18n.dir() === 'rtl';
  const formatter = (value: number) => new Intl.NumberFormat(currentLocale(), { maximumFractionDigits: 1 }).format(value);
  return (
    <Box dir="ltr" data-testid={testId} data-direction={rtl ? 'rtl' : 'ltr'} role="img" aria-label={label}>
      <BarChart
        h={280}
        data={rows}
        dataKey={dataKey}
        type={stacked ? 'stacked' : 'default'}
        series={series.map((s, i) => ({ ...s, color: PALETTE[i % PALETTE.length] as string }))}
        withLegend
        legendProps={{ verticalAlign: 'bottom' }}
        valueFormatter={formatter}
        xAxisProps={{ reversed: rtl }}
        yAxisProps={{ orientation: rtl ? 'right' : 'left', width: 48 }}
        tickLine="y"
      />
    </Box>
  );
}

/** `2026-03` as the reader's short month and year. */
export function monthLabel(month: string): string {
  return new Intl.DateTimeFormat(currentLocale(), { month: 'short', year: '2-digit', timeZone: 'UTC' }).format(new Date(`${month}-01T00:00:00Z`));
}
