import { Alert, Button, Card, Checkbox, Grid, Group, Select, Stack, Textarea, TextInput } from '@mantine/core';
import { useNavigate } from '@tanstack/react-router';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/error-alert';
import { ForbiddenNotice } from '../../../components/forbidden-notice';
import { PageTitle } from '../../../components/page-title';
import { useMe } from '../../auth/api/get-me';
import { hasPermission } from '../../auth/types';
import { useScheduleAppointment } from '../api/appointments';
import { APPOINTMENT_KINDS, type AppointmentKind, isoToLocalInput, localInputToIso } from '../appointment-types';
import { AttendeePicker, type PickedAttendee } from '../components/attendee-picker';
import { ConflictList, conflictsOf } from '../components/conflict-list';
import { FreeSlotsPanel } from '../components/free-slots-panel';
import { ButtonLink } from '../components/links';
import { serverFieldErrors } from '../components/server-field-errors';

const FIELDS = ['title', 'kind', 'attendeeIds', 'startsAt', 'endsAt', 'location', 'videoUrl', 'notes', 'overrideReason'] as const;

/** HR schedules a meeting, interview or review: attendees, a free slot (or a time typed), where, notes. */
export function ScheduleAppointmentPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { data: me } = useMe();
  const schedule = useScheduleAppointment();
  const [title, setTitle] = useState('');
  const [kind, setKind] = useState<AppointmentKind>('meeting');
  const [attendees, setAttendees] = useState<PickedAttendee[]>([]);
  const [start, setStart] = useState('');
  const [end, setEnd] = useState('');
  const [location, setLocation] = useState('');
  const [videoUrl, setVideoUrl] = useState('');
  const [notes, setNotes] = useState('');
  const [override, setOverride] = useState(false);
  const [reason, setReason] = useState('');
  if (!hasPermission(me, 'people.schedule')) return <ForbiddenNotice />;
  const zone = me?.user.timeZone ?? 'UTC';
  const errors = serverFieldErrors(schedule.error, FIELDS);
  const conflicts = conflictsOf(schedule.error);
  const submit = (ev: FormEvent) => {
    ev.preventDefault();
    schedule.mutate(
      {
        title,
        kind,
        attendeeIds: attendees.map((a) => a.value),
        startsAt: localInputToIso(start),
        endsAt: localInputToIso(end),
        location: location || null,
        videoUrl: videoUrl || null,
        notes: notes || null,
        override,
        overrideReason: override ? reason : undefined,
      },
      { onSuccess: (a) => navigate({ to: '/people/appointments/$appointmentId', params: { appointmentId: a.id } }) },
    );
  };
  return (
    <>
      <PageTitle
        actions={
          <ButtonLink to="/people/appointments" variant="default">
            {t('appointments.title')}
          </ButtonLink>
        }
      >
        {t('appointments.new')}
      </PageTitle>
      <Grid>
        <Grid.Col span={{ base: 12, md: 7 }}>
          <Card withBorder component="form" onSubmit={submit} noValidate data-testid="appointment-form">
            <Stack>
              <TextInput
                label={t('appointments.fields.title')}
                value={title}
                onChange={(e) => setTitle(e.currentTarget.value)}
                error={errors.title}
                required
                data-testid="title"
              />
              <Select
                label={t('appointments.fields.kind')}
                data={APPOINTMENT_KINDS.map((k) => ({ value: k, label: t(`appointments.kinds.${k}`) }))}
                value={kind}
                onChange={(v) => setKind((v ?? 'meeting') as AppointmentKind)}
                allowDeselect={false}
                data-testid="kind"
              />
              <AttendeePicker value={attendees} onChange={setAttendees} error={errors.attendeeIds} />
              <Group grow align="flex-start" wrap="wrap">
                <TextInput
                  type="datetime-local"
                  label={t('appointments.fields.start')}
                  value={start}
                  onChange={(e) => setStart(e.currentTarget.value)}
                  error={errors.startsAt}
                  required
                  data-testid="start"
                />
                <TextInput
                  type="datetime-local"
                  label={t('appointments.fields.end')}
                  value={end}
                  onChange={(e) => setEnd(e.currentTarget.value)}
                  error={errors.endsAt}
                  required
                  data-testid="end"
                />
              </Group>
              <TextInput
                label={t('appointments.fields.location')}
                value={location}
                onChange={(e) => setLocation(e.currentTarget.value)}
                error={errors.location}
              />
              <TextInput
                label={t('appointments.fields.videoUrl')}
                placeholder="https://"
                dir="ltr"
                value={videoUrl}
                onChange={(e) => setVideoUrl(e.currentTarget.value)}
                error={errors.videoUrl}
                data-testid="video-url"
              />
              <Textarea
                label={t('appointments.fields.notes')}
                value={notes}
                onChange={(e) => setNotes(e.currentTarget.value)}
                error={errors.notes}
                autosize
                minRows={2}
              />
              {conflicts.length > 0 && (
                <Alert color="orange" data-testid="conflict-alert">
                  <ConflictList conflicts={conflicts} names={new Map(attendees.map((a) => [a.value, a.label]))} timeZone={zone} />
                </Alert>
              )}
              {(conflicts.length > 0 || override) && (
                <>
                  <Checkbox
                    label={t('appointments.override')}
                    checked={override}
                    onChange={(e) => setOverride(e.currentTarget.checked)}
                    data-testid="override"
                  />
                  {override && (
                    <TextInput
                      label={t('appointments.fields.overrideReason')}
                      value={reason}
                      onChange={(e) => setReason(e.currentTarget.value)}
                      error={errors.overrideReason}
                      required
                      data-testid="override-reason"
                    />
                  )}
                </>
              )}
              {conflicts.length === 0 && <ErrorAlert error={Object.keys(errors).length ? null : schedule.error} />}
              <Group justify="flex-end">
                <Button type="submit" loading={schedule.isPending} data-testid="save-appointment">
                  {t('appointments.schedule')}
                </Button>
              </Group>
            </Stack>
          </Card>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 5 }}>
          <FreeSlotsPanel
            attendeeIds={attendees.map((a) => a.value)}
            timeZone={zone}
            onPick={(s) => {
              setStart(isoToLocalInput(s.startsAt));
              setEnd(isoToLocalInput(s.endsAt));
            }}
          />
        </Grid.Col>
      </Grid>
    </>
  );
}
