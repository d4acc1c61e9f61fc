import { Alert, Button, Card, Checkbox, Group, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/error-alert';
import { PaginationBar } from '../../../components/pagination-bar';
import { formatNumber } from '../../../lib/format';
import { Amount } from '../../ledger/components/amount';
import { isZeroDecimal, sumDecimals } from '../../ledger/money';
import { useConfirmMatch, useUnmatchedBank, useUnmatchedLedger } from '../api/matching';
import type { BankAccount, UnmatchedBankLine } from '../types';

const PAGE_SIZE = 25;
const negate = (d: string) => (d.startsWith('-') ? d.slice(1) : `-${d}`);

type Picked = Map<string, string>;
const toggle = (picked: Picked, id: string, amount: string): Picked => {
  const next = new Map(picked);
  if (next.has(id)) next.delete(id);
  else next.set(id, amount);
  return next;
};

/**
 * Manual matching: unmatched statement lines beside unmatched ledger lines of the mirrored account
 * (mirrored right to left by the page's direction). Pick any number on each side — one-to-many or
 * many-to-one — and the running difference must reach zero before the match can be confirmed.
 */
export function UnmatchedColumns({ account, canChange, onPost }: { account: BankAccount; canChange: boolean; onPost: (line: UnmatchedBankLine) => void }) {
  const { t } = useTranslation();
  const [bankPage, setBankPage] = useState(1);
  const [ledgerPage, setLedgerPage] = useState(1);
  const bank = useUnmatchedBank(account.id, { page: bankPage, pageSize: PAGE_SIZE });
  const ledger = useUnmatchedLedger(account.id, { page: ledgerPage, pageSize: PAGE_SIZE });
  const [bankPicked, setBankPicked] = useState<Picked>(new Map());
  const [ledgerPicked, setLedgerPicked] = useState<Picked>(new Map());
  const confirm = useConfirmMatch();
  const difference = sumDecimals(['0.00', ...bankPicked.values(), ...[...ledgerPicked.values()].map(negate)]);
  const ready = bankPicked.size > 0 && ledgerPicked.size > 0 && isZeroDecimal(difference);

  const match = () =>
    confirm.mutate(
      { bankAccountId: account.id, bankLineIds: [...bankPicked.keys()], ledgerLineIds: [...ledgerPicked.keys()] },
      {
        onSuccess: () => {
          setBankPicked(new Map());
          setLedgerPicked(new Map());
        },
      },
    );

  return (
    <Card withBorder padding="md" data-testid="manual-match">
      <Title order={2} size="h4" mb="sm">
        {t('banking.reconcile.manualTitle')}
      </Title>
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
        <Stack gap="xs" data-testid="bank-column">
          <Group justify="space-between" wrap="wrap">
            <Text fw={600}>{t('banking.reconcile.unmatchedBank', { n: formatNumber(bank.data?.total ?? 0) })}</Text>
            {bank.data && <Amount value={bank.data.totalAmount} currency={account.currency} />}
          </Group>
          <ErrorAlert error={bank.error} />
          <Table.ScrollContainer minWidth={340}>
            <Table striped highlightOnHover data-testid="unmatched-bank">
              <Table.Tbody>
                {bank.data?.items.map((l) => (
                  <Table.Tr key={l.id} data-testid="unmatched-bank-line">
                    {canChange && (
                      <Table.Td w={32}>
                        <Checkbox
                          aria-label={t('banking.reconcile.pick', { text: l.text })}
                          checked={bankPicked.has(l.id)}
                          onChange={() => setBankPicked(toggle(bankPicked, l.id, l.amount))}
                        />
                      </Table.Td>
                    )}
                    <Table.Td miw={160}>
                      <Text size="xs" c="dimmed">
                        <span dir="ltr">{l.date}</span>
                      </Text>
                      <Text size="sm" style={{ overflowWrap: 'break-word' }}>
                        {l.text}
                      </Text>
                      {(l.reference || l.counterparty) && (
                        <Text size="xs" c="dimmed">
                          {[l.counterparty, l.reference].filter(Boolean).join(' · ')}
                        </Text>
                      )}
                    </Table.Td>
                    <Table.Td ta="end">
                      <Amount value={l.amount} />
                    </Table.Td>
                    {canChange && (
                      <Table.Td>
                        <Button size="compact-xs" variant="light" onClick={() => onPost(l)} data-testid="create-entry">
                          {t('banking.reconcile.createEntry')}
                        </Button>
                      </Table.Td>
                    )}
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
          {bank.data && bank.data.total === 0 && <Text c="dimmed">{t('banking.reconcile.noneBank')}</Text>}
          {bank.data && bank.data.total > PAGE_SIZE && <PaginationBar page={bankPage} pageSize={PAGE_SIZE} total={bank.data.total} onChange={setBankPage} />}
        </Stack>
        <Stack gap="xs" data-testid="ledger-column">
          <Group justify="space-between" wrap="wrap">
            <Text fw={600}>{t('banking.reconcile.unmatchedLedger', { n: formatNumber(ledger.data?.total ?? 0) })}</Text>
            {ledger.data && <Amount value={ledger.data.totalAmount} currency={account.currency} />}
          </Group>
          <ErrorAlert error={ledger.error} />
          <Table.ScrollContainer minWidth={340}>
            <Table striped highlightOnHover data-testid="unmatched-ledger">
              <Table.Tbody>
                {ledger.data?.items.map((l) => (
                  <Table.Tr key={l.id} data-testid="unmatched-ledger-line">
                    {canChange && (
                      <Table.Td w={32}>
                        <Checkbox
                          aria-label={t('banking.reconcile.pick', { text: l.text || l.number || l.date })}
                          checked={ledgerPicked.has(l.id)}
                          onChange={() => setLedgerPicked(toggle(ledgerPicked, l.id, l.amount))}
                        />
                      </Table.Td>
                    )}
                    <Table.Td miw={160}>
                      <Text size="xs" c="dimmed">
                        <span dir="ltr">{l.date}</span>
                      </Text>
                      <Text size="sm" style={{ overflowWrap: 'break-word' }}>
                        {l.text}
                      </Text>
                    </Table.Td>
                    <Table.Td ta="end">
                      <Amount value={l.amount} />
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
          {ledger.data && ledger.data.total === 0 && <Text c="dimmed">{t('banking.reconcile.noneLedger')}</Text>}
          {ledger.data && ledger.data.total > PAGE_SIZE && (
            <PaginationBar page={ledgerPage} pageSize={PAGE_SIZE} total={ledger.data.total} onChange={setLedgerPage} />
          )}
        </Stack>
      </SimpleGrid>
      {canChange && (bankPicked.size > 0 || ledgerPicked.size > 0) && (
        <Alert color={ready ? 'teal' : 'yellow'} mt="md" data-testid="running-difference">
          <Group justify="space-between" wrap="wrap" gap="sm">
            <Text size="sm">
              {t('banking.reconcile.picked', { bank: formatNumber(bankPicked.size), ledger: formatNumber(ledgerPicked.size) })} ·{' '}
              {t('banking.reconcile.difference')} <Amount value={difference} fw={700} data-testid="difference" />
            </Text>
            <Group gap="xs">
              <Button
                size="xs"
                variant="default"
                onClick={() => {
                  setBankPicked(new Map());
                  setLedgerPicked(new Map());
                }}
              >
                {t('banking.reconcile.clear')}
              </Button>
              <Button size="xs" disabled={!ready} loading={confirm.isPending} onClick={match} data-testid="match-selected">
                {t('banking.reconcile.matchSelected')}
              </Button>
            </Group>
          </Group>
        </Alert>
      )}
      <ErrorAlert error={confirm.error} />
    </Card>
  );
}
