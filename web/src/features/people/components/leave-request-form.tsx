import { Alert, Button, Card, Checkbox, Group, Select, Text, Textarea, TextInput, Title } from '@mantine/core';
import { IconCalendarPlus } from '@tabler/icons-react';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/error-alert';
import { useLeaveAvailability, useRequestLeave, useWorkingDays } from '../api/leave-requests';
import { nameIn } from '../types';
import { leaveFieldErrors } from './leave-refusal';

const FIELDS = ['leaveTypeId', 'from', 'to', 'startsAfternoon', 'endsMidday', 'note', 'employeeId'] as const;
const empty = { leaveTypeId: '', from: '', to: '', startsAfternoon: false, endsMidday: false, note: '' };

/**
 * Ask for leave. The working days the company calendar counts (weekends and holidays left out, half
 * days halved) and what is available on the start date show before submitting; a refusal shows under
 * the field it concerns.
 */
export function LeaveRequestForm({ employeeId }: { employeeId: string }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const fmt = new Intl.NumberFormat(lang === 'ar' ? 'ar' : 'en-GB', { maximumFractionDigits: 2 });
  const types = useLeaveAvailability(employeeId);
  const submit = useRequestLeave();
  const [form, setForm] = useState(empty);
  const [done, setDone] = useState(false);
  const preview = useWorkingDays({
    employeeId,
    leaveTypeId: form.leaveTypeId || undefined,
    from: form.from,
    to: form.to,
    startsAfternoon: form.startsAfternoon,
    endsMidday: form.endsMidday,
  });
  const errors = leaveFieldErrors(t, submit.error, FIELDS);
  const set = (patch: Partial<typeof form>) => {
    submit.reset();
    setDone(false);
    setForm({ ...form, ...patch });
  };
  const onSubmit = (ev: FormEvent) => {
    ev.preventDefault();
    submit.mutate(
      { employeeId, ...form, note: form.note.trim() || undefined },
      {
        onSuccess: () => {
          setForm(empty);
          setDone(true);
        },
      },
    );
  };
  const p = preview.data;
  const onFields = Object.keys(errors).length > 0;
  return (
    <Card withBorder>
      <Title order={2} size="h4" mb="sm">
        {t('leaveRequests.newRequest')}
      </Title>
      <form noValidate onSubmit={onSubmit} data-testid="leave-request-form">
        <Group align="start" wrap="wrap" gap="sm">
          <Select
            label={t('leaveRequests.type')}
            withAsterisk
            data={(types.data?.items ?? []).map((i) => ({ value: i.leaveTypeId, label: nameIn(lang, { en: i.nameEn, ar: i.nameAr }) }))}
            value={form.leaveTypeId || null}
            onChange={(v) => set({ leaveTypeId: v ?? '' })}
            error={errors.leaveTypeId}
            w={{ base: '100%', xs: 220 }}
            data-testid="leave-type"
          />
          <TextInput
            type="date"
            label={t('leaveRequests.from')}
            withAsterisk
            value={form.from}
            onChange={(e) => set({ from: e.currentTarget.value, to: form.to && form.to >= e.currentTarget.value ? form.to : e.currentTarget.value })}
            error={errors.from}
            w={{ base: '100%', xs: 170 }}
            data-testid="leave-from"
          />
          <TextInput
            type="date"
            label={t('leaveRequests.to')}
            withAsterisk
            value={form.to}
            min={form.from || undefined}
            onChange={(e) => set({ to: e.currentTarget.value })}
            error={errors.to}
            w={{ base: '100%', xs: 170 }}
            data-testid="leave-to"
          />
        </Group>
        <Group mt="sm" gap="lg" wrap="wrap">
          <Checkbox
            label={t('leaveRequests.startsAfternoon')}
            checked={form.startsAfternoon}
            onChange={(e) => set({ startsAfternoon: e.currentTarget.checked })}
            error={errors.startsAfternoon}
          />
          <Checkbox
            label={t('leaveRequests.endsMidday')}
            checked={form.endsMidday}
            onChange={(e) => set({ endsMidday: e.currentTarget.checked })}
            error={errors.endsMidday}
          />
        </Group>
        <Textarea
          mt="sm"
          label={t('leaveRequests.note')}
          autosize
          minRows={1}
          maxLength={500}
          value={form.note}
          onChange={(e) => set({ note: e.currentTarget.value })}
        />
        <Text mt="sm" size="sm" aria-live="polite" data-testid="working-days-preview">
          {p
            ? [
                t('leaveRequests.workingDays', { count: p.days, formatted: fmt.format(p.days) }),
                p.available === null ? '' : t('leaveRequests.availableOnStart', { formatted: fmt.format(p.available) }),
              ]
                .filter(Boolean)
                .join(' · ')
            : t('leaveRequests.pickDates')}
        </Text>
        <Button mt="sm" type="submit" leftSection={<IconCalendarPlus size={16} />} loading={submit.isPending} data-testid="submit-leave">
          {t('leaveRequests.submit')}
        </Button>
      </form>
      {done && (
        <Alert mt="sm" color="green" data-testid="leave-submitted">
          {t('leaveRequests.submitted')}
        </Alert>
      )}
      {!onFields && <ErrorAlert error={submit.error} />}
    </Card>
  );
}
