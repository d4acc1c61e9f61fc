import { Badge, Group, Table, Text, TextInput } from '@mantine/core';
import { IconCheck, IconX } from '@tabler/icons-react';
import { useNavigate, useSearch } from '@tanstack/react-router';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/error-alert';
import { LoadingState } from '../../../components/loading-state';
import { useMe } from '../../auth/api/get-me';
import { useTrialBalance } from '../api/get-trial-balance';
import { Amount } from '../components/amount';
import { LedgerPage } from '../components/ledger-page';
import { AnchorLink } from '../components/links';
import { isIsoDate, todayIn } from '../dates';
import { absDecimal, isNegativeDecimal, isZeroDecimal, sumDecimals } from '../money';
import type { TrialBalanceRow } from '../types';

/** Each figure opens the posted entries on its account up to the report's date. */
function Drill({ row, asOf, children }: { row: TrialBalanceRow; asOf: string; children: ReactNode }) {
  return (
    <AnchorLink to="/ledger/entries" search={{ accountId: row.accountId, to: asOf, status: 'posted' }} data-testid="drill-down" underline="hover">
      {children}
    </AnchorLink>
  );
}

/** Debit and credit columns per account and currency as of a date, totals per currency. */
export function TrialBalancePage() {
  const { t, i18n } = useTranslation();
  const { data: me } = useMe();
  const search = useSearch({ from: '/app/ledger/trial-balance' });
  const navigate = useNavigate({ from: '/ledger/trial-balance' });
  const asOf = search.asOf ?? todayIn(me?.company?.timeZone);
  const tb = useTrialBalance(asOf);
  const data = tb.data;
  const foreign = data?.rows.some((r) => r.currency !== data.baseCurrency) ?? false;
  const side = (value: string, debit: boolean) => (isZeroDecimal(value) || isNegativeDecimal(value) === debit ? '' : absDecimal(value));
  const balanced = data ? data.totals.every((x) => isZeroDecimal(x.balance)) && isZeroDecimal(data.baseTotal) : false;

  return (
    <LedgerPage title={t('ledger.trialBalance.title')}>
      <Group align="flex-end" mb="md" wrap="wrap">
        <TextInput
          label={t('ledger.trialBalance.asOf')}
          type="date"
          value={asOf}
          onChange={(e) => {
            const value = e.currentTarget.value;
            if (isIsoDate(value)) navigate({ search: { asOf: value } });
          }}
          data-testid="as-of"
        />
        {data && (
          <Badge
            size="lg"
            color={balanced ? 'teal' : 'red'}
            variant="light"
            leftSection={balanced ? <IconCheck size={14} /> : <IconX size={14} />}
            data-testid="tb-status"
          >
            {balanced ? t('ledger.trialBalance.balanced') : t('ledger.trialBalance.unbalanced')}
          </Badge>
        )}
      </Group>
      {tb.isPending && <LoadingState />}
      <ErrorAlert error={tb.error} />
      {data && (
        <>
          <Table.ScrollContainer minWidth={680}>
            <Table striped highlightOnHover data-testid="trial-balance">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('ledger.account.code')}</Table.Th>
                  <Table.Th>{t('ledger.account.name')}</Table.Th>
                  <Table.Th>{t('ledger.form.currency')}</Table.Th>
                  <Table.Th ta="end">{t('ledger.form.debit')}</Table.Th>
                  <Table.Th ta="end">{t('ledger.form.credit')}</Table.Th>
                  {foreign && <Table.Th ta="end">{t('ledger.entry.baseAmount', { currency: data.baseCurrency })}</Table.Th>}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {data.rows.map((r) => (
                  <Table.Tr key={`${r.accountId}-${r.currency}`} data-testid="tb-row" data-code={r.code}>
                    <Table.Td>
                      <Drill row={r} asOf={asOf}>
                        <span className="mono">{r.code}</span>
                      </Drill>
                    </Table.Td>
                    <Table.Td>{i18n.language === 'ar' ? r.nameAr : r.nameEn}</Table.Td>
                    <Table.Td>
                      <span className="mono">{r.currency}</span>
                    </Table.Td>
                    {[true, false].map((debit) => (
                      <Table.Td key={String(debit)} ta="end">
                        {side(r.balance, debit) && (
                          <Drill row={r} asOf={asOf}>
                            <Amount value={side(r.balance, debit)} />
                          </Drill>
                        )}
                      </Table.Td>
                    ))}
                    {foreign && (
                      <Table.Td ta="end">
                        <Amount value={r.baseBalance} />
                      </Table.Td>
                    )}
                  </Table.Tr>
                ))}
              </Table.Tbody>
              <Table.Tfoot>
                {data.totals.map((total) => {
                  const rows = data.rows.filter((r) => r.currency === total.currency);
                  const debits = sumDecimals(rows.map((r) => (isNegativeDecimal(r.balance) ? '0' : r.balance)));
                  const credits = sumDecimals(rows.map((r) => (isNegativeDecimal(r.balance) ? absDecimal(r.balance) : '0')));
                  return (
                    <Table.Tr key={total.currency} fw={700} data-testid={`tb-total-${total.currency}`}>
                      <Table.Td colSpan={2}>{t('ledger.entry.total', { currency: total.currency })}</Table.Td>
                      <Table.Td>
                        <span className="mono">{total.currency}</span>
                      </Table.Td>
                      <Table.Td ta="end">
                        <Amount value={debits} fw={700} />
                      </Table.Td>
                      <Table.Td ta="end">
                        <Amount value={credits} fw={700} />
                      </Table.Td>
                      {foreign && <Table.Td />}
                    </Table.Tr>
                  );
                })}
              </Table.Tfoot>
            </Table>
          </Table.ScrollContainer>
          {data.rows.length === 0 && <Text c="dimmed">{t('ledger.trialBalance.empty')}</Text>}
        </>
      )}
    </LedgerPage>
  );
}
