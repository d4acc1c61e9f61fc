import { Button, Group, NumberInput, Select } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/error-alert';
import { useSetLeavePolicy } from '../api/leave';
import { allOnFields, serverFieldErrors } from './server-field-errors';

const FIELDS = ['employmentType', 'accrual', 'daysPerYear', 'carryOverCap'] as const;
const EMPLOYMENT = ['all', 'full_time', 'part_time', 'contractor', 'intern'] as const;

/** Sets (or replaces) how a leave type accrues for one employment type, or for all. */
export function LeavePolicyForm({ leaveTypeId }: { leaveTypeId: string }) {
  const { t } = useTranslation();
  const save = useSetLeavePolicy();
  const [form, setForm] = useState({
    employmentType: 'all',
    accrual: 'yearly' as 'monthly' | 'yearly',
    daysPerYear: 21 as number | string,
    cap: '' as number | string,
  });
  const errors = serverFieldErrors(save.error, FIELDS);
  const submit = (ev: FormEvent) => {
    ev.preventDefault();
    save.mutate({
      leaveTypeId,
      employmentType: form.employmentType,
      accrual: form.accrual,
      daysPerYear: Number(form.daysPerYear),
      carryOverCap: form.cap === '' ? null : Number(form.cap),
    });
  };
  return (
    <form noValidate onSubmit={submit} data-testid="leave-policy-form">
      <Group align="start" wrap="wrap">
        <Select
          label={t('people.fields.employmentType')}
          data={EMPLOYMENT.map((v) => ({ value: v, label: v === 'all' ? t('people.leave.allTypes') : t(`people.employmentType.${v}`) }))}
          value={form.employmentType}
          onChange={(v) => setForm({ ...form, employmentType: v ?? 'all' })}
          allowDeselect={false}
          error={errors.employmentType}
          w={220}
        />
        <Select
          label={t('people.leave.accrual')}
          data={(['yearly', 'monthly'] as const).map((v) => ({ value: v, label: t(`people.leave.accrualKind.${v}`) }))}
          value={form.accrual}
          onChange={(v) => setForm({ ...form, accrual: v === 'monthly' ? 'monthly' : 'yearly' })}
          allowDeselect={false}
          error={errors.accrual}
          w={150}
        />
        <NumberInput
          label={t('people.leave.daysPerYear')}
          min={0}
          max={366}
          decimalScale={2}
          value={form.daysPerYear}
          onChange={(v) => setForm({ ...form, daysPerYear: v })}
          error={errors.daysPerYear}
          w={130}
        />
        <NumberInput
          label={t('people.leave.carryOverCap')}
          description={t('people.leave.noCap')}
          min={0}
          max={366}
          decimalScale={2}
          value={form.cap}
          onChange={(v) => setForm({ ...form, cap: v })}
          error={errors.carryOverCap}
          w={160}
        />
        <Button mt={25} type="submit" variant="light" loading={save.isPending} data-testid="save-leave-policy">
          {t('people.leave.setPolicy')}
        </Button>
      </Group>
      {!allOnFields(save.error, errors) && <ErrorAlert error={save.error} />}
    </form>
  );
}
