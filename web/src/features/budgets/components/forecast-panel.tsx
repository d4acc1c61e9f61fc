import { ScrollArea, Select, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/error-alert';
import { LoadingState } from '../../../components/loading-state';
import { useForecast, useSetForecastMethod } from '../api/plan';
import { Ltr } from './ltr';

const nameOf = (lang: string, l: { nameEn: string; nameAr: string }) => (lang === 'ar' ? l.nameAr : l.nameEn);
const METHODS = ['budget', 'trend:3', 'trend:6'] as const;

/** Rolling forecast: actuals for closed months (bold), then budget or trend (italic) per line; net income and cash by month. */
export function ForecastPanel({ budgetId, editable }: { budgetId: string; editable: boolean }) {
  const { t, i18n } = useTranslation();
  const forecast = useForecast(budgetId);
  const setMethod = useSetForecastMethod();
  if (forecast.isPending) return <LoadingState />;
  if (!forecast.data) return <ErrorAlert error={forecast.error} />;
  const f = forecast.data;
  const methodLabel = (m: string) => (m === 'budget' ? t('budgets.forecast.byBudget') : t('budgets.forecast.byTrend', { n: m.split(':')[1] }));
  return (
    <>
      <Text size="sm" c="dimmed" mb="sm" data-testid="closed-months">
        {f.closedMonths.length ? t('budgets.forecast.closed', { months: f.closedMonths.join('، ') }) : t('budgets.forecast.noneClosed')}
      </Text>
      <ErrorAlert error={setMethod.error} />
      <ScrollArea>
        <Table withTableBorder striped data-testid="forecast-table" style={{ minWidth: 1300 }}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('budgets.account')}</Table.Th>
              <Table.Th>{t('budgets.forecast.method')}</Table.Th>
              {f.months.map((m) => (
                <Table.Th key={m} ta="end" bg={f.closedMonths.includes(m) ? 'gray.1' : undefined}>
                  <Ltr>{m}</Ltr>
                </Table.Th>
              ))}
              <Table.Th ta="end">{t('budgets.total')}</Table.Th>
              <Table.Th ta="end">{t('budgets.grid')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {f.lines.map((l) => (
              <Table.Tr key={`${l.accountId}|${l.dimensionValueId ?? ''}`} data-testid="forecast-line">
                <Table.Td style={{ whiteSpace: 'nowrap' }}>
                  <Text span ff="monospace" me="xs">
                    {l.code}
                  </Text>
                  {nameOf(i18n.language, l)}
                </Table.Td>
                <Table.Td>
                  <Select
                    size="xs"
                    w={150}
                    disabled={!editable}
                    aria-label={`${l.code} ${t('budgets.forecast.method')}`}
                    data={METHODS.map((m) => ({ value: m, label: methodLabel(m) }))}
                    value={l.method === 'budget' ? 'budget' : `trend:${l.trendMonths}`}
                    onChange={(v) => {
                      if (!v) return;
                      const [method, n] = v.split(':');
                      setMethod.mutate({
                        id: budgetId,
                        accountId: l.accountId,
                        dimensionValueId: l.dimensionValueId,
                        method: method as 'budget' | 'trend',
                        trendMonths: Number(n ?? 3),
                      });
                    }}
                  />
                </Table.Td>
                {l.values.map((v, i) => (
                  <Table.Td
                    key={f.months[i]}
                    ta="end"
                    fw={l.sources[i] === 'actual' ? 700 : undefined}
                    fs={l.sources[i] === 'trend' ? 'italic' : undefined}
                    title={t(`budgets.forecast.sources.${l.sources[i]}`)}
                  >
                    <Ltr>{v}</Ltr>
                  </Table.Td>
                ))}
                <Table.Td ta="end" fw={600}>
                  <Ltr>{l.total}</Ltr>
                </Table.Td>
                <Table.Td ta="end" c="dimmed">
                  <Ltr>{l.budgetTotal}</Ltr>
                </Table.Td>
              </Table.Tr>
            ))}
            {(['netIncome', 'cash'] as const).map((k) => (
              <Table.Tr key={k} data-testid={`forecast-${k}`}>
                <Table.Td fw={700} colSpan={2}>
                  {t(`budgets.scenarios.${k}`)}
                </Table.Td>
                {f[k].map((v, i) => (
                  <Table.Td key={f.months[i]} ta="end" fw={700} c={Number(v) < 0 ? 'red.8' : undefined}>
                    <Ltr>{v}</Ltr>
                  </Table.Td>
                ))}
                <Table.Td colSpan={2} />
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </ScrollArea>
    </>
  );
}
