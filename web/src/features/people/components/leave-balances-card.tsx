import { useTranslation } from 'react-i18next';
import { useLeaveBalances } from '../api/leave';
import { LeaveFiguresCard } from './leave-figures-card';

const COLUMNS = ['accrued', 'used', 'adjusted', 'forfeited', 'balance'] as const;

/** The employee's leave balances today, each derived from its policy, usage and adjustments. */
export function LeaveBalancesCard({ employeeId }: { employeeId: string }) {
  const { t } = useTranslation();
  const balances = useLeaveBalances(employeeId);
  return (
    <LeaveFiguresCard
      title={t('people.leave.balances')}
      empty={t('people.leave.noTypes')}
      typeLabel={t('people.leave.type')}
      columns={COLUMNS}
      label={(c) => t(`people.leave.${c}`)}
      rows={balances.data?.items}
      error={balances.error}
      testId="leave-balances"
      minWidth={480}
    />
  );
}
