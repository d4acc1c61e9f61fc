import { Paper, Stack, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { PageTitle } from '../../../components/page-title';
import { useMe } from '../../auth/api/get-me';
import { DetailsForm } from '../components/details-form';
import { EmailForm } from '../components/email-form';
import { MfaSection } from '../components/mfa-section';
import { PasswordForm } from '../components/password-form';
import { SessionsSection } from '../components/sessions-section';
import { TokensSection } from '../components/tokens-section';

function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <Paper withBorder p={{ base: 'md', sm: 'lg' }} component="section" aria-labelledby={id}>
      <Title order={2} size="h4" mb="md" id={id}>
        {title}
      </Title>
      {children}
    </Paper>
  );
}

export function ProfilePage() {
  const { t } = useTranslation();
  const { data: me } = useMe();
  if (!me) return null;
  const tz = me.user.timeZone;

  return (
    <>
      <PageTitle>{t('profile.title')}</PageTitle>
      <Stack gap="lg">
        <Section id="profile-details" title={t('profile.details')}>
          <DetailsForm me={me} />
        </Section>
        <Section id="profile-password" title={t('profile.passwordSection')}>
          <PasswordForm onChanged={() => notifications.show({ color: 'teal', message: t('profile.passwordChanged') })} />
        </Section>
        <Section id="profile-email" title={t('profile.emailSection')}>
          <EmailForm />
        </Section>
        <Section id="profile-mfa" title={t('mfa.title')}>
          <MfaSection me={me} />
        </Section>
        <Section id="profile-sessions" title={t('profile.sessionsSection')}>
          <SessionsSection timeZone={tz} />
        </Section>
        <Section id="profile-tokens" title={t('profile.tokensSection')}>
          <TokensSection permissions={me.permissions} timeZone={tz} />
        </Section>
      </Stack>
    </>
  );
}
