import { ActionIcon, Menu } from '@mantine/core';
import { IconArchive, IconArchiveOff, IconDots, IconListDetails, IconPencil } from '@tabler/icons-react';
import { useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { useArchiveAccount } from '../api/archive-account';
import { useUnarchiveAccount } from '../api/unarchive-account';
import type { Account } from '../types';

/** Per account: its entries; for ledger.admin, edit and archive or bring back. */
export function AccountActions({ account, canAdmin, onEdit }: { account: Account; canAdmin: boolean; onEdit: (a: Account) => void }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const archive = useArchiveAccount();
  const unarchive = useUnarchiveAccount();
  return (
    <Menu position="bottom-end" withinPortal>
      <Menu.Target>
        <ActionIcon
          variant="subtle"
          color="gray"
          aria-label={t('ledger.chart.actionsFor', { code: account.code })}
          data-testid={`account-actions-${account.code}`}
        >
          <IconDots size={16} />
        </ActionIcon>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Item onClick={() => navigate({ to: '/ledger/entries', search: { accountId: account.id } })} leftSection={<IconListDetails size={14} />}>
          {t('ledger.chart.entries')}
        </Menu.Item>
        {canAdmin && (
          <Menu.Item leftSection={<IconPencil size={14} />} onClick={() => onEdit(account)} data-testid="edit-account">
            {t('common.edit')}
          </Menu.Item>
        )}
        {canAdmin &&
          (account.active ? (
            <Menu.Item leftSection={<IconArchive size={14} />} onClick={() => archive.mutate(account.id)} data-testid="archive-account">
              {t('ledger.chart.archive')}
            </Menu.Item>
          ) : (
            <Menu.Item leftSection={<IconArchiveOff size={14} />} onClick={() => unarchive.mutate(account.id)} data-testid="unarchive-account">
              {t('ledger.chart.unarchive')}
            </Menu.Item>
          ))}
      </Menu.Dropdown>
    </Menu>
  );
}
