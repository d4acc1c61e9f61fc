import { ActionIcon, Menu } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconDots, IconKey, IconLogout, IconShield, IconUserCheck, IconUserOff } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '../../../components/confirm-dialog';
import { useDisableUser } from '../api/disable-user';
import { useEnableUser } from '../api/enable-user';
import { useResetUserPassword } from '../api/reset-user-password';
import { useRevokeUserSessions } from '../api/revoke-user-sessions';
import type { UserRow } from '../types';

type Props = {
  user: UserRow;
  canManage: boolean;
  onEditRoles: (user: UserRow) => void;
  onPassword: (user: UserRow, oneTimePassword: string) => void;
};

export function UserActionsMenu({ user, canManage, onEditRoles, onPassword }: Props) {
  const { t } = useTranslation();
  const disable = useDisableUser();
  const enable = useEnableUser();
  const revoke = useRevokeUserSessions();
  const reset = useResetUserPassword();
  const [confirm, setConfirm] = useState<'disable' | 'reset' | null>(null);
  const name = user.displayName || user.email;
  const done = () => notifications.show({ color: 'teal', message: t('users.updated') });

  if (!canManage) return null;
  return (
    <>
      <Menu position="bottom-end" withinPortal>
        <Menu.Target>
          <ActionIcon variant="subtle" aria-label={t('users.actionsFor', { name })} data-testid={`user-actions-${user.id}`}>
            <IconDots size={18} />
          </ActionIcon>
        </Menu.Target>
        <Menu.Dropdown>
          <Menu.Item leftSection={<IconShield size={16} />} onClick={() => onEditRoles(user)}>
            {t('users.editRoles')}
          </Menu.Item>
          <Menu.Item leftSection={<IconKey size={16} />} onClick={() => setConfirm('reset')}>
            {t('users.resetPassword')}
          </Menu.Item>
          <Menu.Item
            leftSection={<IconLogout size={16} />}
            onClick={() => revoke.mutate(user.id, { onSuccess: () => notifications.show({ message: t('users.sessionsRevoked') }) })}
          >
            {t('users.revokeSessions')}
          </Menu.Item>
          <Menu.Divider />
          {user.active ? (
            <Menu.Item color="red" leftSection={<IconUserOff size={16} />} onClick={() => setConfirm('disable')}>
              {t('users.disable')}
            </Menu.Item>
          ) : (
            <Menu.Item leftSection={<IconUserCheck size={16} />} onClick={() => enable.mutate(user.id, { onSuccess: done })}>
              {t('users.enable')}
            </Menu.Item>
          )}
        </Menu.Dropdown>
      </Menu>
      <ConfirmDialog
        opened={confirm === 'disable'}
        title={t('users.disable')}
        message={t('users.confirmDisable', { name })}
        confirmLabel={t('users.disable')}
        danger
        loading={disable.isPending}
        onClose={() => setConfirm(null)}
        onConfirm={() => disable.mutate(user.id, { onSuccess: done, onSettled: () => setConfirm(null) })}
      />
      <ConfirmDialog
        opened={confirm === 'reset'}
        title={t('users.resetPassword')}
        message={t('users.confirmReset', { name })}
        confirmLabel={t('users.resetPassword')}
        loading={reset.isPending}
        onClose={() => setConfirm(null)}
        onConfirm={() =>
          reset.mutate(user.id, {
            onSuccess: ({ oneTimePassword }) => onPassword(user, oneTimePassword),
            onSettled: () => setConfirm(null),
          })
        }
      />
    </>
  );
}
