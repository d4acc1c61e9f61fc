import { Button, Center, Stack, Text, Title } from '@mantine/core';
import { type ErrorComponentProps, Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../lib/error-message';

export function NotFoundPage() {
  const { t } = useTranslation();
  return (
    <Center mih="60vh" p="md">
      <Stack align="center" gap="sm">
        <Title order={1}>{t('app.notFoundTitle')}</Title>
        <Text c="dimmed">{t('app.notFoundBody')}</Text>
        <Button component={Link} to="/">
          {t('app.backHome')}
        </Button>
      </Stack>
    </Center>
  );
}

export function RouteErrorPage({ error, reset }: ErrorComponentProps) {
  const { t } = useTranslation();
  return (
    <Center mih="60vh" p="md">
      <Stack align="center" gap="sm" role="alert">
        <Title order={1}>{t('app.errorTitle')}</Title>
        <Text c="dimmed">{errorMessage(t, error)}</Text>
        <Button onClick={() => (reset ? reset() : window.location.reload())}>{t('app.retry')}</Button>
      </Stack>
    </Center>
  );
}
