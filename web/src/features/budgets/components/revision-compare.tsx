import { Group, ScrollArea, Select, Switch, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/error-alert';
import { LoadingState } from '../../../components/loading-state';
import { useCompareRevisions } from '../api/revisions';
import type { Budget } from '../types';
import { Ltr } from './ltr';

const nameOf = (lang: string, l: { nameEn: string; nameAr: string }) => (lang === 'ar' ? l.nameAr : l.nameEn);

/** Two revisions side by side: each month shows B, with A beneath where it differs (highlighted). */
export function RevisionCompare({ budget }: { budget: Budget }) {
  const { t, i18n } = useTranslation();
  const revs = budget.revisions;
  const [a, setA] = useState<string | null>(revs[revs.length - 2]?.id ?? revs[0]?.id ?? null);
  const [b, setB] = useState<string | null>(revs[revs.length - 1]?.id ?? null);
  const [onlyChanged, setOnlyChanged] = useState(true);
  const cmp = useCompareRevisions(budget.id, a, b);
  const data = revs.map((r) => ({ value: r.id, label: `${t('budgets.revision')} ${r.number} · ${t(`budgets.statuses.${r.status}`)}` }));
  const lines = (cmp.data?.lines ?? []).filter((l) => !onlyChanged || l.changed);
  return (
    <>
      <Group align="end" mb="md" wrap="wrap">
        <Select label={t('budgets.compare.a')} w={220} data={data} value={a} onChange={setA} data-testid="compare-a" />
        <Select label={t('budgets.compare.b')} w={220} data={data} value={b} onChange={setB} data-testid="compare-b" />
        <Switch label={t('budgets.compare.onlyChanged')} checked={onlyChanged} onChange={(e) => setOnlyChanged(e.currentTarget.checked)} />
      </Group>
      {cmp.isPending && cmp.fetchStatus !== 'idle' && <LoadingState />}
      <ErrorAlert error={cmp.error} />
      {cmp.data && (
        <ScrollArea>
          <Table withTableBorder data-testid="compare-table" style={{ minWidth: 1200 }}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('budgets.account')}</Table.Th>
                {cmp.data.months.map((m) => (
                  <Table.Th key={m} ta="end">
                    <Ltr>{m}</Ltr>
                  </Table.Th>
                ))}
                <Table.Th ta="end">{t('budgets.total')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {lines.length === 0 && (
                <Table.Tr>
                  <Table.Td colSpan={14}>
                    <Text c="dimmed">{t('budgets.compare.same')}</Text>
                  </Table.Td>
                </Table.Tr>
              )}
              {lines.map((l) => (
                <Table.Tr key={`${l.accountId}|${l.dimensionValueId ?? ''}`} data-testid="compare-line">
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>
                    <Text span ff="monospace" me="xs">
                      {l.code}
                    </Text>
                    {nameOf(i18n.language, l)}
                  </Table.Td>
                  {[...l.diff, l.totalDiff].map((d, i) => {
                    const changed = Number(d) !== 0;
                    const last = i === l.diff.length;
                    return (
                      <Table.Td key={cmp.data.months[i] ?? 'total'} ta="end" bg={changed ? 'yellow.1' : undefined} data-changed={changed || undefined}>
                        <Ltr>{last ? l.totalB : l.b[i]}</Ltr>
                        {changed && (
                          <Text size="xs" c="dimmed">
                            <Ltr>
                              {last ? l.totalA : l.a[i]} · {Number(d) > 0 ? '+' : ''}
                              {d}
                            </Ltr>
                          </Text>
                        )}
                      </Table.Td>
                    );
                  })}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </ScrollArea>
      )}
    </>
  );
}
