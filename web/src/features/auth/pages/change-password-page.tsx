import { Stack, Text, Title } from '@mantine/core';
import { useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { queryClient } from '../../../lib/query-client';
import { PasswordForm } from '../../profile/components/password-form';
import { meQueryOptions } from '../api/get-me';
import { stagePath } from '../types';

/** Stage `change_password`: a one-time password was used and must be replaced. */
export function ChangePasswordPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const finish = async () => {
    const me = await queryClient.fetchQuery({ ...meQueryOptions(), staleTime: 0 });
    await navigate({ to: me ? stagePath(me.stage) : '/login' });
  };
  return (
    <Stack>
      <Title order={1} size="h2">
        {t('stage.passwordTitle')}
      </Title>
      <Text>{t('stage.passwordIntro')}</Text>
      <PasswordForm onChanged={finish} />
    </Stack>
  );
}
