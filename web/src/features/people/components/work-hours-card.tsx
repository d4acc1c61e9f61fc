import { Button, Card, Group, Text, TextInput, Title } from '@mantine/core';
import { type FormEvent, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/error-alert';
import { useSetWorkHours, useWorkHours } from '../api/appointments';
import { serverFieldErrors } from './server-field-errors';

/** The company's working hours, which the free-slot finder applies in each attendee's own zone. */
export function WorkHoursCard({ canEdit }: { canEdit: boolean }) {
  const { t } = useTranslation();
  const hours = useWorkHours(true);
  const save = useSetWorkHours();
  const [start, setStart] = useState('');
  const [end, setEnd] = useState('');
  useEffect(() => {
    if (hours.data) {
      setStart(hours.data.dayStart);
      setEnd(hours.data.dayEnd);
    }
  }, [hours.data]);
  const errors = serverFieldErrors(save.error, ['dayStart', 'dayEnd']);
  const submit = (ev: FormEvent) => {
    ev.preventDefault();
    save.mutate({ dayStart: start, dayEnd: end });
  };
  return (
    <Card withBorder mb="md" component="form" onSubmit={submit} noValidate data-testid="work-hours-card">
      <Title order={2} size="h4" mb={4}>
        {t('appointments.workHours.title')}
      </Title>
      <Text size="sm" c="dimmed" mb="sm">
        {t('appointments.workHours.intro')}
      </Text>
      <ErrorAlert error={hours.error ?? (Object.keys(errors).length ? null : save.error)} />
      <Group align="flex-end" gap="sm" wrap="wrap">
        <TextInput
          type="time"
          label={t('appointments.workHours.start')}
          value={start}
          onChange={(e) => setStart(e.currentTarget.value)}
          error={errors.dayStart}
          disabled={!canEdit}
          dir="ltr"
        />
        <TextInput
          type="time"
          label={t('appointments.workHours.end')}
          value={end}
          onChange={(e) => setEnd(e.currentTarget.value)}
          error={errors.dayEnd}
          disabled={!canEdit}
          dir="ltr"
        />
        {canEdit && (
          <Button type="submit" variant="default" loading={save.isPending} data-testid="save-work-hours">
            {save.isSuccess ? t('common.saved') : t('common.save')}
          </Button>
        )}
      </Group>
    </Card>
  );
}
