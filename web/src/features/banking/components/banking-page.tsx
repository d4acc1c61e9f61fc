import { Breadcrumbs, Tabs } from '@mantine/core';
import { useNavigate } from '@tanstack/react-router';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ForbiddenNotice } from '../../../components/forbidden-notice';
import { PageTitle } from '../../../components/page-title';
import { useMe } from '../../auth/api/get-me';
import { hasPermission } from '../../auth/types';
import { AnchorLink } from '../../ledger/components/links';
import type { BankAccount } from '../types';

export type AccountTab = 'statements' | 'reconcile' | 'rules' | 'report';
const TABS: AccountTab[] = ['statements', 'reconcile', 'rules', 'report'];

type Props = { title: ReactNode; actions?: ReactNode; permission?: string; account?: BankAccount; tab?: AccountTab; children: ReactNode };

/**
 * Every banking page: a way back to the bank accounts, the title, the account's tabs (statements,
 * reconciliation, rules, report), and nothing without banking.read (and the page's own permission).
 */
export function BankingPage({ title, actions, permission = 'banking.read', account, tab, children }: Props) {
  const { t } = useTranslation();
  const { data: me } = useMe();
  const navigate = useNavigate();
  if (!hasPermission(me, 'banking.read') || !hasPermission(me, permission)) return <ForbiddenNotice />;
  return (
    <>
      {account && (
        <Breadcrumbs mb="xs" separator="›" aria-label={t('banking.breadcrumbs')}>
          <AnchorLink to="/banking" size="sm">
            {t('nav.banking')}
          </AnchorLink>
          <AnchorLink to="/banking/accounts/$accountId" params={{ accountId: account.id }} size="sm">
            {account.name}
          </AnchorLink>
        </Breadcrumbs>
      )}
      <PageTitle actions={actions}>{title}</PageTitle>
      {account && tab && (
        <Tabs
          value={tab}
          mb="lg"
          onChange={(value) => {
            const to = value === 'statements' ? '/banking/accounts/$accountId' : `/banking/accounts/$accountId/${value}`;
            navigate({ to: to as '/banking/accounts/$accountId', params: { accountId: account.id } });
          }}
        >
          <Tabs.List style={{ flexWrap: 'nowrap', overflowX: 'auto' }}>
            {TABS.map((key) => (
              <Tabs.Tab key={key} value={key} data-testid={`tab-${key}`}>
                {t(`banking.tabs.${key}`)}
              </Tabs.Tab>
            ))}
          </Tabs.List>
        </Tabs>
      )}
      {children}
    </>
  );
}
