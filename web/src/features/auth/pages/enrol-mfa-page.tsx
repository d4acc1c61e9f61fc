import { Stack, Text, Title } from '@mantine/core';
import { useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { queryClient } from '../../../lib/query-client';
import { TotpEnrol } from '../../profile/components/totp-enrol';
import { meQueryOptions } from '../api/get-me';
import { stagePath } from '../types';

/** Stage `enrol_mfa`: a role requires 2FA and the user has none yet. */
export function EnrolMfaPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const finish = async () => {
    const me = await queryClient.fetchQuery({ ...meQueryOptions(), staleTime: 0 });
    await navigate({ to: me ? stagePath(me.stage) : '/login' });
  };
  return (
    <Stack>
      <Title order={1} size="h2">
        {t('stage.enrolTitle')}
      </Title>
      <Text>{t('stage.enrolIntro')}</Text>
      <TotpEnrol onDone={finish} />
    </Stack>
  );
}
