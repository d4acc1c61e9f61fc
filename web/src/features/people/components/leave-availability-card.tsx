import { Card, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/error-alert';
import { useLeaveAvailability } from '../api/leave-requests';
import { nameIn } from '../types';

const COLUMNS = ['balance', 'booked', 'pending', 'available'] as const;

/** Each leave type today: the derived balance, approved leave still ahead, requests waiting, what is left. */
export function LeaveAvailabilityCard({ employeeId }: { employeeId: string }) {
  const { t, i18n } = useTranslation();
  const q = useLeaveAvailability(employeeId);
  const fmt = new Intl.NumberFormat(i18n.language === 'ar' ? 'ar' : 'en-GB', { maximumFractionDigits: 2 });
  return (
    <Card withBorder>
      <Title order={2} size="h4" mb="sm">
        {t('leaveRequests.balances')}
      </Title>
      <ErrorAlert error={q.error} />
      {q.data && q.data.items.length === 0 && (
        <Text c="dimmed" size="sm">
          {t('leaveRequests.noTypes')}
        </Text>
      )}
      {q.data && q.data.items.length > 0 && (
        <Table.ScrollContainer minWidth={420}>
          <Table data-testid="leave-availability">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('leaveRequests.type')}</Table.Th>
                {COLUMNS.map((c) => (
                  <Table.Th key={c} ta="end">
                    {t(`leaveRequests.columns.${c}`)}
                  </Table.Th>
                ))}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {q.data.items.map((b) => (
                <Table.Tr key={b.leaveTypeId} data-testid={`availability-${b.code}`}>
                  <Table.Td>{nameIn(i18n.language, { en: b.nameEn, ar: b.nameAr })}</Table.Td>
                  {COLUMNS.map((c) => (
                    <Table.Td key={c} ta="end" fw={c === 'available' ? 700 : undefined} data-testid={`${b.code}-${c}`}>
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
