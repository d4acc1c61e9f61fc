import type { Language } from '../../i18n';

export type UserRow = {
  id: string;
  email: string;
  displayName: string;
  locale: Language;
  active: boolean;
  mfaEnabled: boolean;
  roles: { id: string; key: string; name: string }[];
  lastLoginAt: string | null;
};
