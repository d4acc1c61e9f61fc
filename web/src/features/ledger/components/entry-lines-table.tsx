import { Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { sumDecimals } from '../money';
import { nameIn } from '../names';
import type { Account, EntryLine } from '../types';
import { Amount } from './amount';

type Props = { lines: EntryLine[]; accounts: Map<string, Account>; baseCurrency?: string };

/** An entry's lines with debit and credit columns and, per currency, their totals. */
export function EntryLinesTable({ lines, accounts, baseCurrency }: Props) {
  const { t, i18n } = useTranslation();
  const currencies = [...new Set(lines.map((l) => l.currency))].sort();
  const foreign = lines.some((l) => l.currency !== baseCurrency);
  return (
    <Table.ScrollContainer minWidth={360}>
      <Table striped data-testid="entry-lines-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th visibleFrom="sm">#</Table.Th>
            <Table.Th>{t('ledger.form.account')}</Table.Th>
            <Table.Th visibleFrom="sm">{t('ledger.form.lineMemo')}</Table.Th>
            <Table.Th ta="end">{t('ledger.form.debit')}</Table.Th>
            <Table.Th ta="end">{t('ledger.form.credit')}</Table.Th>
            <Table.Th>{t('ledger.form.currency')}</Table.Th>
            {foreign && <Table.Th ta="end">{t('ledger.entry.baseAmount', { currency: baseCurrency ?? '' })}</Table.Th>}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {lines.map((l) => (
            <Table.Tr key={l.lineNo} data-testid="entry-line-view">
              <Table.Td visibleFrom="sm">{l.lineNo}</Table.Td>
              <Table.Td>
                <Text span size="sm" className="mono" fw={600}>
                  {l.accountCode}
                </Text>{' '}
                <Text span size="sm">
                  {nameIn(accounts.get(l.accountId), i18n.language)}
                </Text>
                {l.memo && (
                  <Text size="xs" c="dimmed" hiddenFrom="sm">
                    {l.memo}
                  </Text>
                )}
              </Table.Td>
              <Table.Td visibleFrom="sm">{l.memo ?? ''}</Table.Td>
              <Table.Td ta="end">{l.debit && <Amount value={l.debit} />}</Table.Td>
              <Table.Td ta="end">{l.credit && <Amount value={l.credit} />}</Table.Td>
              <Table.Td>
                <span className="mono">{l.currency}</span>
              </Table.Td>
              {foreign && (
                <Table.Td ta="end">
                  <Amount value={l.baseAmount} />
                </Table.Td>
              )}
            </Table.Tr>
          ))}
        </Table.Tbody>
        <Table.Tfoot>
          {currencies.map((c) => {
            const of = lines.filter((l) => l.currency === c);
            return (
              <Table.Tr key={c} fw={700}>
                <Table.Td visibleFrom="sm" />
                <Table.Td>{t('ledger.entry.total', { currency: c })}</Table.Td>
                <Table.Td visibleFrom="sm" />
                <Table.Td ta="end">
                  <Amount value={sumDecimals(of.map((l) => l.debit ?? '0'))} fw={700} />
                </Table.Td>
                <Table.Td ta="end">
                  <Amount value={sumDecimals(of.map((l) => l.credit ?? '0'))} fw={700} />
                </Table.Td>
                <Table.Td>
                  <span className="mono">{c}</span>
                </Table.Td>
                {foreign && <Table.Td />}
              </Table.Tr>
            );
          })}
        </Table.Tfoot>
      </Table>
    </Table.ScrollContainer>
  );
}
