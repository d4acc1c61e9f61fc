import { Alert, Button, Card, Group, NumberInput, Select, Text, TextInput, Title } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/error-alert';
import { useEmployees } from '../api/get-employees';
import { useLeaveTypes } from '../api/leave';
import { useRecordAdjustment } from '../api/leave-requests';
import { nameIn } from '../types';
import { LeaveAvailabilityCard } from './leave-availability-card';
import { allOnFields, serverFieldErrors } from './server-field-errors';

const FIELDS = ['leaveTypeId', 'date', 'days', 'reason'] as const;

/** HR corrects a balance: a signed number of days with a reason, recorded beside usage, never an edit. */
export function LeaveAdjustmentForm() {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const [search, setSearch] = useState('');
  const employees = useEmployees({ page: 1, pageSize: 20, q: search || undefined });
  const types = useLeaveTypes();
  const save = useRecordAdjustment();
  const [employeeId, setEmployeeId] = useState<string | null>(null);
  const [form, setForm] = useState({ leaveTypeId: '', date: new Date().toISOString().slice(0, 10), days: '' as number | string, reason: '' });
  const [done, setDone] = useState(false);
  const errors = serverFieldErrors(save.error, FIELDS);
  const set = (patch: Partial<typeof form>) => {
    save.reset();
    setDone(false);
    setForm({ ...form, ...patch });
  };
  const submit = (ev: FormEvent) => {
    ev.preventDefault();
    if (!employeeId) return;
    save.mutate(
      { employeeId, leaveTypeId: form.leaveTypeId, date: form.date, days: Number(form.days), reason: form.reason },
      {
        onSuccess: () => {
          setForm({ ...form, days: '', reason: '' });
          setDone(true);
        },
      },
    );
  };
  return (
    <>
      <Card withBorder mb="md">
        <Title order={2} size="h4" mb="xs">
          {t('leaveRequests.adjust.title')}
        </Title>
        <Text size="sm" c="dimmed" mb="sm">
          {t('leaveRequests.adjust.help')}
        </Text>
        <form noValidate onSubmit={submit} data-testid="leave-adjustment-form">
          <Group align="start" wrap="wrap" gap="sm">
            <Select
              label={t('leaveRequests.employee')}
              withAsterisk
              searchable
              searchValue={search}
              onSearchChange={setSearch}
              data={(employees.data?.items ?? []).map((e) => ({ value: e.id, label: `${e.employeeNumber} · ${nameIn(lang, { en: e.nameEn, ar: e.nameAr })}` }))}
              value={employeeId}
              onChange={setEmployeeId}
              filter={({ options }) => options}
              w={{ base: '100%', xs: 280 }}
              data-testid="adjust-employee"
            />
            <Select
              label={t('leaveRequests.type')}
              withAsterisk
              data={(types.data?.items ?? []).map((ty) => ({ value: ty.id, label: nameIn(lang, { en: ty.nameEn, ar: ty.nameAr }) }))}
              value={form.leaveTypeId || null}
              onChange={(v) => set({ leaveTypeId: v ?? '' })}
              error={errors.leaveTypeId}
              w={{ base: '100%', xs: 200 }}
              data-testid="adjust-type"
            />
            <TextInput
              type="date"
              label={t('leaveRequests.adjust.date')}
              withAsterisk
              value={form.date}
              onChange={(e) => set({ date: e.currentTarget.value })}
              error={errors.date}
              w={{ base: '100%', xs: 170 }}
            />
            <NumberInput
              label={t('leaveRequests.adjust.days')}
              description={t('leaveRequests.adjust.daysHelp')}
              withAsterisk
              decimalScale={2}
              min={-366}
              max={366}
              value={form.days}
              onChange={(v) => set({ days: v })}
              error={errors.days}
              w={{ base: '100%', xs: 170 }}
              data-testid="adjust-days"
            />
          </Group>
          <TextInput
            mt="sm"
            label={t('leaveRequests.adjust.reason')}
            withAsterisk
            maxLength={300}
            value={form.reason}
            onChange={(e) => set({ reason: e.currentTarget.value })}
            error={errors.reason}
            data-testid="adjust-reason"
          />
          <Button mt="sm" type="submit" disabled={!employeeId} loading={save.isPending} data-testid="save-adjustment">
            {t('leaveRequests.adjust.save')}
          </Button>
        </form>
        {done && (
          <Alert mt="sm" color="green" data-testid="adjustment-saved">
            {t('leaveRequests.adjust.saved')}
          </Alert>
        )}
        {!allOnFields(save.error, errors) && <ErrorAlert error={save.error} />}
      </Card>
      {employeeId && <LeaveAvailabilityCard employeeId={employeeId} />}
    </>
  );
}
