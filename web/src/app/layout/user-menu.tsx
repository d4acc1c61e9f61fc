import { Avatar, Menu, UnstyledButton } from '@mantine/core';
import { IconLogout, IconLogout2, IconUser } from '@tabler/icons-react';
import { Link, useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { useLogout } from '../../features/auth/api/logout';
import { useLogoutAll } from '../../features/auth/api/logout-all';
import type { Me } from '../../features/auth/types';

function initials(name: string): string {
  return name
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, 2)
    .map((part) => part[0])
    .join('')
    .toUpperCase();
}

export function UserMenu({ me }: { me: Me }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const logout = useLogout();
  const logoutAll = useLogoutAll();
  const toLogin = () => void navigate({ to: '/login' });
  const name = me.user.displayName || me.user.email;

  return (
    <Menu position="bottom-end" withinPortal>
      <Menu.Target>
        <UnstyledButton aria-label={t('header.userMenu', { name })} data-testid="user-menu">
          <Avatar color="teal" radius="xl" size={34}>
            {initials(name)}
          </Avatar>
        </UnstyledButton>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>{name}</Menu.Label>
        <Menu.Item component={Link} to="/profile" leftSection={<IconUser size={16} />} data-testid="menu-profile">
          {t('nav.profile')}
        </Menu.Item>
        <Menu.Divider />
        <Menu.Item leftSection={<IconLogout size={16} />} data-testid="logout" onClick={() => logout.mutate(undefined, { onSettled: toLogin })}>
          {t('header.logout')}
        </Menu.Item>
        <Menu.Item
          color="red"
          leftSection={<IconLogout2 size={16} />}
          data-testid="logout-all"
          onClick={() => logoutAll.mutate(undefined, { onSettled: toLogin })}
        >
          {t('header.logoutAll')}
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}
