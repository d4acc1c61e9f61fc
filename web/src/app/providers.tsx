import { createTheme, DirectionProvider, type MantineColorsTuple, MantineProvider, PasswordInput } from '@mantine/core';
import { Notifications } from '@mantine/notifications';
import { QueryClientProvider } from '@tanstack/react-query';
import { type ReactNode, useMemo } from 'react';
import { I18nextProvider, useTranslation } from 'react-i18next';
import { directionOf, i18n } from '../i18n';
import { queryClient } from '../lib/query-client';
import { DirectionSync } from './layout/direction-sync';
import { LanguageSync } from './layout/language-sync';

/**
 * Mantine's teal with shades 6–9 darkened: its stock teal.6 under white button text is 2.5:1, below
 * WCAG AA's 4.5:1. Shade 6 (filled buttons, links, checkboxes) is now 5:1 on white; 7 is the hover.
 */
const teal: MantineColorsTuple = ['#e6fcf5', '#c3fae8', '#96f2d7', '#63e6be', '#38d9a9', '#20c997', '#087f5b', '#076b4d', '#065c42', '#054d37'];

const fontFamily = 'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans Arabic", "Noto Naskh Arabic", Tahoma, sans-serif';

/** The theme carries translated default labels, so it is rebuilt when the language changes. */
function ThemedApp({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const theme = useMemo(
    () =>
      createTheme({
        colors: { teal },
        primaryColor: 'teal',
        defaultRadius: 'md',
        fontFamily,
        components: {
          PasswordInput: PasswordInput.extend({
            defaultProps: { visibilityToggleButtonProps: { 'aria-label': t('common.togglePassword') } },
          }),
        },
      }),
    // react-i18next gives a new `t` whenever the language changes.
    [t],
  );
  return (
    <MantineProvider theme={theme} defaultColorScheme="light">
      {children}
    </MantineProvider>
  );
}

export function Providers({ children }: { children: ReactNode }) {
  return (
    <I18nextProvider i18n={i18n}>
      <DirectionProvider initialDirection={directionOf(i18n.language)} detectDirection={false}>
        <ThemedApp>
          <DirectionSync />
          <Notifications position="top-center" />
          <QueryClientProvider client={queryClient}>
            <LanguageSync />
            {children}
          </QueryClientProvider>
        </ThemedApp>
      </DirectionProvider>
    </I18nextProvider>
  );
}
