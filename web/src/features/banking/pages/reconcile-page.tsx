import { Alert, Button, Card, Group, NumberInput, Progress, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/error-alert';
import { LoadingState } from '../../../components/loading-state';
import { formatNumber } from '../../../lib/format';
import { useMe } from '../../auth/api/get-me';
import { hasPermission } from '../../auth/types';
import { confirmMatch, useAutoMatch, useConfirmMatch, useProposals } from '../api/matching';
import { useApplyRules } from '../api/rules';
import { BankingPage } from '../components/banking-page';
import { PostLineModal } from '../components/post-line-modal';
import { KeyboardHelp, ProposalList, proposalKey } from '../components/proposal-list';
import { StandingMatches } from '../components/standing-matches';
import { UnmatchedColumns } from '../components/unmatched-columns';
import { useBankAccountParam } from '../components/use-bank-account-param';
import type { Proposal, UnmatchedBankLine } from '../types';

/** Keys typed into a field or while a dialog is open are not commands. */
function isTyping(event: KeyboardEvent): boolean {
  const target = event.target as HTMLElement | null;
  if (event.ctrlKey || event.metaKey || event.altKey) return true;
  if (target?.closest('input, textarea, select, [contenteditable="true"], [role="dialog"]')) return true;
  return document.querySelector('[role="dialog"]') !== null;
}

/**
 * The reconciliation screen: the engine's proposals, best first, worked from the keyboard (j/k or
 * arrows move, Enter/a confirms, r/x rejects for this session), bulk acceptance above a score,
 * manual one-to-many and many-to-one matching with a running difference, an entry from a statement
 * line, rules applied, and the standing matches (undo is audited).
 */
export function ReconcilePage() {
  const { t } = useTranslation();
  const { data: me } = useMe();
  const { accountId, account } = useBankAccountParam();
  const canChange = hasPermission(me, 'banking.reconcile');
  const proposals = useProposals(accountId, { windowDays: 3, limit: 200 });
  const confirm = useConfirmMatch();
  const autoMatch = useAutoMatch();
  const applyRules = useApplyRules();
  const [rejected, setRejected] = useState<Set<string>>(new Set());
  const [cursor, setCursor] = useState(0);
  const [minScore, setMinScore] = useState(85);
  const [bulk, setBulk] = useState<{ done: number; total: number } | null>(null);
  const [posting, setPosting] = useState<UnmatchedBankLine | null>(null);
  const visible = useMemo(() => (proposals.data?.items ?? []).filter((p) => !rejected.has(proposalKey(p))), [proposals.data, rejected]);
  const atOrAbove = visible.filter((p) => p.score >= minScore);

  useEffect(() => {
    if (cursor >= visible.length && visible.length > 0) setCursor(visible.length - 1);
  }, [cursor, visible.length]);

  const accept = useCallback(
    (p: Proposal | undefined) => {
      if (!p || !canChange || confirm.isPending) return;
      confirm.mutate({ bankAccountId: accountId, bankLineIds: p.bankLines.map((l) => l.id), ledgerLineIds: p.ledgerLines.map((l) => l.id) });
    },
    [accountId, canChange, confirm],
  );
  const reject = useCallback((p: Proposal | undefined) => p && setRejected((r) => new Set(r).add(proposalKey(p))), []);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (isTyping(event) || visible.length === 0) return;
      const key = event.key;
      if (key === 'j' || key === 'ArrowDown') setCursor((c) => Math.min(c + 1, visible.length - 1));
      else if (key === 'k' || key === 'ArrowUp') setCursor((c) => Math.max(c - 1, 0));
      else if (key === 'Enter' || key === 'a') accept(visible[cursor]);
      else if (key === 'r' || key === 'x') reject(visible[cursor]);
      else return;
      event.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [visible, cursor, accept, reject]);

  const acceptAll = async () => {
    const skipped = (proposals.data?.items ?? []).some((p) => rejected.has(proposalKey(p)) && p.score >= minScore);
    if (!skipped) {
      autoMatch.mutate(
        { id: accountId, minScore },
        { onSuccess: (r) => notifications.show({ color: 'teal', message: t('banking.reconcile.bulkDone', { n: formatNumber(r.confirmed) }) }) },
      );
      return;
    }
    // Some were rejected on this screen: confirm only the ones still shown, one by one.
    const todo = atOrAbove;
    setBulk({ done: 0, total: todo.length });
    let confirmed = 0;
    for (const p of todo) {
      await confirmMatch({ bankAccountId: accountId, bankLineIds: p.bankLines.map((l) => l.id), ledgerLineIds: p.ledgerLines.map((l) => l.id) })
        .then(() => {
          confirmed += 1;
        })
        .catch(() => undefined);
      setBulk((b) => b && { ...b, done: b.done + 1 });
    }
    setBulk(null);
    await proposals.refetch();
    notifications.show({ color: 'teal', message: t('banking.reconcile.bulkDone', { n: formatNumber(confirmed) }) });
  };

  if (account.isPending) return <LoadingState />;
  if (!account.data) return <ErrorAlert error={account.error} />;
  const a = account.data;

  return (
    <BankingPage title={t('banking.reconcile.title', { name: a.name })} account={a} tab="reconcile">
      <Stack gap="lg">
        <Card withBorder padding="md" data-testid="proposals-card">
          <Group justify="space-between" mb="xs" wrap="wrap" gap="sm">
            <Title order={2} size="h4">
              {t('banking.reconcile.proposals')}{' '}
              <Text span c="dimmed" size="sm" data-testid="proposal-count">
                {t('banking.reconcile.shown', { shown: formatNumber(visible.length), total: formatNumber(proposals.data?.total ?? 0) })}
              </Text>
            </Title>
            {canChange && (
              <Group gap="xs" align="flex-end" wrap="wrap">
                <Button
                  variant="default"
                  size="xs"
                  loading={applyRules.isPending}
                  onClick={() => applyRules.mutate({ id: accountId })}
                  data-testid="apply-rules"
                >
                  {t('banking.rules.apply')}
                </Button>
                <NumberInput
                  size="xs"
                  w={90}
                  min={50}
                  max={100}
                  allowDecimal={false}
                  aria-label={t('banking.reconcile.minScore')}
                  value={minScore}
                  onChange={(v) => setMinScore(typeof v === 'number' ? Math.min(100, Math.max(50, v)) : 85)}
                  data-testid="min-score"
                />
                <Button size="xs" disabled={atOrAbove.length === 0 || bulk !== null} loading={autoMatch.isPending} onClick={acceptAll} data-testid="accept-all">
                  {t('banking.reconcile.acceptAll', { n: formatNumber(atOrAbove.length), score: minScore })}
                </Button>
              </Group>
            )}
          </Group>
          <KeyboardHelp />
          {bulk && (
            <Progress mt="sm" value={bulk.total ? (bulk.done / bulk.total) * 100 : 0} striped animated aria-label={t('banking.reconcile.bulkProgress')} />
          )}
          {applyRules.data && (
            <Alert mt="sm" color={applyRules.data.failed.length ? 'yellow' : 'teal'} data-testid="rules-applied">
              {t('banking.rules.applied', { n: formatNumber(applyRules.data.applied.length) })}
              {applyRules.data.failed.map((f) => (
                <Text key={f.bankLineId} size="sm">
                  {f.rule}: {f.message}
                </Text>
              ))}
            </Alert>
          )}
          <ErrorAlert error={proposals.error ?? confirm.error ?? autoMatch.error ?? applyRules.error} />
          <Stack mt="sm" gap="xs">
            {proposals.isPending && <LoadingState />}
            {proposals.data && visible.length === 0 && <Text c="dimmed">{t('banking.reconcile.noProposals')}</Text>}
            <ProposalList proposals={visible} cursor={cursor} onSelect={setCursor} />
          </Stack>
        </Card>
        <UnmatchedColumns account={a} canChange={canChange} onPost={setPosting} />
        <StandingMatches account={a} canChange={canChange} />
      </Stack>
      {posting && <PostLineModal account={a} line={posting} onClose={() => setPosting(null)} />}
    </BankingPage>
  );
}
