import { Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../../lib/format';
import { useAudit } from '../../audit/api/get-audit';
import { useMe } from '../../auth/api/get-me';
import { hasPermission } from '../../auth/types';
import { AnchorLink } from './links';

/** The audit events about one entry (created, posted, reversed…), for readers of the audit log. */
export function EntryAudit({ entryId }: { entryId: string }) {
  const { t } = useTranslation();
  const { data: me } = useMe();
  const canRead = hasPermission(me, 'platform.audit.read');
  const audit = useAudit({ targetId: entryId, page: 1, pageSize: 20 }, canRead);
  if (!canRead) return null;
  return (
    <Stack gap="xs" data-testid="entry-audit">
      <Title order={2} size="h4">
        {t('ledger.entry.audit')}
      </Title>
      {audit.data && audit.data.items.length > 0 ? (
        <Table.ScrollContainer minWidth={480}>
          <Table verticalSpacing={4}>
            <Table.Tbody>
              {audit.data.items.map((e) => (
                <Table.Tr key={e.id}>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDateTime(e.at, me?.user.timeZone)}</Table.Td>
                  <Table.Td>
                    <span className="mono">{e.action}</span>
                  </Table.Td>
                  <Table.Td>{e.actorLabel ?? ''}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      ) : (
        <Text size="sm" c="dimmed">
          {t('common.empty')}
        </Text>
      )}
      <AnchorLink to="/admin/audit" search={{ targetId: entryId }} size="sm">
        {t('ledger.entry.openAudit')}
      </AnchorLink>
    </Stack>
  );
}
