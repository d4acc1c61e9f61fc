import { MultiSelect } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useEmployees } from '../api/get-employees';
import { nameIn } from '../types';

export type PickedAttendee = { value: string; label: string };

/** Employees searched by name or number; the chosen ones stay listed while the search changes. */
export function AttendeePicker({ value, onChange, error }: { value: PickedAttendee[]; onChange: (v: PickedAttendee[]) => void; error?: string }) {
  const { t, i18n } = useTranslation();
  const [search, setSearch] = useState('');
  const found = useEmployees({ page: 1, pageSize: 20, q: search || undefined });
  const options = new Map(value.map((v) => [v.value, v]));
  for (const e of found.data?.items ?? []) {
    if (!options.has(e.id)) options.set(e.id, { value: e.id, label: `${nameIn(i18n.language, { en: e.nameEn, ar: e.nameAr })} (${e.employeeNumber})` });
  }
  return (
    <MultiSelect
      label={t('appointments.fields.attendees')}
      placeholder={value.length ? undefined : t('appointments.fields.attendeesHint')}
      data={[...options.values()]}
      value={value.map((v) => v.value)}
      onChange={(ids) => onChange(ids.map((id) => options.get(id) as PickedAttendee))}
      searchable
      searchValue={search}
      onSearchChange={setSearch}
      filter={({ options: o }) => o}
      nothingFoundMessage={t('common.empty')}
      error={error}
      required
      data-testid="attendee-picker"
    />
  );
}
