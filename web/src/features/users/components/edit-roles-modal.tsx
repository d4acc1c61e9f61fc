import { Button, Group, Modal, Stack } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/error-alert';
import { useUpdateUser } from '../api/update-user';
import type { UserRow } from '../types';
import { RolePicker } from './role-picker';

export function EditRolesModal({ user, onClose }: { user: UserRow | null; onClose: () => void }) {
  const { t } = useTranslation();
  const update = useUpdateUser();
  const [roleIds, setRoleIds] = useState<string[]>([]);
  useEffect(() => {
    setRoleIds(user?.roles.map((r) => r.id) ?? []);
    update.reset();
    // biome-ignore lint/correctness/useExhaustiveDependencies: reset only when another user is opened
  }, [user]);

  return (
    <Modal opened={user !== null} onClose={onClose} title={t('users.editRolesTitle', { name: user?.displayName ?? '' })}>
      <Stack>
        <RolePicker value={roleIds} onChange={setRoleIds} />
        <ErrorAlert error={update.error} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button
            loading={update.isPending}
            onClick={() =>
              user &&
              update.mutate(
                { id: user.id, roleIds },
                {
                  onSuccess: () => {
                    notifications.show({ color: 'teal', message: t('users.updated') });
                    onClose();
                  },
                },
              )
            }
          >
            {t('common.save')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
