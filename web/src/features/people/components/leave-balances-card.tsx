import { Card, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/error-alert';
import { useLeaveBalances } from '../api/leave';
import { nameIn } from '../types';

const COLUMNS = ['accrued', 'used', 'adjusted', 'forfeited', 'balance'] as const;

/** The employee's leave balances today, each derived from its policy, usage and adjustments. */
export function LeaveBalancesCard({ employeeId }: { employeeId: string }) {
  const { t, i18n } = useTranslation();
  const balances = useLeaveBalances(employeeId);
  const fmt = new Intl.NumberFormat(i18n.language === 'ar' ? 'ar' : 'en-GB', { maximumFractionDigits: 2 });
  return (
    <Card withBorder>
      <Title order={2} size="h4" mb="sm">
        {t('people.leave.balances')}
      </Title>
      <ErrorAlert error={balances.error} />
      {balances.data && balances.data.items.length === 0 && (
        <Text c="dimmed" size="sm">
          {t('people.leave.noTypes')}
        </Text>
      )}
      {balances.data && balances.data.items.length > 0 && (
        <Table.ScrollContainer minWidth={480}>
          <Table data-testid="leave-balances">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('people.leave.type')}</Table.Th>
                {COLUMNS.map((c) => (
                  <Table.Th key={c} ta="end">
                    {t(`people.leave.${c}`)}
                  </Table.Th>
                ))}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {balances.data.items.map((b) => (
                <Table.Tr key={b.leaveTypeId}>
                  <Table.Td>{nameIn(i18n.language, { en: b.nameEn, ar: b.nameAr })}</Table.Td>
                  {COLUMNS.map((c) => (
                    <Table.Td key={c} ta="end" fw={c === 'balance' ? 700 : undefined}>
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
