import { Badge, ScrollArea, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Report } from '../types';
import { Ltr } from './ltr';

const nameOf = (lang: string, l: { nameEn: string; nameAr: string }) => (lang === 'ar' ? l.nameAr : l.nameEn);

/** Budget vs actual, year to date and full year, one line per account (and dimension value). */
export function VarianceTable({ report }: { report: Report }) {
  const { t, i18n } = useTranslation();
  return (
    <ScrollArea>
      <Table striped withTableBorder data-testid="variance-table" style={{ minWidth: 820 }}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('budgets.account')}</Table.Th>
            <Table.Th ta="end">{t('budgets.budget')}</Table.Th>
            <Table.Th ta="end">{t('budgets.actual')}</Table.Th>
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
          {report.lines.map((l) => (
            <Table.Tr key={`${l.accountId}|${l.dimensionValueId ?? ''}`} data-testid="variance-line">
              <Table.Td style={{ whiteSpace: 'nowrap' }}>
                <Text span ff="monospace" me="xs">
                  {l.code}
                </Text>
                {nameOf(i18n.language, l)}
              </Table.Td>
              <Table.Td ta="end">
                <Ltr>{l.ytd.budget}</Ltr>
              </Table.Td>
              <Table.Td ta="end">
                <Ltr>{l.ytd.actual}</Ltr>
              </Table.Td>
              <Table.Td ta="end">
                <Text span c={l.favourable ? 'teal.8' : 'red.8'} fw={600}>
                  <Ltr>{l.ytd.variance}</Ltr>
                </Text>
              </Table.Td>
              <Table.Td ta="end">
                {l.ytd.variancePct === null ? (
                  '—'
                ) : (
                  <Badge variant="light" color={l.favourable ? 'teal' : 'red'}>
                    <Ltr>{l.ytd.variancePct}%</Ltr>
                  </Badge>
                )}
              </Table.Td>
              <Table.Td ta="end">
                <Ltr>{l.year.budget}</Ltr>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </ScrollArea>
  );
}
