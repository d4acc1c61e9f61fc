import { Anchor, Badge, Button, Card, Group, Stack, Switch, Text } from '@mantine/core';
import { IconChecks } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/error-alert';
import { LoadingState } from '../../../components/loading-state';
import { PageTitle } from '../../../components/page-title';
import { PaginationBar } from '../../../components/pagination-bar';
import { formatDateTime } from '../../../lib/format';
import { useMe } from '../../auth/api/get-me';
import { useNotifications } from '../api/get-notifications';
import { useUnreadCount } from '../api/get-unread-count';
import { useMarkAllRead } from '../api/mark-all-read';
import { useMarkRead } from '../api/mark-read';

const pageSize = 20;

/** Only same-app links are followed from a notification. */
const isInternal = (link: string | null): link is string => Boolean(link?.startsWith('/') && !link.startsWith('//'));

export function NotificationsPage() {
  const { t } = useTranslation();
  const { data: me } = useMe();
  const [page, setPage] = useState(1);
  const [unreadOnly, setUnreadOnly] = useState(false);
  const list = useNotifications({ page, pageSize, unread: unreadOnly });
  const unread = useUnreadCount();
  const markRead = useMarkRead();
  const markAll = useMarkAllRead();
  const unreadCount = unread.data?.count ?? 0;

  return (
    <>
      <PageTitle
        actions={
          <Button
            variant="light"
            leftSection={<IconChecks size={16} />}
            disabled={unreadCount === 0}
            loading={markAll.isPending}
            onClick={() => markAll.mutate()}
            data-testid="mark-all-read"
          >
            {t('notifications.markAllRead')}
          </Button>
        }
      >
        {t('notifications.title')}
      </PageTitle>
      <Group justify="space-between" mb="md">
        <Text size="sm" c="dimmed" aria-live="polite">
          {t('notifications.unreadCount', { count: unreadCount })}
        </Text>
        <Switch
          label={t('notifications.unreadOnly')}
          checked={unreadOnly}
          onChange={(e) => {
            setUnreadOnly(e.currentTarget.checked);
            setPage(1);
          }}
        />
      </Group>
      {list.isPending && <LoadingState />}
      <ErrorAlert error={list.error} />
      {list.data && list.data.items.length === 0 && <Text c="dimmed">{t('common.empty')}</Text>}
      <Stack gap="sm" component="ul" p={0} style={{ listStyle: 'none' }} data-testid="notifications-list">
        {list.data?.items.map((n) => (
          <Card key={n.id} component="li" withBorder padding="md" bg={n.readAt ? undefined : 'teal.0'}>
            <Group justify="space-between" align="flex-start" wrap="nowrap">
              <div style={{ minWidth: 0 }}>
                <Group gap="xs">
                  <Text fw={n.readAt ? 500 : 700}>{n.title}</Text>
                  {!n.readAt && (
                    <Badge size="xs" color="teal">
                      {t('notifications.unread')}
                    </Badge>
                  )}
                </Group>
                {n.body && (
                  <Text size="sm" mt={4}>
                    {n.body}
                  </Text>
                )}
                <Group gap="sm" mt={4}>
                  <Text size="xs" c="dimmed">
                    {formatDateTime(n.createdAt, me?.user.timeZone)}
                  </Text>
                  {isInternal(n.link) && (
                    <Anchor href={n.link} size="xs">
                      {t('notifications.open')}
                    </Anchor>
                  )}
                </Group>
              </div>
              {!n.readAt && (
                <Button
                  size="compact-sm"
                  variant="subtle"
                  aria-label={t('notifications.markReadNamed', { title: n.title })}
                  loading={markRead.isPending && markRead.variables === n.id}
                  onClick={() => markRead.mutate(n.id)}
                >
                  {t('notifications.markRead')}
                </Button>
              )}
            </Group>
          </Card>
        ))}
      </Stack>
      {list.data && list.data.total > 0 && <PaginationBar page={page} pageSize={pageSize} total={list.data.total} onChange={setPage} />}
    </>
  );
}
