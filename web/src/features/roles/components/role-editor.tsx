import { Button, Group, Modal, SimpleGrid, Switch, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/error-alert';
import { FormStack } from '../../../components/form-stack';
import { LoadingState } from '../../../components/loading-state';
import { useCreateRole } from '../api/create-role';
import { usePermissions } from '../api/get-permissions';
import type { Role } from '../api/get-roles';
import { useUpdateRole } from '../api/update-role';
import { PermissionCheckboxes } from './permission-checkboxes';

const roleKeyPattern = /^[a-z0-9][a-z0-9._-]*$/;

type Draft = { key: string; name: string; nameAr: string; permissions: string[]; requireMfa: boolean };

const emptyDraft: Draft = { key: '', name: '', nameAr: '', permissions: [], requireMfa: false };

/** Opened with a role to edit it, or with `'new'` to create one. */
export function RoleEditor({ role, canManage, onClose }: { role: Role | 'new' | null; canManage: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const permissions = usePermissions();
  const create = useCreateRole();
  const update = useUpdateRole();
  // Mounted afresh per role (the page keys it), so the draft starts from that role.
  const [draft, setDraft] = useState<Draft>(() => (role === null || role === 'new' ? emptyDraft : { ...role, nameAr: role.nameAr ?? '' }));
  const [touched, setTouched] = useState(false);
  const isNew = role === 'new';

  const keyError = isNew && touched && !roleKeyPattern.test(draft.key) ? t('validation.roleKey') : undefined;
  const nameError = touched && !draft.name.trim() ? t('validation.required') : undefined;
  const mutation = isNew ? create : update;
  const saved = () => {
    notifications.show({ color: 'teal', message: t('roles.saved') });
    onClose();
  };

  const submit = (e: React.FormEvent) => {
    e.preventDefault();
    setTouched(true);
    if (!draft.name.trim() || (isNew && !roleKeyPattern.test(draft.key))) return;
    const body = {
      name: draft.name.trim(),
      nameAr: draft.nameAr.trim() || undefined,
      permissions: draft.permissions,
      requireMfa: draft.requireMfa,
    };
    if (isNew) create.mutate({ ...body, key: draft.key }, { onSuccess: saved });
    else if (role) update.mutate({ ...body, id: role.id }, { onSuccess: saved });
  };

  const title = isNew ? t('roles.createTitle') : t('roles.editTitle', { name: role?.name ?? '' });
  return (
    <Modal opened={role !== null} onClose={onClose} title={title} size="xl">
      <FormStack onSubmit={submit} data-testid="role-editor">
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <TextInput
            label={t('roles.key')}
            className="mono"
            withAsterisk={isNew}
            readOnly={!isNew}
            variant={isNew ? 'default' : 'filled'}
            value={draft.key}
            error={keyError}
            onChange={(e) => setDraft({ ...draft, key: e.currentTarget.value })}
          />
          <TextInput
            label={t('roles.name')}
            withAsterisk
            disabled={!canManage}
            value={draft.name}
            error={nameError}
            onChange={(e) => setDraft({ ...draft, name: e.currentTarget.value })}
          />
          <TextInput
            label={t('roles.nameAr')}
            dir="rtl"
            lang="ar"
            disabled={!canManage}
            value={draft.nameAr}
            onChange={(e) => setDraft({ ...draft, nameAr: e.currentTarget.value })}
          />
        </SimpleGrid>
        <Switch
          label={t('roles.requireMfa')}
          checked={draft.requireMfa}
          disabled={!canManage}
          onChange={(e) => setDraft({ ...draft, requireMfa: e.currentTarget.checked })}
          data-testid="require-mfa"
        />
        {permissions.isPending && <LoadingState />}
        <ErrorAlert error={permissions.error} />
        {permissions.data && (
          <PermissionCheckboxes
            permissions={permissions.data.items}
            value={draft.permissions}
            disabled={!canManage}
            onChange={(keys) => setDraft({ ...draft, permissions: keys })}
          />
        )}
        <ErrorAlert error={mutation.error} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {canManage ? t('common.cancel') : t('common.close')}
          </Button>
          {canManage && (
            <Button type="submit" loading={mutation.isPending}>
              {isNew ? t('common.create') : t('common.save')}
            </Button>
          )}
        </Group>
      </FormStack>
    </Modal>
  );
}
