import { Anchor, Breadcrumbs } from '@mantine/core';
import { Link } from '@tanstack/react-router';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ForbiddenNotice } from '../../../components/forbidden-notice';
import { PageTitle } from '../../../components/page-title';
import { useMe } from '../../auth/api/get-me';
import { hasPermission } from '../../auth/types';

type Props = { title: ReactNode; actions?: ReactNode; permission?: string; children: ReactNode; home?: boolean };

/** Every ledger page: a way back to the ledger home, its title, and nothing without ledger.read. */
export function LedgerPage({ title, actions, permission = 'ledger.read', children, home = false }: Props) {
  const { t } = useTranslation();
  const { data: me } = useMe();
  if (!hasPermission(me, 'ledger.read') || !hasPermission(me, permission)) return <ForbiddenNotice />;
  return (
    <>
      {!home && (
        <Breadcrumbs mb="xs" separator="›" aria-label={t('ledger.breadcrumbs')}>
          <Anchor component={Link} to="/ledger" size="sm">
            {t('nav.ledger')}
          </Anchor>
        </Breadcrumbs>
      )}
      <PageTitle actions={actions}>{title}</PageTitle>
      {children}
    </>
  );
}
