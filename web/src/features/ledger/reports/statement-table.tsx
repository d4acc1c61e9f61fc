import { Table, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Amount } from '../components/amount';
import { DrillAmount } from '../components/drill-amount';
import { nameIn } from '../names';
import type { DimFilter, StatementRow, StatementSection } from '../report-types';

/** `sub`: the column's dates (a range's two ends, or one as-of date). */
export type StatementColumn = { key: string; label: string; sub: string[] };
export type ExtraRow = { key: string; label: string; amounts: string[]; testId: string };

function RowLabel({ row }: { row: StatementRow }) {
  const { t, i18n } = useTranslation();
  if (row.kind === 'current_year_earnings') return <>{t('ledger.reports.currentYearEarnings')}</>;
  if (row.kind === 'earlier_earnings') return <>{t('ledger.reports.earlierEarnings')}</>;
  return (
    <>
      <span className="mono">{row.code}</span> {nameIn(row, i18n.language)}
    </>
  );
}

/**
 * An income statement or balance sheet: one column per comparison, sections by account type with
 * their totals, grouping accounts in bold, children indented (a logical inset, so it mirrors in
 * Arabic). Every account figure is a link to its lines.
 */
export function StatementTable({
  columns,
  sections,
  extra,
  dim,
  testId,
}: {
  columns: StatementColumn[];
  sections: StatementSection[];
  extra: ExtraRow[];
  dim: DimFilter;
  testId: string;
}): ReactNode {
  const { t } = useTranslation();
  return (
    <Table.ScrollContainer minWidth={560}>
      <Table striped highlightOnHover data-testid={testId}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('ledger.account.name')}</Table.Th>
            {columns.map((c) => (
              <Table.Th key={c.key} ta="end">
                <div>{c.label}</div>
                <Text size="xs" c="dimmed" fw={400} className="mono" dir="ltr" style={{ unicodeBidi: 'isolate' }}>
                  {c.sub.map((d, i) => (
                    <span key={d}>
                      {i > 0 && ' – '}
                      <span style={{ whiteSpace: 'nowrap' }}>{d}</span>
                    </span>
                  ))}
                </Text>
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        {sections.map((s) => (
          <Table.Tbody key={s.type} data-testid={`section-${s.type}`}>
            <Table.Tr>
              <Table.Th colSpan={columns.length + 1} scope="colgroup" bg="var(--mantine-color-default-hover)">
                {t(`ledger.reports.sections.${s.type}`)}
              </Table.Th>
            </Table.Tr>
            {s.rows.map((r) => (
              <Table.Tr key={`${r.kind}-${r.accountId}`} data-testid="statement-row" data-code={r.code} fw={r.group ? 600 : undefined}>
                <Table.Td style={{ paddingInlineStart: `calc(var(--mantine-spacing-sm) + ${r.depth} * 1rem)` }}>
                  <RowLabel row={r} />
                </Table.Td>
                {r.amounts.map((a, i) => (
                  <Table.Td key={columns[i]?.key ?? i} ta="end">
                    <DrillAmount value={a} drill={r.drill[i]} dim={dim} fw={r.group ? 600 : undefined} />
                  </Table.Td>
                ))}
              </Table.Tr>
            ))}
            <Table.Tr fw={700} data-testid={`total-${s.type}`}>
              <Table.Td>{t(`ledger.reports.totals.${s.type}`)}</Table.Td>
              {s.total.map((a, i) => (
                <Table.Td key={columns[i]?.key ?? i} ta="end">
                  <Amount value={a} fw={700} />
                </Table.Td>
              ))}
            </Table.Tr>
          </Table.Tbody>
        ))}
        <Table.Tfoot>
          {extra.map((x) => (
            <Table.Tr key={x.key} fw={700} data-testid={x.testId}>
              <Table.Td>{x.label}</Table.Td>
              {x.amounts.map((a, i) => (
                <Table.Td key={columns[i]?.key ?? i} ta="end">
                  <Amount value={a} fw={700} />
                </Table.Td>
              ))}
            </Table.Tr>
          ))}
        </Table.Tfoot>
      </Table>
    </Table.ScrollContainer>
  );
}
