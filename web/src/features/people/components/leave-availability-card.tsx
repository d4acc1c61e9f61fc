import { useTranslation } from 'react-i18next';
import { useLeaveAvailability } from '../api/leave-requests';
import { LeaveFiguresCard } from './leave-figures-card';

const COLUMNS = ['balance', 'booked', 'pending', 'available'] as const;

/** Each leave type today: the derived balance, approved leave still ahead, requests waiting, what is left. */
export function LeaveAvailabilityCard({ employeeId }: { employeeId: string }) {
  const { t } = useTranslation();
  const q = useLeaveAvailability(employeeId);
  return (
    <LeaveFiguresCard
      title={t('leaveRequests.balances')}
      empty={t('leaveRequests.noTypes')}
      typeLabel={t('leaveRequests.type')}
      columns={COLUMNS}
      label={(c) => t(`leaveRequests.columns.${c}`)}
      rows={q.data?.items}
      error={q.error}
      testId="leave-availability"
      rowTestIds
      minWidth={420}
    />
  );
}
