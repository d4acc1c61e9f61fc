import { Button, Card, Group, Select, SimpleGrid, TextInput } from '@mantine/core';
import { useNavigate } from '@tanstack/react-router';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/error-alert';
import { PageTitle } from '../../../components/page-title';
import { useCreateEmployee } from '../api/create-employee';
import { useDepartments } from '../api/get-org-chart';
import { nameIn } from '../types';

const TEXT = ['employeeNumber', 'nameEn', 'nameAr', 'email', 'phone', 'hireDate', 'nationalId', 'birthDate', 'iban'] as const;

/** A new employee: identity, employment and the sensitive fields (sent once, stored encrypted). */
export function NewEmployeePage() {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const create = useCreateEmployee();
  const departments = useDepartments();
  const [form, setForm] = useState<Record<string, string>>({ employmentType: 'full_time', workLocation: 'office', timeZone: 'Asia/Riyadh' });
  const set = (k: string) => (v: string | null) => setForm((f) => ({ ...f, [k]: v ?? '' }));
  const submit = (ev: FormEvent) => {
    ev.preventDefault();
    const body = Object.fromEntries(Object.entries(form).filter(([, v]) => v !== ''));
    create.mutate(body, { onSuccess: ({ id }) => navigate({ to: '/people/employees/$employeeId', params: { employeeId: id } }) });
  };
  return (
    <>
      <PageTitle>{t('people.create')}</PageTitle>
      <Card withBorder component="form" onSubmit={submit} maw={900}>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          {TEXT.map((k) => (
            <TextInput
              key={k}
              label={t(`people.fields.${k}`)}
              name={k}
              type={k.endsWith('Date') ? 'date' : k === 'email' ? 'email' : 'text'}
              dir={k === 'nameAr' ? 'rtl' : undefined}
              required={['employeeNumber', 'nameEn', 'nameAr', 'hireDate'].includes(k)}
              value={form[k] ?? ''}
              onChange={(e) => set(k)(e.currentTarget.value)}
            />
          ))}
          <Select
            label={t('people.fields.department')}
            name="departmentId"
            clearable
            data={(departments.data?.items ?? []).map((d) => ({ value: d.id, label: nameIn(i18n.language, { en: d.nameEn, ar: d.nameAr }) }))}
            value={form.departmentId || null}
            onChange={set('departmentId')}
          />
          <Select
            label={t('people.fields.employmentType')}
            data={['full_time', 'part_time', 'contractor', 'intern'].map((v) => ({ value: v, label: t(`people.employmentType.${v}`) }))}
            value={form.employmentType}
            onChange={set('employmentType')}
            allowDeselect={false}
          />
          <Select
            label={t('people.fields.workLocation')}
            data={['office', 'remote', 'hybrid'].map((v) => ({ value: v, label: t(`people.workLocation.${v}`) }))}
            value={form.workLocation}
            onChange={set('workLocation')}
            allowDeselect={false}
          />
          <TextInput label={t('people.fields.timeZone')} value={form.timeZone} onChange={(e) => set('timeZone')(e.currentTarget.value)} />
        </SimpleGrid>
        <ErrorAlert error={create.error} />
        <Group mt="md">
          <Button type="submit" loading={create.isPending} data-testid="save-employee">
            {t('people.save')}
          </Button>
        </Group>
      </Card>
    </>
  );
}
