import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/error-alert';
import { LoadingState } from '../../../components/loading-state';
import { useIncomeStatement } from '../api/get-income-statement';
import { DimensionFilters } from '../components/dimension-filters';
import { ExportButtons } from '../components/export-buttons';
import type { DimFilter } from '../report-types';
import { DateField, ReportFilters } from './report-filters';
import { StatementTable } from './statement-table';

type Props = { from: string; to: string; dim: DimFilter; onChange: (patch: { from?: string; to?: string } & DimFilter) => void };

/** Income and expense for a range beside the previous period and the same period last year. */
export function IncomeStatementView({ from, to, dim, onChange }: Props) {
  const { t } = useTranslation();
  const query = { from, to, ...dim };
  const statement = useIncomeStatement(query);
  const data = statement.data;
  return (
    <>
      <ReportFilters actions={<ExportButtons report="income-statement" query={query} fileName={`income-statement-${from}-${to}`} />}>
        <DateField label={t('ledger.reports.from')} value={from} onChange={(v) => onChange({ from: v })} testId="report-from" />
        <DateField label={t('ledger.reports.to')} value={to} onChange={(v) => onChange({ to: v })} testId="report-to" />
        <DimensionFilters value={dim} onChange={(d) => onChange(d)} />
      </ReportFilters>
      {statement.isPending && <LoadingState />}
      <ErrorAlert error={statement.error} />
      {data && (
        <>
          <Text size="sm" c="dimmed" mb="xs">
            {t('ledger.reports.basis', { currency: data.currency })}
          </Text>
          <StatementTable
            testId="income-statement"
            dim={dim}
            columns={data.columns.map((c) => ({ key: c.key, label: t(`ledger.reports.columns.${c.key}`), sub: [c.from, c.to] }))}
            sections={data.sections}
            extra={[{ key: 'net', label: t('ledger.reports.netIncome'), amounts: data.netIncome, testId: 'net-income' }]}
          />
        </>
      )}
    </>
  );
}
