import { Card, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/error-alert';
import { nameIn } from '../types';

type Row<C extends string> = { leaveTypeId: string; code?: string; nameEn: string; nameAr: string } & Record<C, number>;

/**
 * One row a leave type, one right-aligned column a figure in days (the last one bold): the shape of
 * the balances card on an employee's record and the availability card on the leave page.
 */
export function LeaveFiguresCard<C extends string>(props: {
  title: string;
  empty: string;
  typeLabel: string;
  columns: readonly C[];
  label: (column: C) => string;
  rows: Row<C>[] | undefined;
  error: unknown;
  testId: string;
  rowTestIds?: boolean;
  minWidth: number;
}) {
  const { i18n } = useTranslation();
  const fmt = new Intl.NumberFormat(i18n.language === 'ar' ? 'ar' : 'en-GB', { maximumFractionDigits: 2 });
  const last = props.columns[props.columns.length - 1];
  return (
    <Card withBorder>
      <Title order={2} size="h4" mb="sm">
        {props.title}
      </Title>
      <ErrorAlert error={props.error} />
      {props.rows && props.rows.length === 0 && (
        <Text c="dimmed" size="sm">
          {props.empty}
        </Text>
      )}
      {props.rows && props.rows.length > 0 && (
        <Table.ScrollContainer minWidth={props.minWidth}>
          <Table data-testid={props.testId}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{props.typeLabel}</Table.Th>
                {props.columns.map((c) => (
                  <Table.Th key={c} ta="end">
                    {props.label(c)}
                  </Table.Th>
                ))}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {props.rows.map((b) => (
                <Table.Tr key={b.leaveTypeId} data-testid={props.rowTestIds ? `availability-${b.code}` : undefined}>
                  <Table.Td>{nameIn(i18n.language, { en: b.nameEn, ar: b.nameAr })}</Table.Td>
                  {props.columns.map((c) => (
                    <Table.Td key={c} ta="end" fw={c === last ? 700 : undefined} data-testid={props.rowTestIds ? `${b.code}-${c}` : undefined}>
                      {fmt.format(b[c])}
                    </Table.Td>
                  ))}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Card>
  );
}
