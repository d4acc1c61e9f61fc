import { Badge, Button, Table, Text } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/error-alert';
import { LoadingState } from '../../../components/loading-state';
import { PaginationBar } from '../../../components/pagination-bar';
import { useMe } from '../../auth/api/get-me';
import { hasPermission } from '../../auth/types';
import { AnchorLink } from '../../ledger/components/links';
import { nameIn } from '../../ledger/names';
import { useAccountsIndex } from '../../ledger/use-accounts-index';
import { useBankAccounts } from '../api/bank-accounts';
import { BankAccountFormModal } from '../components/bank-account-form-modal';
import { BankingPage } from '../components/banking-page';
import type { BankAccount } from '../types';

const PAGE_SIZE = 25;

/** The bank accounts, a page at a time; finance adds and changes them here. */
export function BankAccountsPage() {
  const { t, i18n } = useTranslation();
  const { data: me } = useMe();
  const [page, setPage] = useState(1);
  const accounts = useBankAccounts({ page, pageSize: PAGE_SIZE });
  const { index } = useAccountsIndex(hasPermission(me, 'ledger.read'));
  const [editing, setEditing] = useState<BankAccount | 'new' | null>(null);
  const admin = hasPermission(me, 'banking.admin');

  return (
    <BankingPage
      title={t('banking.accounts.title')}
      actions={
        admin && (
          <Button leftSection={<IconPlus size={16} />} onClick={() => setEditing('new')} data-testid="new-bank-account">
            {t('banking.accounts.add')}
          </Button>
        )
      }
    >
      {accounts.isPending && <LoadingState />}
      <ErrorAlert error={accounts.error} />
      {accounts.data && accounts.data.total === 0 && <Text c="dimmed">{t('banking.accounts.empty')}</Text>}
      {accounts.data && accounts.data.total > 0 && (
        <>
          <Table.ScrollContainer minWidth={720}>
            <Table striped highlightOnHover data-testid="bank-accounts">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('banking.account.name')}</Table.Th>
                  <Table.Th>{t('banking.account.bank')}</Table.Th>
                  <Table.Th>{t('banking.account.ibanOrNumberShort')}</Table.Th>
                  <Table.Th>{t('banking.account.currency')}</Table.Th>
                  <Table.Th>{t('banking.account.ledgerAccount')}</Table.Th>
                  <Table.Th />
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {accounts.data.items.map((a) => {
                  const ledger = index.byId.get(a.ledgerAccountId);
                  return (
                    <Table.Tr key={a.id} data-testid="bank-account-row">
                      <Table.Td>
                        <AnchorLink to="/banking/accounts/$accountId" params={{ accountId: a.id }} fw={600}>
                          {a.name}
                        </AnchorLink>
                        {!a.active && (
                          <Badge ms="xs" color="gray" variant="light">
                            {t('banking.account.inactive')}
                          </Badge>
                        )}
                      </Table.Td>
                      <Table.Td>{a.bank}</Table.Td>
                      <Table.Td>
                        <span className="mono" dir="ltr">
                          {a.iban ?? a.accountNumber}
                        </span>
                      </Table.Td>
                      <Table.Td>{a.currency}</Table.Td>
                      <Table.Td>{ledger ? `${ledger.code} · ${nameIn(ledger, i18n.language)}` : '—'}</Table.Td>
                      <Table.Td>
                        {admin && (
                          <Button size="xs" variant="subtle" onClick={() => setEditing(a)} data-testid="edit-bank-account">
                            {t('common.edit')}
                          </Button>
                        )}
                      </Table.Td>
                    </Table.Tr>
                  );
                })}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
          <PaginationBar page={page} pageSize={PAGE_SIZE} total={accounts.data.total} onChange={setPage} />
        </>
      )}
      {editing && <BankAccountFormModal opened account={editing === 'new' ? null : editing} onClose={() => setEditing(null)} />}
    </BankingPage>
  );
}
