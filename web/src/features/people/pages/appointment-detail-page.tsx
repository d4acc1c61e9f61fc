import { Alert, Anchor, Button, Card, Checkbox, Group, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { IconCheck, IconX } from '@tabler/icons-react';
import { useParams } from '@tanstack/react-router';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '../../../components/confirm-dialog';
import { ErrorAlert } from '../../../components/error-alert';
import { LoadingState } from '../../../components/loading-state';
import { PageTitle } from '../../../components/page-title';
import { useMe } from '../../auth/api/get-me';
import { hasPermission } from '../../auth/types';
import { useAppointment, useCancelAppointment, useRescheduleAppointment, useRespondToAppointment } from '../api/appointments';
import { type Appointment, formatInZone, isoToLocalInput, localInputToIso } from '../appointment-types';
import { ResponseBadge, StatusBadge } from '../components/appointment-badges';
import { ConflictList, conflictsOf } from '../components/conflict-list';
import { ButtonLink } from '../components/links';
import { serverFieldErrors } from '../components/server-field-errors';
import { nameIn } from '../types';

/** One appointment: when (for me and for each attendee in their zone), where, who answered; respond, move or cancel. */
export function AppointmentDetailPage() {
  const { appointmentId } = useParams({ from: '/app/people/appointments/$appointmentId' });
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const { data: me } = useMe();
  const appointment = useAppointment(appointmentId);
  const respond = useRespondToAppointment();
  const cancel = useCancelAppointment();
  const [confirmCancel, setConfirmCancel] = useState(false);
  const a = appointment.data;
  const zone = me?.user.timeZone ?? 'UTC';
  const canSchedule = hasPermission(me, 'people.schedule');
  return (
    <>
      <PageTitle
        actions={
          <ButtonLink to="/people/appointments" variant="default">
            {t('appointments.title')}
          </ButtonLink>
        }
      >
        {a ? <bdi>{a.title}</bdi> : t('appointments.title')}
      </PageTitle>
      <ErrorAlert error={appointment.error ?? respond.error ?? cancel.error} />
      {appointment.isPending && <LoadingState />}
      {a && (
        <Stack>
          <Card withBorder data-testid="appointment-detail">
            <Group gap="xs" mb="sm">
              <StatusBadge status={a.status} />
              <Text size="sm" c="dimmed">
                {t(`appointments.kinds.${a.kind}`)}
              </Text>
            </Group>
            <Text data-testid="appointment-when">
              <bdi>
                {formatInZone(a.startsAt, zone, lang)} – {formatInZone(a.endsAt, zone, lang, 'time')}
              </bdi>{' '}
              <Text span c="dimmed" size="sm" dir="ltr">
                ({zone})
              </Text>
            </Text>
            {a.location && <Text mt="xs">{t('appointments.fields.locationValue', { location: a.location })}</Text>}
            {a.videoUrl && (
              <Anchor href={a.videoUrl} target="_blank" rel="noopener noreferrer" dir="ltr" mt="xs" display="block">
                {a.videoUrl}
              </Anchor>
            )}
            {a.notes && (
              <Text mt="xs" style={{ whiteSpace: 'pre-wrap' }}>
                {a.notes}
              </Text>
            )}
            {a.overrideReason && (
              <Alert color="orange" mt="sm">
                {t('appointments.overridden', { reason: a.overrideReason })}
              </Alert>
            )}
            {a.myResponse && a.status === 'scheduled' && (
              <Group mt="md" gap="sm">
                <Text size="sm">{t('appointments.yourResponse')}</Text>
                <ResponseBadge response={a.myResponse} />
                <Button
                  leftSection={<IconCheck size={16} />}
                  color="teal"
                  variant={a.myResponse === 'accepted' ? 'filled' : 'light'}
                  loading={respond.isPending && respond.variables?.response === 'accepted'}
                  onClick={() => respond.mutate({ id: a.id, response: 'accepted' })}
                  data-testid="accept"
                >
                  {t('appointments.accept')}
                </Button>
                <Button
                  leftSection={<IconX size={16} />}
                  color="red"
                  variant={a.myResponse === 'declined' ? 'filled' : 'light'}
                  loading={respond.isPending && respond.variables?.response === 'declined'}
                  onClick={() => respond.mutate({ id: a.id, response: 'declined' })}
                  data-testid="decline"
                >
                  {t('appointments.decline')}
                </Button>
              </Group>
            )}
          </Card>
          <Card withBorder>
            <Title order={2} size="h4" mb="sm">
              {t('appointments.fields.attendees')}
            </Title>
            <Table.ScrollContainer minWidth={480}>
              <Table data-testid="attendees-table">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t('people.fields.name')}</Table.Th>
                    <Table.Th>{t('appointments.fields.theirTime')}</Table.Th>
                    <Table.Th>{t('appointments.fields.response')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {a.attendees.map((x) => (
                    <Table.Tr key={x.employeeId}>
                      <Table.Td>{nameIn(lang, { en: x.nameEn, ar: x.nameAr })}</Table.Td>
                      <Table.Td>
                        <bdi>{formatInZone(a.startsAt, x.timeZone, lang)}</bdi>{' '}
                        <Text span size="xs" c="dimmed" dir="ltr">
                          {x.timeZone}
                        </Text>
                      </Table.Td>
                      <Table.Td>
                        <ResponseBadge response={x.response} />
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          </Card>
          {canSchedule && a.status === 'scheduled' && (
            <>
              <RescheduleCard appointment={a} timeZone={zone} />
              <Group>
                <Button color="red" variant="light" onClick={() => setConfirmCancel(true)} data-testid="cancel-appointment">
                  {t('appointments.cancel')}
                </Button>
              </Group>
            </>
          )}
          <ConfirmDialog
            opened={confirmCancel}
            title={t('appointments.cancelTitle')}
            message={t('appointments.cancelMessage')}
            confirmLabel={t('appointments.cancel')}
            danger
            loading={cancel.isPending}
            onClose={() => setConfirmCancel(false)}
            onConfirm={() => cancel.mutate(a.id, { onSettled: () => setConfirmCancel(false) })}
          />
        </Stack>
      )}
    </>
  );
}

function RescheduleCard({ appointment: a, timeZone }: { appointment: Appointment; timeZone: string }) {
  const { t, i18n } = useTranslation();
  const move = useRescheduleAppointment();
  const [start, setStart] = useState(isoToLocalInput(a.startsAt));
  const [end, setEnd] = useState(isoToLocalInput(a.endsAt));
  const [override, setOverride] = useState(false);
  const [reason, setReason] = useState('');
  const errors = serverFieldErrors(move.error, ['startsAt', 'endsAt', 'overrideReason']);
  const conflicts = conflictsOf(move.error);
  const names = new Map(a.attendees.map((x) => [x.employeeId, nameIn(i18n.language, { en: x.nameEn, ar: x.nameAr })]));
  const submit = (ev: FormEvent) => {
    ev.preventDefault();
    move.mutate({ id: a.id, startsAt: localInputToIso(start), endsAt: localInputToIso(end), override, overrideReason: override ? reason : undefined });
  };
  return (
    <Card withBorder component="form" onSubmit={submit} noValidate data-testid="reschedule-form">
      <Title order={2} size="h4" mb="sm">
        {t('appointments.reschedule')}
      </Title>
      <Stack>
        <Group grow align="flex-start" wrap="wrap">
          <TextInput
            type="datetime-local"
            label={t('appointments.fields.start')}
            value={start}
            onChange={(e) => setStart(e.currentTarget.value)}
            error={errors.startsAt}
          />
          <TextInput
            type="datetime-local"
            label={t('appointments.fields.end')}
            value={end}
            onChange={(e) => setEnd(e.currentTarget.value)}
            error={errors.endsAt}
          />
        </Group>
        {conflicts.length > 0 && (
          <Alert color="orange">
            <ConflictList conflicts={conflicts} names={names} timeZone={timeZone} />
          </Alert>
        )}
        {(conflicts.length > 0 || override) && (
          <>
            <Checkbox label={t('appointments.override')} checked={override} onChange={(e) => setOverride(e.currentTarget.checked)} />
            {override && (
              <TextInput
                label={t('appointments.fields.overrideReason')}
                value={reason}
                onChange={(e) => setReason(e.currentTarget.value)}
                error={errors.overrideReason}
              />
            )}
          </>
        )}
        {conflicts.length === 0 && <ErrorAlert error={Object.keys(errors).length ? null : move.error} />}
        <Group justify="flex-end">
          <Button type="submit" loading={move.isPending} data-testid="save-reschedule">
            {t('appointments.reschedule')}
          </Button>
        </Group>
      </Stack>
    </Card>
  );
}
