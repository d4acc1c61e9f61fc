import { TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAddHoliday } from '../api/calendar';
import { InlineAddForm, InlineFlag, NameFields } from './inline-add-form';
import { serverFieldErrors } from './server-field-errors';

const FIELDS = ['date', 'nameEn', 'nameAr'] as const;
const empty = { date: '', nameEn: '', nameAr: '', halfDay: false };

/** One public holiday; the server refuses a second one on the same date (shown under the date). */
export function HolidayForm() {
  const { t } = useTranslation();
  const add = useAddHoliday();
  const [form, setForm] = useState(empty);
  const errors = serverFieldErrors(add.error, FIELDS);
  return (
    <InlineAddForm
      testId="holiday-form"
      buttonTestId="add-holiday"
      buttonLabel={t('people.calendar.add')}
      pending={add.isPending}
      error={add.error}
      errors={errors}
      onSubmit={() => add.mutate(form, { onSuccess: () => setForm(empty) })}
    >
      <TextInput
        type="date"
        label={t('people.calendar.date')}
        withAsterisk
        value={form.date}
        onChange={(e) => setForm({ ...form, date: e.currentTarget.value })}
        error={errors.date}
      />
      <NameFields form={form} setForm={setForm} errors={errors} />
      <InlineFlag label={t('people.calendar.halfDay')} checked={form.halfDay} onChange={(halfDay) => setForm({ ...form, halfDay })} />
    </InlineAddForm>
  );
}
