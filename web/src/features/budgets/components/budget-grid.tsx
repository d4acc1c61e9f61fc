import { ActionIcon, Button, Group, ScrollArea, Table, Text, TextInput, Tooltip } from '@mantine/core';
import { type KeyboardEvent, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/error-alert';
import { useSetAmounts } from '../api/set-amounts';
import type { Cell, Grid } from '../types';
import { Ltr } from './ltr';

const nameOf = (lang: string, l: { nameEn: string; nameAr: string }) => (lang === 'ar' ? l.nameAr : l.nameEn);
const DECIMAL = /^-?\d{1,15}(\.\d{1,4})?$/;

/**
 * Accounts × months; cells are inputs while the revision is a draft, saved together (all or nothing).
 * Keyboard-first like a spreadsheet: arrows move between cells (left and right follow the reading
 * direction, so they mirror in Arabic), Enter moves down (Shift+Enter up), Tab goes to the next month,
 * a focused cell is selected so typing replaces it, Ctrl+R copies it across the rest of the row.
 */
export function BudgetGrid({ budgetId, grid }: { budgetId: string; grid: Grid }) {
  const { t, i18n } = useTranslation();
  const save = useSetAmounts();
  const [edits, setEdits] = useState<Record<string, Cell>>({});
  const lastCol = useRef<Record<number, number>>({});
  const table = useRef<HTMLTableElement>(null);
  const key = (accountId: string, month: string, dv: string | null) => `${accountId}|${month}|${dv ?? ''}`;
  const rtl = i18n.dir() === 'rtl';
  const focusCell = (row: number, col: number) => {
    const r = Math.max(0, Math.min(grid.lines.length - 1, row));
    const c = Math.max(0, Math.min(grid.months.length - 1, col));
    table.current?.querySelector<HTMLInputElement>(`input[data-cell="${r}:${c}"]`)?.focus();
  };
  const valueAt = (row: number, col: number) => {
    const l = grid.lines[row];
    if (!l) return '';
    return edits[key(l.accountId, grid.months[col] as string, l.dimensionValueId)]?.amount ?? (l.amounts[col] as string);
  };
  const copyAcross = (row: number, from: number) => {
    const l = grid.lines[row];
    if (!l) return;
    const amount = valueAt(row, from);
    setEdits((prev) => {
      const next = { ...prev };
      for (const m of grid.months.slice(from + 1))
        next[key(l.accountId, m, l.dimensionValueId)] = { accountId: l.accountId, month: m, dimensionValueId: l.dimensionValueId, amount };
      return next;
    });
  };
  const onKey = (e: KeyboardEvent<HTMLInputElement>, row: number, col: number) => {
    const forward = rtl ? 'ArrowLeft' : 'ArrowRight';
    const back = rtl ? 'ArrowRight' : 'ArrowLeft';
    const moves: Record<string, [number, number]> = { [forward]: [0, 1], [back]: [0, -1], ArrowDown: [1, 0], ArrowUp: [-1, 0] };
    if ((e.ctrlKey || e.metaKey) && e.key.toLowerCase() === 'r') {
      e.preventDefault();
      copyAcross(row, col);
      return;
    }
    const move = e.key === 'Enter' ? ([e.shiftKey ? -1 : 1, 0] as [number, number]) : moves[e.key];
    if (!move) return;
    e.preventDefault();
    focusCell(row + move[0], col + move[1]);
  };
  const invalid = Object.values(edits).some((c) => !DECIMAL.test(c.amount));
  const submit = () => save.mutate({ id: budgetId, cells: Object.values(edits) }, { onSuccess: () => setEdits({}) });
  return (
    <>
      <ScrollArea>
        <Table ref={table} striped withTableBorder highlightOnHover data-testid="budget-grid" style={{ minWidth: 1100 }}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('budgets.account')}</Table.Th>
              {grid.months.map((m) => (
                <Table.Th key={m} ta="end">
                  <Ltr>{m}</Ltr>
                </Table.Th>
              ))}
              <Table.Th ta="end">{t('budgets.total')}</Table.Th>
              {grid.editable && <Table.Th />}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {grid.lines.length === 0 && (
              <Table.Tr>
                <Table.Td colSpan={grid.months.length + 3}>
                  <Text c="dimmed">{t('budgets.emptyGrid')}</Text>
                </Table.Td>
              </Table.Tr>
            )}
            {grid.lines.map((l, row) => (
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
                          data-cell={`${row}:${i}`}
                          onKeyDown={(e) => onKey(e, row, i)}
                          onFocus={(e) => {
                            lastCol.current[row] = i;
                            e.currentTarget.select();
                          }}
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
                {grid.editable && (
                  <Table.Td>
                    <Tooltip label={t('budgets.copyAcross')}>
                      <ActionIcon
                        variant="subtle"
                        tabIndex={-1}
                        aria-label={`${t('budgets.copyAcross')} ${l.code}`}
                        onClick={() => copyAcross(row, lastCol.current[row] ?? 0)}
                        data-testid="copy-across"
                      >
                        {rtl ? '←' : '→'}
                      </ActionIcon>
                    </Tooltip>
                  </Table.Td>
                )}
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
