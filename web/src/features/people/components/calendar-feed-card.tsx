import { ActionIcon, Alert, Button, Card, Code, CopyButton, Group, Stack, Text, Title, Tooltip } from '@mantine/core';
import { IconCalendarShare, IconCheck, IconCopy } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '../../../components/confirm-dialog';
import { ErrorAlert } from '../../../components/error-alert';
import { useCreateFeed, useFeedStatus, useRevokeFeed } from '../api/appointments';

/** "My calendar": a private iCalendar URL for the user's calendar app; shown once, rotated or revoked here. */
export function CalendarFeedCard() {
  const { t, i18n } = useTranslation();
  const status = useFeedStatus();
  const create = useCreateFeed();
  const revoke = useRevokeFeed();
  const [confirm, setConfirm] = useState(false);
  const url = create.data?.url;
  const active = status.data?.active ?? false;
  const since = status.data?.createdAt
    ? new Intl.DateTimeFormat(i18n.language === 'ar' ? 'ar' : 'en-GB', { dateStyle: 'medium' }).format(new Date(status.data.createdAt))
    : '';
  return (
    <Card withBorder mb="md" data-testid="calendar-feed-card">
      <Group gap="xs" mb="xs">
        <IconCalendarShare size={20} />
        <Title order={2} size="h4">
          {t('appointments.feed.title')}
        </Title>
      </Group>
      <Text size="sm" c="dimmed" mb="sm">
        {t('appointments.feed.intro')}
      </Text>
      <ErrorAlert error={status.error ?? create.error ?? revoke.error} />
      {url && (
        <Stack gap="xs" mb="sm">
          <Alert color="yellow">{t('appointments.feed.once')}</Alert>
          <Group wrap="nowrap" gap="xs" align="flex-start">
            <Code block className="mono" style={{ flex: 1, overflowWrap: 'anywhere', whiteSpace: 'pre-wrap' }} dir="ltr" data-testid="feed-url">
              {url}
            </Code>
            <CopyButton value={url}>
              {({ copied, copy }) => (
                <Tooltip label={copied ? t('common.copied') : t('common.copy')} withArrow>
                  <ActionIcon
                    variant="light"
                    color={copied ? 'teal' : 'gray'}
                    onClick={copy}
                    aria-label={t('appointments.feed.copy')}
                    data-testid="copy-feed-url"
                  >
                    {copied ? <IconCheck size={16} /> : <IconCopy size={16} />}
                  </ActionIcon>
                </Tooltip>
              )}
            </CopyButton>
          </Group>
        </Stack>
      )}
      {active && !url && (
        <Text size="sm" mb="sm" data-testid="feed-active">
          {t('appointments.feed.active', { since })}
        </Text>
      )}
      <Group gap="sm">
        <Button onClick={() => create.mutate()} loading={create.isPending} data-testid="create-feed">
          {active ? t('appointments.feed.rotate') : t('appointments.feed.create')}
        </Button>
        {active && (
          <Button variant="default" color="red" onClick={() => setConfirm(true)} data-testid="revoke-feed">
            {t('common.revoke')}
          </Button>
        )}
      </Group>
      <ConfirmDialog
        opened={confirm}
        title={t('appointments.feed.revokeTitle')}
        message={t('appointments.feed.revokeMessage')}
        confirmLabel={t('common.revoke')}
        danger
        loading={revoke.isPending}
        onClose={() => setConfirm(false)}
        onConfirm={() =>
          revoke.mutate(undefined, {
            onSuccess: () => {
              create.reset();
              setConfirm(false);
            },
          })
        }
      />
    </Card>
  );
}
