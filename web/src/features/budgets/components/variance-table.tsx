import { Badge, ScrollArea, SegmentedControl, Select, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PaginationBar } from '../../../components/pagination-bar';
import { AnchorLink } from '../../ledger/components/links';
import type { LinesSearch } from '../../ledger/report-search';
import type { Figures, Report, ReportLine } from '../types';
import { Ltr } from './ltr';

const nameOf = (lang: string, l: { nameEn: string; nameAr: string }) => (lang === 'ar' ? l.nameAr : l.nameEn);
const lastDay = (month: string) => {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return `${month}-${String(new Date(Date.UTC(y, m, 0)).getUTCDate()).padStart(2, '0')}`;
};
const favourable = (type: string, f: Figures) => (type === 'income' ? Number(f.variance) >= 0 : Number(f.variance) <= 0);

/**
 * Budget vs actual per account (and dimension value) for a period — year to date, full year or one
 * month. Every actual links to the ledger lines behind it (the ledger's lines page, filtered by the
 * account, the period's dates and the budget dimension's value). The lines come a page at a time.
 */
export function VarianceTable({ report, onPage }: { report: Report; onPage: (page: number) => void }) {
  const { t, i18n } = useTranslation();
  const [period, setPeriod] = useState<string>('ytd');
  const months = report.months;
  const through = months.indexOf(report.throughMonth);
  const range = (): { from: string; to: string } => {
    if (period === 'ytd') return { from: `${months[0]}-01`, to: lastDay(months[through] as string) };
    if (period === 'year') return { from: `${months[0]}-01`, to: lastDay(months[11] as string) };
    return { from: `${period}-01`, to: lastDay(period) };
  };
  const figuresOf = (l: ReportLine): Figures => (period === 'ytd' ? l.ytd : period === 'year' ? l.year : (l.months[months.indexOf(period)] as Figures));
  const drill = (l: ReportLine): LinesSearch => {
    const dim = report.dimensionSlot && l.dimensionValueId ? { [`dim${report.dimensionSlot}`]: l.dimensionValueId } : {};
    return { accountId: l.accountId, ...range(), ...dim };
  };
  const mode = period === 'ytd' || period === 'year' ? period : 'month';
  return (
    <>
      <SegmentedControl
        mb="sm"
        value={mode}
        onChange={(v) => setPeriod(v === 'month' ? (months[Math.max(0, through)] as string) : v)}
        data={[
          { value: 'ytd', label: t('budgets.periods.ytd') },
          { value: 'year', label: t('budgets.periods.year') },
          { value: 'month', label: t('budgets.periods.month') },
        ]}
        data-testid="variance-period"
      />
      {mode === 'month' && <Select w={160} mb="sm" data={months} value={period} onChange={(v) => v && setPeriod(v)} aria-label={t('budgets.periods.month')} />}
      <ScrollArea>
        <Table striped withTableBorder data-testid="variance-table" style={{ minWidth: 820 }}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('budgets.account')}</Table.Th>
              <Table.Th ta="end">{t('budgets.budgetCol')}</Table.Th>
              <Table.Th ta="end">{t('budgets.actualCol')}</Table.Th>
              <Table.Th ta="end">{t('budgets.variance')}</Table.Th>
              <Table.Th ta="end">{t('budgets.variancePct')}</Table.Th>
              <Table.Th ta="end">{t('budgets.yearBudget')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {report.lines.length === 0 && (
              <Table.Tr>
                <Table.Td colSpan={6}>
                  <Text c="dimmed">{t('budgets.emptyGrid')}</Text>
                </Table.Td>
              </Table.Tr>
            )}
            {report.lines.map((l) => {
              const f = figuresOf(l);
              const good = favourable(l.type, f);
              return (
                <Table.Tr key={`${l.accountId}|${l.dimensionValueId ?? ''}`} data-testid="variance-line">
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>
                    <Text span ff="monospace" me="xs">
                      {l.code}
                    </Text>
                    {nameOf(i18n.language, l)}
                  </Table.Td>
                  <Table.Td ta="end">
                    <Ltr>{f.budget}</Ltr>
                  </Table.Td>
                  <Table.Td ta="end">
                    <AnchorLink to="/ledger/reports/lines" search={drill(l)} data-testid="actual-drill" title={t('budgets.drill')}>
                      <Ltr>{f.actual}</Ltr>
                    </AnchorLink>
                  </Table.Td>
                  <Table.Td ta="end">
                    <Text span c={good ? 'teal.8' : 'red.8'} fw={600}>
                      <Ltr>{f.variance}</Ltr>
                    </Text>
                  </Table.Td>
                  <Table.Td ta="end">
                    {f.variancePct === null ? (
                      '—'
                    ) : (
                      <Badge variant="light" color={good ? 'teal' : 'red'}>
                        <Ltr>{f.variancePct}%</Ltr>
                      </Badge>
                    )}
                  </Table.Td>
                  <Table.Td ta="end">
                    <Ltr>{l.year.budget}</Ltr>
                  </Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      </ScrollArea>
      {report.totalLines > report.pageSize && <PaginationBar page={report.page} pageSize={report.pageSize} total={report.totalLines} onChange={onPage} />}
    </>
  );
}
