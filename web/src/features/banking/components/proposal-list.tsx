import { Badge, Card, Group, Kbd, SimpleGrid, Stack, Text } from '@mantine/core';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Amount } from '../../ledger/components/amount';
import { reasonText } from '../reasons';
import type { Proposal } from '../types';

export const proposalKey = (p: Proposal) => `${p.bankLines.map((l) => l.id).join('+')}|${p.ledgerLines.map((l) => l.id).join('+')}`;

const scoreColor = (score: number) => (score >= 85 ? 'teal' : score >= 70 ? 'yellow' : 'orange');

function Side({ title, lines }: { title: string; lines: { id: string; date: string; amount: string; text: string; number?: string | null }[] }) {
  return (
    <div>
      <Text size="xs" c="dimmed" mb={2}>
        {title}
      </Text>
      {lines.map((l) => (
        <Group key={l.id} gap="xs" wrap="nowrap" align="baseline">
          <Text size="sm" dir="ltr" style={{ whiteSpace: 'nowrap' }}>
            {l.date}
          </Text>
          <Amount value={l.amount} fw={600} />
          <Text size="sm" lineClamp={1} style={{ overflowWrap: 'anywhere' }}>
            {l.text}
          </Text>
        </Group>
      ))}
    </div>
  );
}

type Props = { proposals: Proposal[]; cursor: number; onSelect: (index: number) => void };

/** Proposals best first; the one under the cursor is outlined and kept in view (j/k move it). */
export function ProposalList({ proposals, cursor, onSelect }: Props) {
  const { t } = useTranslation();
  const refs = useRef<(HTMLDivElement | null)[]>([]);
  useEffect(() => {
    refs.current[cursor]?.scrollIntoView?.({ block: 'nearest' });
  }, [cursor]);
  return (
    <Stack gap="xs" role="listbox" aria-label={t('banking.reconcile.proposals')} data-testid="proposals">
      {proposals.map((p, i) => (
        <Card
          key={proposalKey(p)}
          ref={(el) => {
            refs.current[i] = el;
          }}
          withBorder
          padding="sm"
          role="option"
          aria-selected={i === cursor}
          data-testid="proposal"
          data-selected={i === cursor || undefined}
          onClick={() => onSelect(i)}
          style={{
            cursor: 'pointer',
            outline: i === cursor ? '2px solid var(--mantine-color-blue-6)' : undefined,
            background: i === cursor ? 'var(--mantine-color-blue-light)' : undefined,
          }}
        >
          <Group justify="space-between" mb={6} wrap="wrap" gap="xs">
            <Group gap="xs">
              <Badge color={scoreColor(p.score)} variant="filled" data-testid="proposal-score">
                {p.score}
              </Badge>
              <Badge variant="light" tt="none">
                {t(`banking.kinds.${p.kind}`)}
              </Badge>
            </Group>
            <Text size="xs" c="dimmed" data-testid="proposal-reasons">
              {p.reasons.map((r) => reasonText(t, r)).join(' · ')}
            </Text>
          </Group>
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
            <Side title={t('banking.reconcile.bankSide')} lines={p.bankLines} />
            <Side title={t('banking.reconcile.ledgerSide')} lines={p.ledgerLines} />
          </SimpleGrid>
        </Card>
      ))}
    </Stack>
  );
}

/** The keys of the proposals list, written out on screen. */
export function KeyboardHelp() {
  const { t } = useTranslation();
  return (
    <Group gap="md" wrap="wrap" data-testid="keyboard-help">
      <Text size="xs" c="dimmed">
        <Kbd size="xs">j</Kbd> / <Kbd size="xs">↓</Kbd> {t('banking.keys.next')}
      </Text>
      <Text size="xs" c="dimmed">
        <Kbd size="xs">k</Kbd> / <Kbd size="xs">↑</Kbd> {t('banking.keys.previous')}
      </Text>
      <Text size="xs" c="dimmed">
        <Kbd size="xs">Enter</Kbd> / <Kbd size="xs">a</Kbd> {t('banking.keys.confirm')}
      </Text>
      <Text size="xs" c="dimmed">
        <Kbd size="xs">r</Kbd> / <Kbd size="xs">x</Kbd> {t('banking.keys.reject')}
      </Text>
    </Group>
  );
}
