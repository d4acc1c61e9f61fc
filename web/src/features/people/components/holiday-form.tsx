import { Button, Checkbox, Group, TextInput } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/error-alert';
import { useAddHoliday } from '../api/calendar';
import { allOnFields, serverFieldErrors } from './server-field-errors';

const FIELDS = ['date', 'nameEn', 'nameAr'] as const;
const empty = { date: '', nameEn: '', nameAr: '', halfDay: false };

/** One public holiday; the server refuses a second one on the same date (shown under the date). */
export function HolidayForm() {
  const { t } = useTranslation();
  const add = useAddHoliday();
  const [form, setForm] = useState(empty);
  const errors = serverFieldErrors(add.error, FIELDS);
  const submit = (ev: FormEvent) => {
    ev.preventDefault();
    add.mutate(form, { onSuccess: () => setForm(empty) });
  };
  return (
    <form noValidate onSubmit={submit} data-testid="holiday-form">
      <Group align="start" wrap="wrap">
        <TextInput
          type="date"
          label={t('people.calendar.date')}
          withAsterisk
          value={form.date}
          onChange={(e) => setForm({ ...form, date: e.currentTarget.value })}
          error={errors.date}
        />
        <TextInput
          label={t('people.fields.nameEn')}
          withAsterisk
          dir="ltr"
          value={form.nameEn}
          onChange={(e) => setForm({ ...form, nameEn: e.currentTarget.value })}
          error={errors.nameEn}
        />
        <TextInput
          label={t('people.fields.nameAr')}
          withAsterisk
          dir="rtl"
          value={form.nameAr}
          onChange={(e) => setForm({ ...form, nameAr: e.currentTarget.value })}
          error={errors.nameAr}
        />
        <Checkbox
          mt={32}
          label={t('people.calendar.halfDay')}
          checked={form.halfDay}
          onChange={(e) => setForm({ ...form, halfDay: e.currentTarget.checked })}
        />
        <Button mt={25} type="submit" leftSection={<IconPlus size={16} />} loading={add.isPending} data-testid="add-holiday">
          {t('people.calendar.add')}
        </Button>
      </Group>
      {!allOnFields(add.error, errors) && <ErrorAlert error={add.error} />}
    </form>
  );
}
