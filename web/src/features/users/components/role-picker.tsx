import { Checkbox, Loader, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/error-alert';
import { useRoles } from '../../roles/api/get-roles';

/** Roles as checkboxes, named in the reader's language where an Arabic name exists. */
export function RolePicker({ value, onChange }: { value: string[]; onChange: (ids: string[]) => void }) {
  const { t, i18n } = useTranslation();
  const roles = useRoles();
  if (roles.isPending) return <Loader size="sm" aria-label={t('app.loading')} />;
  if (roles.error) return <ErrorAlert error={roles.error} />;
  return (
    <Checkbox.Group label={t('users.roles')} value={value} onChange={onChange}>
      <Stack gap="xs" mt="xs">
        {roles.data.items.map((role) => (
          <Checkbox key={role.id} value={role.id} label={i18n.language === 'ar' && role.nameAr ? role.nameAr : role.name} description={role.key} />
        ))}
      </Stack>
    </Checkbox.Group>
  );
}
