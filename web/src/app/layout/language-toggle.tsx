import { Button } from '@mantine/core';
import { IconLanguage } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useMe } from '../../features/auth/api/get-me';
import { useUpdateMe } from '../../features/profile/api/update-me';
import { type Language, rememberLanguage } from '../../i18n';

/** Switches English ↔ Arabic; a signed-in user's choice is saved on their profile. */
export function LanguageToggle() {
  const { t, i18n } = useTranslation();
  const { data: me } = useMe();
  const updateMe = useUpdateMe();
  const next: Language = i18n.language === 'ar' ? 'en' : 'ar';
  const signedIn = me?.stage === 'full';

  return (
    <Button
      variant="subtle"
      size="compact-md"
      leftSection={<IconLanguage size={18} stroke={1.6} />}
      aria-label={t('languages.switchTo', { language: t(`languages.${next}`) })}
      lang={next}
      data-testid="lang-toggle"
      loading={updateMe.isPending}
      onClick={() => {
        rememberLanguage(next);
        void i18n.changeLanguage(next);
        if (signedIn) updateMe.mutate({ locale: next });
      }}
    >
      {t(`languages.${next}`)}
    </Button>
  );
}
