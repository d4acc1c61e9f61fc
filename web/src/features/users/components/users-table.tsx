import { Badge, Group, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../../lib/format';
import { useMe } from '../../auth/api/get-me';
import { hasPermission } from '../../auth/types';
import { useRoles } from '../../roles/api/get-roles';
import type { UserRow } from '../types';
import { UserActionsMenu } from './user-actions-menu';

type Props = {
  users: UserRow[];
  timeZone: string;
  canManage: boolean;
  onEditRoles: (user: UserRow) => void;
  onPassword: (user: UserRow, oneTimePassword: string) => void;
};

export function UsersTable({ users, timeZone, canManage, onEditRoles, onPassword }: Props) {
  const { t, i18n } = useTranslation();
  const { data: me } = useMe();
  // The users list names roles in English only; the roles list (when readable) has their Arabic names.
  const roles = useRoles(i18n.language === 'ar' && hasPermission(me, 'platform.roles.read'));
  const arabicName = new Map((roles.data?.items ?? []).map((r) => [r.id, r.nameAr]));
  const roleName = (r: { id: string; name: string }) => (i18n.language === 'ar' && arabicName.get(r.id)) || r.name;
  return (
    <Table.ScrollContainer minWidth={760}>
      <Table striped highlightOnHover data-testid="users-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('common.displayName')}</Table.Th>
            <Table.Th>{t('common.email')}</Table.Th>
            <Table.Th>{t('users.roles')}</Table.Th>
            <Table.Th>{t('common.status')}</Table.Th>
            <Table.Th>{t('users.mfa')}</Table.Th>
            <Table.Th>{t('users.lastLogin')}</Table.Th>
            <Table.Th>
              <span className="visually-hidden">{t('common.actions')}</span>
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {users.map((user) => (
            <Table.Tr key={user.id} data-testid="user-row">
              <Table.Td>{user.displayName}</Table.Td>
              <Table.Td className="mono">{user.email}</Table.Td>
              <Table.Td>
                <Group gap={4}>
                  {user.roles.map((r) => (
                    <Badge key={r.id} size="sm" variant="light" tt={i18n.language === 'ar' ? 'none' : undefined}>
                      {roleName(r)}
                    </Badge>
                  ))}
                </Group>
              </Table.Td>
              <Table.Td>
                <Badge color={user.active ? 'teal' : 'gray'} variant="dot">
                  {user.active ? t('users.active') : t('users.disabled')}
                </Badge>
              </Table.Td>
              <Table.Td>
                <Text size="sm">{user.mfaEnabled ? t('common.yes') : t('common.no')}</Text>
              </Table.Td>
              <Table.Td>{user.lastLoginAt ? formatDateTime(user.lastLoginAt, timeZone) : t('common.never')}</Table.Td>
              <Table.Td>
                <UserActionsMenu user={user} canManage={canManage} onEditRoles={onEditRoles} onPassword={onPassword} />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
