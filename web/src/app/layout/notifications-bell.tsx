import { ActionIcon, Indicator } from '@mantine/core';
import { IconBell } from '@tabler/icons-react';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { useUnreadCount } from '../../features/notifications/api/get-unread-count';
import { formatNumber } from '../../lib/format';

export function NotificationsBell() {
  const { t } = useTranslation();
  const { data } = useUnreadCount();
  const count = data?.count ?? 0;
  const label = count > 0 ? t('header.bellUnread', { count }) : t('header.bell');

  return (
    <Indicator label={count > 99 ? '99+' : formatNumber(count)} size={18} disabled={count === 0} color="red" offset={4} data-testid="bell-count">
      <ActionIcon component={Link} to="/notifications" variant="subtle" size="lg" aria-label={label} data-testid="bell">
        <IconBell size={22} stroke={1.6} />
      </ActionIcon>
    </Indicator>
  );
}
