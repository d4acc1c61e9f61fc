import {
  IconAlertTriangle,
  IconBell,
  IconBook2,
  IconBuildingBank,
  IconCalendarEvent,
  IconChartBar,
  IconFileText,
  IconHeadset,
  IconHome,
  IconListCheck,
  IconPigMoney,
  IconShieldLock,
  IconUser,
  IconUserHeart,
  IconUsers,
  IconUsersGroup,
} from '@tabler/icons-react';
import type { ComponentType } from 'react';
import { hasPermission, type Me } from '../../features/auth/types';

export type NavEntry = {
  key: string;
  path: string;
  /** The server's label, used when no translation `nav.<key>` exists. */
  fallbackLabel?: string;
  icon: ComponentType<{ size?: number; stroke?: number }>;
  group: 'main' | 'modules' | 'admin';
};

const moduleIcons: Record<string, NavEntry['icon']> = {
  ledger: IconBook2,
  people: IconUsersGroup,
  people_leave: IconCalendarEvent,
  banking: IconBuildingBank,
  budgets: IconPigMoney,
  service_desk: IconHeadset,
  documents: IconFileText,
  analysis: IconChartBar,
  risk: IconAlertTriangle,
  customers: IconUserHeart,
};

/** Platform pages, each shown only with the permission its API requires. */
const adminEntries: (NavEntry & { permission: string })[] = [
  { key: 'users', path: '/admin/users', icon: IconUsers, group: 'admin', permission: 'platform.users.read' },
  { key: 'roles', path: '/admin/roles', icon: IconShieldLock, group: 'admin', permission: 'platform.roles.read' },
  { key: 'audit', path: '/admin/audit', icon: IconListCheck, group: 'admin', permission: 'platform.audit.read' },
];

/** Pages the web app draws itself; the server lists some of them in `me.nav` too (profile, users, roles, audit). */
const platformKeys = new Set(['home', 'notifications', 'profile', ...adminEntries.map((entry) => entry.key)]);

/** The server's navigation minus the platform pages: one entry per module page the user may open. */
export function moduleEntries(me: Me): NavEntry[] {
  return me.nav
    .filter((item) => !platformKeys.has(item.key) && hasPermission(me, item.permission))
    .map((item) => ({
      key: item.key,
      path: item.path,
      fallbackLabel: item.label,
      icon: moduleIcons[item.key] ?? IconFileText,
      group: 'modules' as const,
    }));
}

/**
 * The label of an entry: `nav.<key>` when the web has it, else the server's label, which is itself an
 * i18n key such as `nav.ledger` (or, from an older module, plain text); never a raw key on screen.
 */
export function navLabel(t: (key: string | string[], options?: { defaultValue: string }) => string, entry: NavEntry): string {
  const fallback = entry.fallbackLabel && !/^[a-z_]+(\.[a-z_]+)+$/i.test(entry.fallbackLabel) ? entry.fallbackLabel : humanize(entry.key);
  const keys = [`nav.${entry.key}`, ...(entry.fallbackLabel ? [entry.fallbackLabel] : [])];
  return t(keys, { defaultValue: fallback });
}

function humanize(key: string): string {
  const words = key.replace(/[_.-]+/g, ' ').trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

export function platformEntries(me: Me): NavEntry[] {
  return adminEntries.filter((entry) => hasPermission(me, entry.permission));
}

export function navEntries(me: Me): NavEntry[] {
  return [
    { key: 'home', path: '/', icon: IconHome, group: 'main' },
    { key: 'notifications', path: '/notifications', icon: IconBell, group: 'main' },
    { key: 'profile', path: '/profile', icon: IconUser, group: 'main' },
    ...moduleEntries(me),
    ...platformEntries(me),
  ];
}
