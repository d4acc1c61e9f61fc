import { ActionIcon, Badge, Table, Text, Tooltip } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/error-alert';
import { LoadingState } from '../../../components/loading-state';
import { formatDateTime } from '../../../lib/format';
import { useSessions } from '../api/get-sessions';
import { useRevokeSession } from '../api/revoke-session';

export function SessionsSection({ timeZone }: { timeZone: string }) {
  const { t } = useTranslation();
  const sessions = useSessions();
  const revoke = useRevokeSession();
  if (sessions.isPending) return <LoadingState />;
  if (sessions.error) return <ErrorAlert error={sessions.error} />;

  return (
    <Table.ScrollContainer minWidth={600}>
      <Table striped verticalSpacing="xs" data-testid="sessions-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('profile.sessionAgent')}</Table.Th>
            <Table.Th>{t('profile.sessionIp')}</Table.Th>
            <Table.Th>{t('profile.sessionCreated')}</Table.Th>
            <Table.Th>{t('profile.sessionLastSeen')}</Table.Th>
            <Table.Th>
              <span className="visually-hidden">{t('common.actions')}</span>
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {sessions.data.items.map((s) => {
            const name = s.userAgent ?? s.ip ?? s.id;
            return (
              <Table.Tr key={s.id}>
                <Table.Td>
                  <Text size="sm" lineClamp={1} title={s.userAgent ?? undefined}>
                    {s.userAgent ?? '—'}
                  </Text>
                  {s.current && (
                    <Badge size="xs" variant="light">
                      {t('profile.sessionCurrent')}
                    </Badge>
                  )}
                </Table.Td>
                <Table.Td className="mono">{s.ip ?? '—'}</Table.Td>
                <Table.Td>{formatDateTime(s.createdAt, timeZone)}</Table.Td>
                <Table.Td>{formatDateTime(s.lastSeenAt, timeZone)}</Table.Td>
                <Table.Td>
                  {!s.current && (
                    <Tooltip label={t('common.revoke')}>
                      <ActionIcon
                        color="red"
                        variant="subtle"
                        aria-label={t('profile.revokeSession', { name })}
                        loading={revoke.isPending && revoke.variables === s.id}
                        onClick={() =>
                          revoke.mutate(s.id, {
                            onSuccess: () => notifications.show({ message: t('profile.sessionRevoked') }),
                          })
                        }
                      >
                        <IconTrash size={16} />
                      </ActionIcon>
                    </Tooltip>
                  )}
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
