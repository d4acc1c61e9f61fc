import { Button, Group, Modal, Select, SimpleGrid, TextInput } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/error-alert';
import { FormStack } from '../../../components/form-stack';
import { SearchSelect } from '../../../components/search-select';
import { useMe } from '../../auth/api/get-me';
import { hasPermission } from '../../auth/types';
import { useUsers } from '../../users/api/get-users';
import { useUpdateEmployee } from '../api/update-employee';
import type { Employee } from '../types';
import { allOnFields, serverFieldErrors } from './server-field-errors';

const TEXT = ['employeeNumber', 'nameEn', 'nameAr', 'email', 'phone', 'address', 'hireDate', 'endDate', 'endReason', 'timeZone'] as const;
const REQUIRED = new Set(['employeeNumber', 'nameEn', 'nameAr', 'hireDate', 'timeZone']);
const FIELDS = [...TEXT, 'employmentType', 'workLocation', 'userId'] as const;
type Key = (typeof FIELDS)[number];

const valuesOf = (e: Employee): Record<Key, string> =>
  Object.fromEntries(FIELDS.map((k) => [k, (e as unknown as Record<string, string | null>)[k] ?? ''])) as Record<Key, string>;

/**
 * Identity, contact, employment terms and the linked user account (admins pick from the company's users).
 * Only changed fields are sent; a cleared optional field is sent as null.
 */
export function EditEmployeeModal({ employee, opened, onClose }: { employee: Employee; opened: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const { data: me } = useMe();
  const update = useUpdateEmployee();
  const canPickUser = hasPermission(me, 'platform.users.read');
  // A page of the users matching what is typed (a company may have far more than one page of them).
  const [userText, setUserText] = useState('');
  const users = useUsers({ page: 1, pageSize: 20, q: userText || undefined }, opened && canPickUser);
  const userOptions = (users.data?.items ?? []).map((u) => ({ value: u.id, label: `${u.displayName} <${u.email}>` }));
  const [pickedUser, setPickedUser] = useState<{ value: string; label: string } | null>(null);
  const [form, setForm] = useState(() => valuesOf(employee));
  const set = (k: Key) => (v: string | null) => setForm((f) => ({ ...f, [k]: v ?? '' }));
  const errors = serverFieldErrors(update.error, FIELDS);
  const close = () => {
    update.reset();
    onClose();
  };
  const submit = (ev: FormEvent) => {
    ev.preventDefault();
    const before = valuesOf(employee);
    const patch = Object.fromEntries(FIELDS.filter((k) => form[k] !== before[k]).map((k) => [k, form[k] === '' && !REQUIRED.has(k) ? null : form[k].trim()]));
    update.mutate({ id: employee.id, ...patch }, { onSuccess: close });
  };
  const linkedUser = employee.userId ? { value: employee.userId, label: employee.userId } : null;
  return (
    <Modal opened={opened} onClose={close} title={t('people.edit.title')} size="xl">
      <FormStack onSubmit={submit} data-testid="edit-employee-form">
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          {TEXT.map((k) => (
            <TextInput
              key={k}
              label={t(`people.fields.${k}`)}
              type={k.endsWith('Date') ? 'date' : k === 'email' ? 'email' : 'text'}
              dir={k === 'nameAr' ? 'rtl' : ['email', 'phone', 'timeZone', 'employeeNumber'].includes(k) ? 'ltr' : undefined}
              withAsterisk={REQUIRED.has(k)}
              value={form[k]}
              onChange={(e) => set(k)(e.currentTarget.value)}
              error={errors[k]}
            />
          ))}
          <Select
            label={t('people.fields.employmentType')}
            data={['full_time', 'part_time', 'contractor', 'intern'].map((v) => ({ value: v, label: t(`people.employmentType.${v}`) }))}
            value={form.employmentType}
            onChange={set('employmentType')}
            allowDeselect={false}
            error={errors.employmentType}
          />
          <Select
            label={t('people.fields.workLocation')}
            data={['office', 'remote', 'hybrid'].map((v) => ({ value: v, label: t(`people.workLocation.${v}`) }))}
            value={form.workLocation}
            onChange={set('workLocation')}
            allowDeselect={false}
            error={errors.workLocation}
          />
          <SearchSelect
            label={t('people.fields.user')}
            description={canPickUser ? t('people.edit.userHint') : t('people.edit.userNeedsPermission')}
            disabled={!canPickUser}
            clearable
            options={userOptions}
            loading={users.isFetching}
            onText={setUserText}
            selected={pickedUser?.value === form.userId ? pickedUser : linkedUser?.value === form.userId ? linkedUser : null}
            value={form.userId || null}
            onChange={(value, option) => {
              setPickedUser(option ? { value: option.value, label: option.label } : null);
              set('userId')(value);
            }}
            error={errors.userId}
            data-testid="employee-user"
          />
        </SimpleGrid>
        {!allOnFields(update.error, errors) && <ErrorAlert error={update.error} />}
        <Group justify="flex-end">
          <Button variant="default" onClick={close}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={update.isPending} data-testid="save-edit">
            {t('people.save')}
          </Button>
        </Group>
      </FormStack>
    </Modal>
  );
}
