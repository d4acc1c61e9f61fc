import { Button, Group, Modal, Select, SimpleGrid, TextInput } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/error-alert';
import { FormStack } from '../../../components/form-stack';
import { useRecordCompensation } from '../api/record-compensation';
import type { Compensation } from '../types';
import { allOnFields, serverFieldErrors } from './server-field-errors';

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
  const submit = (ev: FormEvent) => {
    ev.preventDefault();
    record.mutate({ id: employeeId, ...form, amount: form.amount.trim(), currency: form.currency.trim().toUpperCase() }, { onSuccess: close });
  };
  return (
    <Modal opened={opened} onClose={close} title={t('people.payChange.title')} size="lg">
      <FormStack onSubmit={submit} data-testid="pay-change-form">
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput
            type="date"
            label={t('people.fields.effectiveDate')}
            withAsterisk
            value={form.effectiveDate}
            onChange={(e) => set('effectiveDate')(e.currentTarget.value)}
            error={errors.effectiveDate}
          />
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
        </SimpleGrid>
        <TextInput
          label={t('people.fields.reason')}
          withAsterisk
          value={form.reason}
          onChange={(e) => set('reason')(e.currentTarget.value)}
          error={errors.reason}
        />
        {!allOnFields(record.error, errors) && <ErrorAlert error={record.error} />}
        <Group justify="flex-end">
          <Button variant="default" onClick={close}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={record.isPending} data-testid="save-pay-change">
            {t('people.payChange.save')}
          </Button>
        </Group>
      </FormStack>
    </Modal>
  );
}
