import { Button, Group, ScrollArea, Table, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/error-alert';
import { useSetAmounts } from '../api/set-amounts';
import type { Cell, Grid } from '../types';
import { Ltr } from './ltr';

const nameOf = (lang: string, l: { nameEn: string; nameAr: string }) => (lang === 'ar' ? l.nameAr : l.nameEn);
const DECIMAL = /^-?\d{1,15}(\.\d{1,4})?$/;

/** Accounts × months; cells are inputs while the revision is a draft, saved together (all or nothing). */
export function BudgetGrid({ budgetId, grid }: { budgetId: string; grid: Grid }) {
  const { t, i18n } = useTranslation();
  const save = useSetAmounts();
  const [edits, setEdits] = useState<Record<string, Cell>>({});
  const key = (accountId: string, month: string, dv: string | null) => `${accountId}|${month}|${dv ?? ''}`;
  const invalid = Object.values(edits).some((c) => !DECIMAL.test(c.amount));
  const submit = () => save.mutate({ id: budgetId, cells: Object.values(edits) }, { onSuccess: () => setEdits({}) });
  return (
    <>
      <ScrollArea>
        <Table striped withTableBorder highlightOnHover data-testid="budget-grid" style={{ minWidth: 1100 }}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('budgets.account')}</Table.Th>
              {grid.months.map((m) => (
                <Table.Th key={m} ta="end">
                  <Ltr>{m}</Ltr>
                </Table.Th>
              ))}
              <Table.Th ta="end">{t('budgets.total')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {grid.lines.length === 0 && (
              <Table.Tr>
                <Table.Td colSpan={grid.months.length + 2}>
                  <Text c="dimmed">{t('budgets.emptyGrid')}</Text>
                </Table.Td>
              </Table.Tr>
            )}
            {grid.lines.map((l) => (
              <Table.Tr key={`${l.accountId}|${l.dimensionValueId ?? ''}`} data-testid="budget-line">
                <Table.Td style={{ whiteSpace: 'nowrap' }}>
                  <Text span ff="monospace" me="xs">
                    {l.code}
                  </Text>
                  {nameOf(i18n.language, l)}
                </Table.Td>
                {grid.months.map((m, i) => {
                  const k = key(l.accountId, m, l.dimensionValueId);
                  const value = edits[k]?.amount ?? l.amounts[i];
                  return (
                    <Table.Td key={m} ta="end">
                      {grid.editable ? (
                        <TextInput
                          size="xs"
                          w={96}
                          dir="ltr"
                          aria-label={`${l.code} ${m}`}
                          styles={{ input: { textAlign: 'end' } }}
                          error={edits[k] && !DECIMAL.test(edits[k].amount)}
                          value={value}
                          onChange={(e) => {
                            const amount = e.currentTarget.value;
                            setEdits((prev) => ({ ...prev, [k]: { accountId: l.accountId, month: m, dimensionValueId: l.dimensionValueId, amount } }));
                          }}
                        />
                      ) : (
                        <Ltr>{value}</Ltr>
                      )}
                    </Table.Td>
                  );
                })}
                <Table.Td ta="end" fw={600}>
                  <Ltr>{l.total}</Ltr>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </ScrollArea>
      {grid.editable && (
        <Group mt="sm">
          <Button onClick={submit} disabled={Object.keys(edits).length === 0 || invalid} loading={save.isPending} data-testid="save-grid">
            {t('budgets.save')}
          </Button>
          {Object.keys(edits).length > 0 && (
            <Button variant="subtle" onClick={() => setEdits({})}>
              {t('budgets.discard')}
            </Button>
          )}
        </Group>
      )}
      <ErrorAlert error={save.error} />
    </>
  );
}
