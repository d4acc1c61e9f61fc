import './lib/zod-config';
import '@mantine/core/styles.css';
import '@mantine/notifications/styles.css';
import './styles.css';
import { notifications } from '@mantine/notifications';
import { RouterProvider } from '@tanstack/react-router';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { Providers } from './app/providers';
import { router } from './app/router';
import { i18n } from './i18n';
import { errorMessage } from './lib/error-message';
import { meQueryKey, queryClient, setQueryClientHandlers } from './lib/query-client';

setQueryClientHandlers({
  onUnauthenticated: () => {
    queryClient.setQueryData(meQueryKey, null);
    void router.navigate({ to: '/login', search: { redirect: router.state.location.href } });
  },
  onMutationError: (error) => {
    notifications.show({ color: 'red', title: i18n.t('app.errorTitle'), message: errorMessage(i18n.t, error) });
  },
});

const rootElement = document.getElementById('root');
if (!rootElement) throw new Error('Missing #root element');

createRoot(rootElement).render(
  <StrictMode>
    <Providers>
      <RouterProvider router={router} />
    </Providers>
  </StrictMode>,
);
