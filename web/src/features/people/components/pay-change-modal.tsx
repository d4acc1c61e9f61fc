import { Select, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useRecordCompensation } from '../api/record-compensation';
import type { Compensation } from '../types';
import { ChangeModal } from './change-modal';
import { serverFieldErrors } from './server-field-errors';

const FIELDS = ['effectiveDate', 'amount', 'currency', 'basis', 'reason'] as const;
const BASES = ['hour', 'month', 'year'] as const;

/** A new rate of pay from a date. The amount stays a decimal string end to end (never a float). */
export function PayChangeModal({ employeeId, opened, onClose, currency }: { employeeId: string; opened: boolean; onClose: () => void; currency: string }) {
  const { t } = useTranslation();
  const record = useRecordCompensation();
  const initial = () => ({ effectiveDate: '', amount: '', currency, basis: 'month' as Compensation['basis'], reason: '' });
  const [form, setForm] = useState(initial);
  const set = (k: keyof ReturnType<typeof initial>) => (v: string | null) => setForm((f) => ({ ...f, [k]: v ?? '' }));
  const errors = serverFieldErrors(record.error, FIELDS);
  const close = () => {
    record.reset();
    setForm(initial());
    onClose();
  };
  const submit = () =>
    record.mutate({ id: employeeId, ...form, amount: form.amount.trim(), currency: form.currency.trim().toUpperCase() }, { onSuccess: close });
  return (
    <ChangeModal
      title={t('people.payChange.title')}
      opened={opened}
      onClose={close}
      onSubmit={submit}
      testId="pay-change-form"
      saveTestId="save-pay-change"
      saveLabel={t('people.payChange.save')}
      pending={record.isPending}
      error={record.error}
      errors={errors}
      effectiveDate={form.effectiveDate}
      onEffectiveDate={set('effectiveDate')}
      footer={
        <TextInput
          label={t('people.fields.reason')}
          withAsterisk
          value={form.reason}
          onChange={(e) => set('reason')(e.currentTarget.value)}
          error={errors.reason}
        />
      }
    >
      <TextInput
        label={t('people.fields.amount')}
        withAsterisk
        inputMode="decimal"
        dir="ltr"
        placeholder="18.50"
        value={form.amount}
        onChange={(e) => set('amount')(e.currentTarget.value)}
        error={errors.amount}
      />
      <TextInput
        label={t('people.fields.currency')}
        withAsterisk
        dir="ltr"
        maxLength={3}
        value={form.currency}
        onChange={(e) => set('currency')(e.currentTarget.value)}
        error={errors.currency}
      />
      <Select
        label={t('people.fields.basis')}
        data={BASES.map((b) => ({ value: b, label: t(`people.basis.${b}`) }))}
        value={form.basis}
        onChange={set('basis')}
        allowDeselect={false}
        error={errors.basis}
      />
    </ChangeModal>
  );
}
