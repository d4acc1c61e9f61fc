import type { QueryClient } from '@tanstack/react-query';
import { redirect } from '@tanstack/react-router';
import { meQueryOptions } from '../features/auth/api/get-me';
import { type Me, type Stage, stagePath } from '../features/auth/types';
import { setupStatusQueryOptions } from '../features/setup/api/get-setup-status';

export type RouterContext = { queryClient: QueryClient };

/** Every page except /setup waits until the first company and administrator exist. */
export async function requireSetupDone(queryClient: QueryClient, pathname: string): Promise<void> {
  if (pathname === '/setup') return;
  const status = await queryClient.ensureQueryData(setupStatusQueryOptions());
  if (status.needed) throw redirect({ to: '/setup' });
}

export async function requireSetupNeeded(queryClient: QueryClient): Promise<void> {
  const status = await queryClient.ensureQueryData(setupStatusQueryOptions());
  if (!status.needed) throw redirect({ to: '/' });
}

/** Pages of the signed-in app: a full session, else the login or the pending stage page. */
export async function requireFullSession(queryClient: QueryClient, href: string): Promise<Me> {
  const me = await queryClient.ensureQueryData(meQueryOptions());
  if (!me) throw redirect({ to: '/login', search: { redirect: href === '/' ? undefined : href } });
  if (me.stage !== 'full') throw redirect({ to: stagePath(me.stage) });
  return me;
}

/** A stage page (2FA challenge, forced enrolment, forced password change) only for that stage. */
export async function requireStage(queryClient: QueryClient, stage: Stage): Promise<Me> {
  const me = await queryClient.ensureQueryData(meQueryOptions());
  if (!me) throw redirect({ to: '/login' });
  if (me.stage !== stage) throw redirect({ to: stagePath(me.stage) });
  return me;
}

/** The login page sends an existing session onward. */
export async function requireSignedOut(queryClient: QueryClient): Promise<void> {
  const me = await queryClient.ensureQueryData(meQueryOptions());
  if (me) throw redirect({ to: stagePath(me.stage) });
}

/** Only same-app paths are followed after sign-in, never another origin. */
export function safeRedirect(target: string | undefined): string {
  if (!target?.startsWith('/') || target.startsWith('//')) return '/';
  return target;
}
