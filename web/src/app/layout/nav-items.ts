import {
  IconAlertTriangle,
  IconBell,
  IconBook2,
  IconBuildingBank,
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
  { key: 'users', path: '/users', icon: IconUsers, group: 'admin', permission: 'platform.users.read' },
  { key: 'roles', path: '/roles', icon: IconShieldLock, group: 'admin', permission: 'platform.roles.read' },
  { key: 'audit', path: '/audit', icon: IconListCheck, group: 'admin', permission: 'platform.audit.read' },
];

export function moduleEntries(me: Me): NavEntry[] {
  return me.nav
    .filter((item) => hasPermission(me, item.permission))
    .map((item) => ({
      key: item.key,
      path: item.path,
      fallbackLabel: item.label,
      icon: moduleIcons[item.key] ?? IconFileText,
      group: 'modules' as const,
    }));
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
