import type { UserTable } from '../auth/auth.tables.ts';
import type { CompanyDb } from '../db/company-scope.ts';
import { notifyUser } from '../notifications/index.ts';
import type { Platform } from '../platform.ts';

/** What the platform tells a user about their own account, in the user's language. */
const notices = {
  rolesChanged: {
    en: { title: 'Your roles changed', body: 'An administrator changed your roles in {company}: {roles}.' },
    ar: { title: 'تغيّرت أدوارك', body: 'غيّر أحد المسؤولين أدوارك في {company}: {roles}.' },
  },
  tokenCreated: {
    en: { title: 'New API token', body: 'An API token named “{name}” was created for your account. If this was not you, revoke it and change your password.' },
    ar: { title: 'رمز وصول جديد', body: 'أُنشئ رمز وصول باسم «{name}» لحسابك. إن لم تكن أنت، فألغِه وغيّر كلمة المرور.' },
  },
} as const;

export async function noticeToUser(
  p: Platform,
  db: CompanyDb,
  user: Pick<UserTable, 'id' | 'email' | 'locale'>,
  kind: keyof typeof notices,
  values: Record<string, string>,
  link = '/profile',
): Promise<void> {
  const text = notices[kind][user.locale === 'ar' ? 'ar' : 'en'];
  const fill = (s: string) => s.replace(/\{(\w+)\}/g, (_, k: string) => values[k] ?? '');
  await notifyUser(
    db,
    { clock: p.clock, emailEnabled: Boolean(p.config.SMTP_URL) },
    { userId: user.id, email: user.email, title: fill(text.title), body: fill(text.body), link },
  );
}
