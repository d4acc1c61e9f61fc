import { Button, Group, Modal, Stack } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/error-alert';
import { useUpdateUser } from '../api/update-user';
import type { UserRow } from '../types';
import { RolePicker } from './role-picker';

export function EditRolesModal({ user, onClose }: { user: UserRow | null; onClose: () => void }) {
  const { t } = useTranslation();
  const update = useUpdateUser();
  // Mounted afresh per user (the page keys it by id), so the draft starts from that user's roles.
  const [roleIds, setRoleIds] = useState<string[]>(() => user?.roles.map((r) => r.id) ?? []);

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
