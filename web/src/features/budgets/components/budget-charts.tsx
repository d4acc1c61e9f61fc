import '@mantine/charts/styles.css';
import { BarChart, LineChart } from '@mantine/charts';
import { Box, SimpleGrid, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { currentLocale } from '../../../lib/format';
import { monthLabel } from '../../ledger/reports/trend-chart';
import type { Report } from '../types';

const nameOf = (lang: string, l: { nameEn: string; nameAr: string }) => (lang === 'ar' ? l.nameAr : l.nameEn);

/**
 * Expense budget against actual by month, the cumulative burn, and the largest year-to-date variances.
 * Recharts has no RTL mode: in Arabic the months run right to left and the value axis stands on the
 * right. Bar heights are the only place money becomes a float; figures shown as text stay decimal strings.
 */
export function BudgetCharts({ report }: { report: Report }) {
  const { t, i18n } = useTranslation();
  const rtl = i18n.dir() === 'rtl';
  // totals over every line (the table pages its lines, the charts do not)
  const expense = report.totals.find((x) => x.type === 'expense');
  let cb = 0;
  let ca = 0;
  const through = report.months.indexOf(report.throughMonth);
  const byMonth = report.months.map((m, i) => {
    const budget = Number(expense?.months[i]?.budget ?? 0);
    const actual = Number(expense?.months[i]?.actual ?? 0);
    cb += budget;
    ca += actual;
    return { month: monthLabel(m), budget, actual, cumBudget: cb, cumActual: i <= through ? ca : null };
  });
  const top = report.topVariances.map((l) => ({
    account: `${l.code} ${nameOf(i18n.language, l)}`,
    variance: Number(l.ytd.variance),
    color: l.favourable ? 'teal.6' : 'red.6',
  }));
  const formatter = (value: number) => new Intl.NumberFormat(currentLocale(), { maximumFractionDigits: 0 }).format(value);
  const axes = { xAxisProps: { reversed: rtl }, yAxisProps: { orientation: rtl ? ('right' as const) : ('left' as const), width: 72 } };
  return (
    <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="lg" mb="lg">
      <Box dir="ltr" data-testid="chart-by-month" role="img" aria-label={t('budgets.charts.byMonth')}>
        <Text fw={600} size="sm" mb="xs" dir={i18n.dir()}>
          {t('budgets.charts.byMonth')}
        </Text>
        <BarChart
          h={240}
          data={byMonth}
          dataKey="month"
          series={[
            { name: 'budget', label: t('budgets.charts.budget'), color: 'gray.5' },
            { name: 'actual', label: t('budgets.charts.actual'), color: 'orange.6' },
          ]}
          withLegend
          valueFormatter={formatter}
          tickLine="y"
          {...axes}
        />
      </Box>
      <Box dir="ltr" data-testid="chart-burn" role="img" aria-label={t('budgets.charts.burn')}>
        <Text fw={600} size="sm" mb="xs" dir={i18n.dir()}>
          {t('budgets.charts.burn')}
        </Text>
        <LineChart
          h={240}
          data={byMonth}
          dataKey="month"
          series={[
            { name: 'cumBudget', label: t('budgets.charts.budget'), color: 'gray.6' },
            { name: 'cumActual', label: t('budgets.charts.actual'), color: 'red.6' },
          ]}
          withLegend
          valueFormatter={formatter}
          connectNulls={false}
          tickLine="y"
          {...axes}
        />
      </Box>
      <Box dir="ltr" data-testid="chart-top-variances" role="img" aria-label={t('budgets.charts.top')} style={{ gridColumn: '1 / -1' }}>
        <Text fw={600} size="sm" mb="xs" dir={i18n.dir()}>
          {t('budgets.charts.top')}
        </Text>
        {top.length === 0 ? (
          <Text c="dimmed" size="sm" dir={i18n.dir()}>
            {t('budgets.charts.noVariance')}
          </Text>
        ) : (
          <BarChart
            h={Math.max(120, top.length * 36)}
            data={top}
            dataKey="account"
            orientation="vertical"
            series={[{ name: 'variance', label: t('budgets.variance'), color: 'blue.6' }]}
            getBarColor={(v) => top.find((x) => x.variance === v)?.color ?? 'blue.6'}
            valueFormatter={formatter}
            yAxisProps={{ width: 200, orientation: rtl ? 'right' : 'left' }}
            xAxisProps={{ reversed: rtl, domain: [(min: number) => Math.min(0, min), (max: number) => Math.max(0, max)] }}
          />
        )}
      </Box>
    </SimpleGrid>
  );
}
