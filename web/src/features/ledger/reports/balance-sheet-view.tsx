import { Badge, Text } from '@mantine/core';
import { IconCheck, IconX } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/error-alert';
import { LoadingState } from '../../../components/loading-state';
import { useBalanceSheet } from '../api/get-balance-sheet';
import { DimensionFilters } from '../components/dimension-filters';
import { ExportButtons } from '../components/export-buttons';
import { isZeroDecimal } from '../money';
import type { DimFilter } from '../report-types';
import { DateField, ReportFilters } from './report-filters';
import { StatementTable } from './statement-table';

type Props = { asOf: string; dim: DimFilter; onChange: (patch: { asOf?: string } & DimFilter) => void };

/** Assets, liabilities and equity as of a date, a month and a year earlier; the difference should be zero. */
export function BalanceSheetView({ asOf, dim, onChange }: Props) {
  const { t } = useTranslation();
  const query = { asOf, ...dim };
  const sheet = useBalanceSheet(query);
  const data = sheet.data;
  const balanced = data?.difference.every(isZeroDecimal) ?? false;
  return (
    <>
      <ReportFilters actions={<ExportButtons report="balance-sheet" query={query} fileName={`balance-sheet-${asOf}`} />}>
        <DateField label={t('ledger.reports.asOf')} value={asOf} onChange={(v) => onChange({ asOf: v })} testId="report-as-of" />
        <DimensionFilters value={dim} onChange={(d) => onChange(d)} />
      </ReportFilters>
      {sheet.isPending && <LoadingState />}
      <ErrorAlert error={sheet.error} />
      {data && (
        <>
          <Text size="sm" c="dimmed" mb="xs">
            {t('ledger.reports.basis', { currency: data.currency })}{' '}
            <Badge
              color={balanced ? 'teal' : 'red'}
              variant="light"
              tt="none"
              leftSection={balanced ? <IconCheck size={12} /> : <IconX size={12} />}
              data-testid="bs-status"
            >
              {balanced ? t('ledger.reports.balanced') : t('ledger.reports.unbalanced')}
            </Badge>
          </Text>
          <StatementTable
            testId="balance-sheet"
            dim={dim}
            columns={data.columns.map((c) => ({ key: c.key, label: t(`ledger.reports.columns.${c.key}`), sub: [c.asOf] }))}
            sections={data.sections}
            extra={[
              { key: 'le', label: t('ledger.reports.totalLiabilitiesAndEquity'), amounts: data.totalLiabilitiesAndEquity, testId: 'total-le' },
              ...(balanced ? [] : [{ key: 'diff', label: t('ledger.reports.difference'), amounts: data.difference, testId: 'difference' }]),
            ]}
          />
        </>
      )}
    </>
  );
}
