import { Button, Modal, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconPlus, IconSearch } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/error-alert';
import { ForbiddenNotice } from '../../../components/forbidden-notice';
import { LoadingState } from '../../../components/loading-state';
import { OneTimeSecret } from '../../../components/one-time-secret';
import { PageTitle } from '../../../components/page-title';
import { PaginationBar } from '../../../components/pagination-bar';
import { useMe } from '../../auth/api/get-me';
import { hasPermission } from '../../auth/types';
import { useUsers } from '../api/get-users';
import { CreateUserModal } from '../components/create-user-modal';
import { EditRolesModal } from '../components/edit-roles-modal';
import { UsersTable } from '../components/users-table';
import type { UserRow } from '../types';

const pageSize = 25;

export function UsersPage() {
  const { t } = useTranslation();
  const { data: me } = useMe();
  const [page, setPage] = useState(1);
  const [search, setSearch] = useState('');
  const [q] = useDebouncedValue(search.trim(), 300);
  const [creating, setCreating] = useState(false);
  const [editing, setEditing] = useState<UserRow | null>(null);
  const [secret, setSecret] = useState<{ email: string; password: string } | null>(null);
  const canRead = hasPermission(me, 'platform.users.read');
  const canManage = hasPermission(me, 'platform.users.manage');
  const users = useUsers({ page, pageSize, q: q || undefined }, canRead);

  if (!canRead) return <ForbiddenNotice />;
  const showPassword = (user: UserRow, password: string) => setSecret({ email: user.email, password });

  return (
    <>
      <PageTitle
        actions={
          canManage && (
            <Button leftSection={<IconPlus size={16} />} onClick={() => setCreating(true)} data-testid="create-user">
              {t('users.create')}
            </Button>
          )
        }
      >
        {t('users.title')}
      </PageTitle>
      <TextInput
        label={t('users.search')}
        leftSection={<IconSearch size={16} />}
        value={search}
        onChange={(e) => {
          setSearch(e.currentTarget.value);
          setPage(1);
        }}
        maw={360}
        mb="md"
        type="search"
      />
      {users.isPending && <LoadingState />}
      <ErrorAlert error={users.error} />
      {users.data && (
        <>
          <Text size="sm" c="dimmed" mb="xs">
            {t('users.count', { count: users.data.total })}
          </Text>
          <UsersTable users={users.data.items} timeZone={me?.user.timeZone ?? 'UTC'} canManage={canManage} onEditRoles={setEditing} onPassword={showPassword} />
          <PaginationBar page={page} pageSize={pageSize} total={users.data.total} onChange={setPage} />
        </>
      )}
      <CreateUserModal opened={creating} onClose={() => setCreating(false)} onCreated={showPassword} />
      <EditRolesModal key={editing?.id ?? 'none'} user={editing} onClose={() => setEditing(null)} />
      <Modal opened={secret !== null} onClose={() => setSecret(null)} title={t('users.oneTimePasswordTitle', { email: secret?.email ?? '' })} size="lg">
        {secret && (
          <OneTimeSecret label={t('users.oneTimePasswordTitle', { email: secret.email })} values={[secret.password]} intro={t('users.oneTimePasswordIntro')} />
        )}
      </Modal>
    </>
  );
}
