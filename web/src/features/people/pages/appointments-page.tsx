import { Group, SegmentedControl, Switch, Table, Text } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/error-alert';
import { LoadingState } from '../../../components/loading-state';
import { PageTitle } from '../../../components/page-title';
import { PaginationBar } from '../../../components/pagination-bar';
import { useMe } from '../../auth/api/get-me';
import { hasPermission } from '../../auth/types';
import { useAppointments } from '../api/appointments';
import { formatInZone } from '../appointment-types';
import { ResponseBadge, StatusBadge } from '../components/appointment-badges';
import { CalendarFeedCard } from '../components/calendar-feed-card';
import { AnchorLink, ButtonLink } from '../components/links';
import { WorkHoursCard } from '../components/work-hours-card';
import { nameIn } from '../types';

const pageSize = 20;

/** My appointments (or every one, for HR), my calendar feed, and the way to schedule a new one. */
export function AppointmentsPage() {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const { data: me } = useMe();
  const canSchedule = hasPermission(me, 'people.schedule');
  const [scope, setScope] = useState<'mine' | 'all'>('mine');
  const [cancelled, setCancelled] = useState(false);
  const [page, setPage] = useState(1);
  const list = useAppointments({ scope, includeCancelled: cancelled, page, pageSize });
  const zone = me?.user.timeZone ?? 'UTC';
  return (
    <>
      <PageTitle
        actions={
          canSchedule && (
            <ButtonLink to="/people/appointments/new" leftSection={<IconPlus size={16} />} data-testid="new-appointment">
              {t('appointments.schedule')}
            </ButtonLink>
          )
        }
      >
        {t('appointments.title')}
      </PageTitle>
      <CalendarFeedCard />
      {canSchedule && scope === 'all' && <WorkHoursCard canEdit={hasPermission(me, 'people.write')} />}
      <Group mb="md" gap="md" wrap="wrap">
        {canSchedule && (
          <SegmentedControl
            value={scope}
            onChange={(v) => {
              setScope(v as 'mine' | 'all');
              setPage(1);
            }}
            data={[
              { value: 'mine', label: t('appointments.mine') },
              { value: 'all', label: t('appointments.all') },
            ]}
            data-testid="scope"
          />
        )}
        <Switch label={t('appointments.showCancelled')} checked={cancelled} onChange={(e) => setCancelled(e.currentTarget.checked)} />
      </Group>
      <ErrorAlert error={list.error} />
      {list.isPending && <LoadingState />}
      {list.data &&
        (list.data.total === 0 ? (
          <Text c="dimmed" data-testid="no-appointments">
            {t('appointments.none')}
          </Text>
        ) : (
          <>
            <Table.ScrollContainer minWidth={640}>
              <Table striped data-testid="appointments-table">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t('appointments.fields.when', { zone })}</Table.Th>
                    <Table.Th>{t('appointments.fields.title')}</Table.Th>
                    <Table.Th>{t('appointments.fields.kind')}</Table.Th>
                    <Table.Th>{t('appointments.fields.attendees')}</Table.Th>
                    <Table.Th>{t('common.status')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {list.data.items.map((a) => (
                    <Table.Tr key={a.id} data-testid="appointment-row">
                      <Table.Td style={{ whiteSpace: 'nowrap' }}>
                        <bdi>{formatInZone(a.startsAt, zone, lang)}</bdi>
                      </Table.Td>
                      <Table.Td>
                        <AnchorLink to="/people/appointments/$appointmentId" params={{ appointmentId: a.id }}>
                          <bdi>{a.title}</bdi>
                        </AnchorLink>
                      </Table.Td>
                      <Table.Td>{t(`appointments.kinds.${a.kind}`)}</Table.Td>
                      <Table.Td>{a.attendees.map((x) => nameIn(lang, { en: x.nameEn, ar: x.nameAr })).join(lang === 'ar' ? '، ' : ', ')}</Table.Td>
                      <Table.Td>
                        <Group gap={4} wrap="nowrap">
                          <StatusBadge status={a.status} />
                          {a.myResponse && <ResponseBadge response={a.myResponse} />}
                        </Group>
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
            <PaginationBar page={page} pageSize={pageSize} total={list.data.total} onChange={setPage} />
          </>
        ))}
    </>
  );
}
