import { Stack, Text, Title } from '@mantine/core';
import { useNavigate } from '@tanstack/react-router';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { queryClient } from '../../../lib/query-client';
import { meQueryOptions } from '../api/get-me';
import { stagePath } from '../types';

/**
 * A sign-in stage the user must finish before anything else (a new password, 2FA enrolment): its
 * title and explanation, then the form, which calls `finish` when done; `finish` asks the server
 * for the next stage and goes there.
 */
export function StagePage({ titleKey, introKey, children }: { titleKey: string; introKey: string; children: (finish: () => Promise<void>) => ReactNode }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const finish = async () => {
    const me = await queryClient.fetchQuery({ ...meQueryOptions(), staleTime: 0 });
    await navigate({ to: me ? stagePath(me.stage) : '/login' });
  };
  return (
    <Stack>
      <Title order={1} size="h2">
        {t(titleKey)}
      </Title>
      <Text>{t(introKey)}</Text>
      {children(finish)}
    </Stack>
  );
}
