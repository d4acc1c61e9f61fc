import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useMe } from '../../features/auth/api/get-me';
import { isLanguage, rememberLanguage } from '../../i18n';

/** A signed-in user's own locale wins over the browser's remembered choice. */
export function LanguageSync() {
  const { i18n } = useTranslation();
  const { data: me } = useMe();
  const locale = me?.stage === 'full' ? me.user.locale : undefined;
  useEffect(() => {
    if (isLanguage(locale) && locale !== i18n.language) {
      rememberLanguage(locale);
      void i18n.changeLanguage(locale);
    }
  }, [locale, i18n]);
  return null;
}
