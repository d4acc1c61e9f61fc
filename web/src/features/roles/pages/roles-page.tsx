import { Badge, Button, Group, Table, Text } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/error-alert';
import { ForbiddenNotice } from '../../../components/forbidden-notice';
import { LoadingState } from '../../../components/loading-state';
import { PageTitle } from '../../../components/page-title';
import { useMe } from '../../auth/api/get-me';
import { hasPermission } from '../../auth/types';
import { type Role, useRoles } from '../api/get-roles';
import { RoleEditor } from '../components/role-editor';

export function RolesPage() {
  const { t, i18n } = useTranslation();
  const { data: me } = useMe();
  const canRead = hasPermission(me, 'platform.roles.read');
  const canManage = hasPermission(me, 'platform.roles.manage');
  const roles = useRoles(canRead);
  const [editing, setEditing] = useState<Role | 'new' | null>(null);

  if (!canRead) return <ForbiddenNotice />;
  return (
    <>
      <PageTitle
        actions={
          canManage && (
            <Button leftSection={<IconPlus size={16} />} onClick={() => setEditing('new')} data-testid="create-role">
              {t('roles.create')}
            </Button>
          )
        }
      >
        {t('roles.title')}
      </PageTitle>
      {roles.isPending && <LoadingState />}
      <ErrorAlert error={roles.error} />
      {roles.data && (
        <Table.ScrollContainer minWidth={560}>
          <Table striped highlightOnHover data-testid="roles-table">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('roles.name')}</Table.Th>
                <Table.Th>{t('roles.key')}</Table.Th>
                <Table.Th>{t('roles.permissions')}</Table.Th>
                <Table.Th>{t('users.mfa')}</Table.Th>
                <Table.Th>
                  <span className="visually-hidden">{t('common.actions')}</span>
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {roles.data.items.map((role) => {
                const name = i18n.language === 'ar' && role.nameAr ? role.nameAr : role.name;
                return (
                  <Table.Tr key={role.id}>
                    <Table.Td>
                      <Group gap="xs">
                        <Text size="sm">{name}</Text>
                        {role.system && (
                          <Badge size="xs" variant="outline">
                            {t('roles.system')}
                          </Badge>
                        )}
                      </Group>
                    </Table.Td>
                    <Table.Td className="mono">{role.key}</Table.Td>
                    <Table.Td>{t('roles.permissionCount', { count: role.permissions.length })}</Table.Td>
                    <Table.Td>{role.requireMfa ? t('common.yes') : t('common.no')}</Table.Td>
                    <Table.Td>
                      <Button size="compact-sm" variant="light" onClick={() => setEditing(role)} aria-label={`${t('common.edit')}: ${name}`}>
                        {t('common.edit')}
                      </Button>
                    </Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      <RoleEditor key={editing === 'new' ? 'new' : (editing?.id ?? 'none')} role={editing} canManage={canManage} onClose={() => setEditing(null)} />
    </>
  );
}
