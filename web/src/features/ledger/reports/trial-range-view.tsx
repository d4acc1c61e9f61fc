import { Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/error-alert';
import { LoadingState } from '../../../components/loading-state';
import { useTrialBalanceReport } from '../api/get-trial-balance-report';
import { Amount } from '../components/amount';
import { DimensionFilters } from '../components/dimension-filters';
import { DrillAmount } from '../components/drill-amount';
import { ExportButtons } from '../components/export-buttons';
import { nameIn } from '../names';
import type { DimFilter, TrialBalanceReportRow } from '../report-types';
import { dayBefore } from './report-dates';
import { DateField, ReportFilters } from './report-filters';

type Props = { from: string; to: string; dim: DimFilter; onChange: (patch: { from?: string; to?: string } & DimFilter) => void };

/** The opening balance is every line before the range; the closing one every line up to its end. */
const drills = (r: TrialBalanceReportRow, from: string) => ({
  opening: { ...r.drill, from: null, to: dayBefore(from) },
  movement: r.drill,
  closing: { ...r.drill, from: null },
});

/** Opening, movement and closing per account and currency for a range (signed: debit positive). */
export function TrialRangeView({ from, to, dim, onChange }: Props) {
  const { t, i18n } = useTranslation();
  const query = { from, to, ...dim };
  const report = useTrialBalanceReport(query);
  const data = report.data;
  const figures = ['opening', 'movement', 'closing'] as const;
  return (
    <>
      <ReportFilters actions={<ExportButtons report="trial-balance" query={query} fileName={`trial-balance-${from}-${to}`} />}>
        <DateField label={t('ledger.reports.from')} value={from} onChange={(v) => onChange({ from: v })} testId="report-from" />
        <DateField label={t('ledger.reports.to')} value={to} onChange={(v) => onChange({ to: v })} testId="report-to" />
        <DimensionFilters value={dim} onChange={(d) => onChange(d)} />
      </ReportFilters>
      {report.isPending && <LoadingState />}
      <ErrorAlert error={report.error} />
      {data && (
        <Table.ScrollContainer minWidth={640}>
          <Table striped highlightOnHover data-testid="trial-range">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('ledger.account.name')}</Table.Th>
                <Table.Th>{t('ledger.form.currency')}</Table.Th>
                {figures.map((f) => (
                  <Table.Th key={f} ta="end">
                    {t(`ledger.reports.${f}`)}
                  </Table.Th>
                ))}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {data.rows.map((r) => {
                const d = drills(r, from);
                return (
                  <Table.Tr key={`${r.accountId}-${r.currency}`} data-testid="trial-range-row" data-code={r.code} fw={r.group ? 600 : undefined}>
                    <Table.Td style={{ paddingInlineStart: `calc(var(--mantine-spacing-sm) + ${r.depth} * 1rem)` }}>
                      <span className="mono">{r.code}</span> {nameIn(r, i18n.language)}
                    </Table.Td>
                    <Table.Td>
                      <span className="mono">{r.currency}</span>
                    </Table.Td>
                    {figures.map((f) => (
                      <Table.Td key={f} ta="end">
                        <DrillAmount value={r[f]} drill={d[f]} dim={dim} fw={r.group ? 600 : undefined} />
                      </Table.Td>
                    ))}
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
            <Table.Tfoot>
              {data.totals.map((x) => (
                <Table.Tr key={x.currency} fw={700}>
                  <Table.Td>{t('ledger.entry.total', { currency: x.currency })}</Table.Td>
                  <Table.Td>
                    <span className="mono">{x.currency}</span>
                  </Table.Td>
                  {figures.map((f) => (
                    <Table.Td key={f} ta="end">
                      <Amount value={x[f]} fw={700} />
                    </Table.Td>
                  ))}
                </Table.Tr>
              ))}
            </Table.Tfoot>
          </Table>
          {data.rows.length === 0 && <Text c="dimmed">{t('ledger.reports.empty')}</Text>}
        </Table.ScrollContainer>
      )}
    </>
  );
}
