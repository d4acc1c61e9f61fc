import type { Language } from '../../i18n';

export type Stage = 'full' | 'mfa' | 'enrol_mfa' | 'change_password';

export type Company = {
  id: string;
  name: string;
  nameAr: string | null;
  baseCurrency: string;
  language: Language;
  timeZone: string;
  workWeek: number[];
};

/** A page the server offers: `label` is an i18n key (`nav.ledger`); `permission` may be `authenticated`. */
export type NavItem = { key: string; path: string; label: string; permission: string | null };

/** `GET /me`: who is signed in, in which company, what they may do. */
export type Me = {
  user: { id: string; email: string; displayName: string; locale: Language; timeZone: string; mfaEnabled: boolean };
  company: Company | null;
  companies: { id: string; name: string; nameAr: string | null }[];
  roles: string[];
  permissions: string[];
  stage: Stage;
  csrfToken: string;
  nav: NavItem[];
};

/** Where a session in the given stage must go next. */
export function stagePath(stage: Stage): '/' | '/login/mfa' | '/enrol-mfa' | '/change-password' {
  switch (stage) {
    case 'mfa':
      return '/login/mfa';
    case 'enrol_mfa':
      return '/enrol-mfa';
    case 'change_password':
      return '/change-password';
    default:
      return '/';
  }
}

/** `authenticated` (or none) means any signed-in user; other names must be among the user's permissions. */
export function hasPermission(me: Me | null | undefined, permission: string | null | undefined): boolean {
  if (!permission || permission === 'authenticated') return true;
  return me?.permissions.includes(permission) ?? false;
}
