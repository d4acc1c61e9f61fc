import { ActionIcon, Badge, Group, Modal, Stack, Table, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/error-alert';
import { LoadingState } from '../../../components/loading-state';
import { OneTimeSecret } from '../../../components/one-time-secret';
import { formatDateTime } from '../../../lib/format';
import { useTokens } from '../api/get-tokens';
import { useRevokeToken } from '../api/revoke-token';
import { CreateTokenForm } from './create-token-form';

export function TokensSection({ permissions, timeZone }: { permissions: string[]; timeZone: string }) {
  const { t } = useTranslation();
  const tokens = useTokens();
  const revoke = useRevokeToken();
  const [newToken, setNewToken] = useState<string | null>(null);

  return (
    <Stack>
      <CreateTokenForm permissions={permissions} onCreated={setNewToken} />
      <Modal opened={newToken !== null} onClose={() => setNewToken(null)} title={t('profile.newTokenTitle')} size="lg">
        {newToken && <OneTimeSecret label={t('profile.newTokenTitle')} values={[newToken]} />}
      </Modal>
      {tokens.isPending && <LoadingState />}
      <ErrorAlert error={tokens.error} />
      {tokens.data && tokens.data.items.length === 0 && <Text c="dimmed">{t('common.empty')}</Text>}
      {tokens.data && tokens.data.items.length > 0 && (
        <Table.ScrollContainer minWidth={700}>
          <Table striped data-testid="tokens-table">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('profile.tokenName')}</Table.Th>
                <Table.Th>{t('profile.tokenPrefix')}</Table.Th>
                <Table.Th>{t('profile.tokenPermissions')}</Table.Th>
                <Table.Th>{t('profile.tokenExpires')}</Table.Th>
                <Table.Th>{t('profile.tokenLastUsed')}</Table.Th>
                <Table.Th>
                  <span className="visually-hidden">{t('common.actions')}</span>
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {tokens.data.items.map((token) => (
                <Table.Tr key={token.id}>
                  <Table.Td>{token.name}</Table.Td>
                  <Table.Td className="mono">{token.prefix}</Table.Td>
                  <Table.Td>
                    <Group gap={4}>
                      {token.permissions.map((p) => (
                        <Badge key={p} size="xs" variant="outline" className="mono" tt="none">
                          {p}
                        </Badge>
                      ))}
                    </Group>
                  </Table.Td>
                  <Table.Td>{formatDateTime(token.expiresAt, timeZone)}</Table.Td>
                  <Table.Td>{token.lastUsedAt ? formatDateTime(token.lastUsedAt, timeZone) : t('common.never')}</Table.Td>
                  <Table.Td>
                    <ActionIcon
                      color="red"
                      variant="subtle"
                      aria-label={t('profile.revokeToken', { name: token.name })}
                      loading={revoke.isPending && revoke.variables === token.id}
                      onClick={() =>
                        revoke.mutate(token.id, {
                          onSuccess: () => notifications.show({ message: t('profile.tokenRevoked') }),
                        })
                      }
                    >
                      <IconTrash size={16} />
                    </ActionIcon>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Stack>
  );
}
