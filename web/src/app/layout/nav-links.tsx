import { NavLink, ScrollArea, Stack, Text } from '@mantine/core';
import { Link, useRouterState } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import type { Me } from '../../features/auth/types';
import { type NavEntry, navEntries, navLabel } from './nav-items';

function isActive(pathname: string, path: string): boolean {
  return path === '/' ? pathname === '/' : pathname === path || pathname.startsWith(`${path}/`);
}

export function NavLinks({ me, onNavigate }: { me: Me; onNavigate: () => void }) {
  const { t } = useTranslation();
  const pathname = useRouterState({ select: (s) => s.location.pathname });
  const entries = navEntries(me);
  // the most specific entry wins: /people/leave lights Leave, not People too
  const activePath = entries
    .map((e) => e.path)
    .filter((path) => isActive(pathname, path))
    .sort((a, b) => b.length - a.length)[0];
  const groups: { id: NavEntry['group']; title?: string }[] = [
    { id: 'main' },
    { id: 'modules', title: t('nav.modules') },
    { id: 'admin', title: t('nav.administration') },
  ];

  return (
    <ScrollArea component="nav" aria-label={t('app.mainNavigation')} style={{ flex: 1 }}>
      <Stack gap="md">
        {groups.map((group) => {
          const items = entries.filter((e) => e.group === group.id);
          if (items.length === 0) return null;
          return (
            <div key={group.id}>
              {group.title && (
                <Text size="xs" fw={700} c="dimmed" tt="uppercase" px="sm" mb={4}>
                  {group.title}
                </Text>
              )}
              {items.map((entry) => {
                const Icon = entry.icon;
                const active = entry.path === activePath;
                return (
                  <NavLink
                    key={entry.key}
                    component={Link}
                    to={entry.path}
                    label={navLabel(t, entry)}
                    leftSection={<Icon size={18} stroke={1.6} />}
                    active={active}
                    aria-current={active ? 'page' : undefined}
                    data-testid={`nav-${entry.key}`}
                    onClick={onNavigate}
                  />
                );
              })}
            </div>
          );
        })}
      </Stack>
    </ScrollArea>
  );
}
