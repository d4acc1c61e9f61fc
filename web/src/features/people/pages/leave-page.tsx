import { Stack, Tabs, Text } from '@mantine/core';
import { IconCalendarEvent, IconInbox, IconScale, IconUser } from '@tabler/icons-react';
import { useNavigate, useSearch } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/error-alert';
import { LoadingState } from '../../../components/loading-state';
import { PageTitle } from '../../../components/page-title';
import { useMe } from '../../auth/api/get-me';
import { hasPermission } from '../../auth/types';
import { useTeam } from '../api/leave-requests';
import { LeaveAdjustmentForm } from '../components/leave-adjustment-form';
import { LeaveAvailabilityCard } from '../components/leave-availability-card';
import { LeaveRequestForm } from '../components/leave-request-form';
import { LeaveRequestList } from '../components/leave-request-list';
import { TeamCalendarGrid } from '../components/team-calendar-grid';

export const LEAVE_TABS = ['mine', 'approvals', 'calendar', 'adjust'] as const;
export type LeaveTab = (typeof LEAVE_TABS)[number];
export const validateLeaveSearch = (s: Record<string, unknown>): { tab?: LeaveTab } =>
  LEAVE_TABS.includes(s.tab as LeaveTab) ? { tab: s.tab as LeaveTab } : {};

/** Leave for everyone: my balances and requests, the approvals inbox, the team calendar and (HR) adjustments. */
export function LeavePage() {
  const { t } = useTranslation();
  const { data: me } = useMe();
  const team = useTeam();
  const { tab = 'mine' } = useSearch({ strict: false }) as { tab?: LeaveTab };
  const navigate = useNavigate();
  const self = team.data?.self;
  const approver = hasPermission(me, 'people.leave.approve') || (team.data?.reports.length ?? 0) > 0;
  const hrWrite = hasPermission(me, 'people.write');
  return (
    <>
      <PageTitle>{t('leaveRequests.title')}</PageTitle>
      <Tabs value={tab} onChange={(v) => void navigate({ to: '/people/leave', search: v && v !== 'mine' ? { tab: v as LeaveTab } : {} })} keepMounted={false}>
        <Tabs.List mb="md">
          <Tabs.Tab value="mine" leftSection={<IconUser size={16} />} data-testid="tab-mine">
            {t('leaveRequests.tabs.mine')}
          </Tabs.Tab>
          {approver && (
            <Tabs.Tab value="approvals" leftSection={<IconInbox size={16} />} data-testid="tab-approvals">
              {t('leaveRequests.tabs.approvals')}
            </Tabs.Tab>
          )}
          <Tabs.Tab value="calendar" leftSection={<IconCalendarEvent size={16} />} data-testid="tab-calendar">
            {t('leaveRequests.tabs.calendar')}
          </Tabs.Tab>
          {hrWrite && (
            <Tabs.Tab value="adjust" leftSection={<IconScale size={16} />} data-testid="tab-adjust">
              {t('leaveRequests.tabs.adjust')}
            </Tabs.Tab>
          )}
        </Tabs.List>
        <Tabs.Panel value="mine">
          <ErrorAlert error={team.error} />
          {team.isPending && <LoadingState />}
          {team.data && !self && (
            <Text c="dimmed" data-testid="no-employee-record">
              {t('leaveRequests.noRecord')}
            </Text>
          )}
          {self && (
            <Stack>
              <LeaveAvailabilityCard employeeId={self.id} />
              <LeaveRequestForm employeeId={self.id} />
              <LeaveRequestList scope="mine" title={t('leaveRequests.myRequests')} />
            </Stack>
          )}
        </Tabs.Panel>
        <Tabs.Panel value="approvals">
          <LeaveRequestList scope="inbox" title={t('leaveRequests.inbox')} />
        </Tabs.Panel>
        <Tabs.Panel value="calendar">
          <TeamCalendarGrid />
        </Tabs.Panel>
        <Tabs.Panel value="adjust">{hrWrite && <LeaveAdjustmentForm />}</Tabs.Panel>
      </Tabs>
    </>
  );
}
