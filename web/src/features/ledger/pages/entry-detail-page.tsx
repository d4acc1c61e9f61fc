import { Alert, Anchor, Button, Code, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { IconArrowBackUp, IconPencil } from '@tabler/icons-react';
import { Link, useNavigate, useParams } from '@tanstack/react-router';
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '../../../components/confirm-dialog';
import { ErrorAlert } from '../../../components/error-alert';
import { LoadingState } from '../../../components/loading-state';
import { formatDateTime } from '../../../lib/format';
import { useMe } from '../../auth/api/get-me';
import { hasPermission } from '../../auth/types';
import { useDeleteDraft } from '../api/delete-draft';
import { useEntry } from '../api/get-entry';
import { useJournals } from '../api/get-journals';
import { useLedgerSettings } from '../api/get-settings';
import { usePostEntry } from '../api/post-entry';
import { EntryAudit } from '../components/entry-audit';
import { EntryLinesTable } from '../components/entry-lines-table';
import { EntryStatusBadge } from '../components/entry-status-badge';
import { LedgerPage } from '../components/ledger-page';
import { AnchorLink, ButtonLink } from '../components/links';
import { ReverseModal } from '../components/reverse-modal';
import { todayIn } from '../dates';
import { journalLabel } from '../names';
import { useAccountsIndex } from '../use-accounts-index';

function Fact({ label, children, testId }: { label: string; children: ReactNode; testId?: string }) {
  return (
    <div>
      <Text size="xs" c="dimmed" fw={600}>
        {label}
      </Text>
      <Text size="sm" component="div" data-testid={testId} style={{ overflowWrap: 'anywhere' }}>
        {children}
      </Text>
    </div>
  );
}

/** One entry: its facts, lines, place in the hash chain, reversal links, and what may be done next. */
export function EntryDetailPage() {
  const { t, i18n } = useTranslation();
  const { data: me } = useMe();
  const navigate = useNavigate();
  const { entryId } = useParams({ from: '/app/ledger/entries/$entryId' });
  const entry = useEntry(entryId);
  const journals = useJournals();
  const settings = useLedgerSettings();
  const { index } = useAccountsIndex();
  const post = usePostEntry();
  const remove = useDeleteDraft();
  const [reversing, setReversing] = useState(false);
  const [deleting, setDeleting] = useState(false);
  const e = entry.data;
  const journal = journals.data?.items.find((j) => j.id === e?.journalId);
  const canPost = hasPermission(me, 'ledger.post');
  const canWrite = hasPermission(me, 'ledger.write');
  const tz = me?.user.timeZone;

  const actions = e && (
    <>
      {e.status === 'posted' && !e.reversedByEntryId && canPost && (
        <Button variant="default" leftSection={<IconArrowBackUp size={16} />} onClick={() => setReversing(true)} data-testid="reverse">
          {t('ledger.reverse.action')}
        </Button>
      )}
      {e.status === 'draft' && canWrite && (
        <ButtonLink
          variant="default"
          to="/ledger/entries/$entryId/edit"
          params={{ entryId: e.id }}
          leftSection={<IconPencil size={16} />}
          data-testid="edit-draft"
        >
          {t('common.edit')}
        </ButtonLink>
      )}
      {e.status === 'draft' && canWrite && (
        <Button variant="default" color="red" onClick={() => setDeleting(true)} data-testid="delete-draft">
          {t('common.delete')}
        </Button>
      )}
      {e.status === 'draft' && canPost && (
        <Button loading={post.isPending} onClick={() => post.mutate(e.id)} data-testid="post-draft">
          {t('ledger.form.post')}
        </Button>
      )}
    </>
  );

  return (
    <LedgerPage title={e ? (e.number ?? t('ledger.entry.draftTitle')) : t('ledger.entry.title')} actions={actions}>
      {entry.isPending && <LoadingState />}
      <ErrorAlert error={entry.error} />
      <ErrorAlert error={post.error} />
      {e && (
        <Stack>
          {e.reversesEntryId && (
            <Alert color="blue" data-testid="reverses-link">
              {t('ledger.entry.reverses')}{' '}
              <AnchorLink to="/ledger/entries/$entryId" params={{ entryId: e.reversesEntryId }}>
                {t('ledger.entry.originalEntry')}
              </AnchorLink>
            </Alert>
          )}
          {e.reversedByEntryId && (
            <Alert color="orange" data-testid="reversed-by-link">
              {t('ledger.entry.reversedBy')}{' '}
              <AnchorLink to="/ledger/entries/$entryId" params={{ entryId: e.reversedByEntryId }}>
                {t('ledger.entry.reversalEntry')}
              </AnchorLink>
            </Alert>
          )}
          <Paper withBorder p="md">
            <SimpleGrid cols={{ base: 2, md: 4 }}>
              <Fact label={t('common.status')}>
                <EntryStatusBadge status={e.status} reversal={e.reversesEntryId !== null} />
              </Fact>
              <Fact label={t('ledger.entry.number')} testId="entry-number">
                <span className="mono">{e.number ?? t('ledger.entry.unnumbered')}</span>
              </Fact>
              <Fact label={t('ledger.entry.date')}>
                <span className="mono">{e.date}</span>
              </Fact>
              <Fact label={t('ledger.entry.journal')}>{journal ? journalLabel(journal, i18n.language) : e.journalCode}</Fact>
              <Fact label={t('ledger.entry.reference')}>{e.reference ?? '—'}</Fact>
              <Fact label={t('ledger.entry.memo')}>{e.memo ?? '—'}</Fact>
              <Fact label={t('ledger.entry.author')}>
                <bdi>{e.author}</bdi>
              </Fact>
              <Fact label={t('ledger.entry.poster')}>
                {e.poster ? (
                  <>
                    <bdi>{e.poster}</bdi>
                    <br />
                    <bdi>{formatDateTime(e.postedAt, tz)}</bdi>
                  </>
                ) : (
                  '—'
                )}
              </Fact>
            </SimpleGrid>
          </Paper>
          <EntryLinesTable lines={e.lines} accounts={index.byId} baseCurrency={settings.data?.baseCurrency} />
          {e.status === 'posted' && (
            <Paper withBorder p="md">
              <Title order={2} size="h4" mb="xs">
                {t('ledger.entry.chain')}
              </Title>
              <Text size="sm" c="dimmed" mb="sm">
                {t('ledger.entry.chainHint')}
              </Text>
              <Stack gap="xs">
                <Fact label={t('ledger.entry.hash')}>
                  <Code block className="mono" data-testid="entry-hash" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
                    {e.hash}
                  </Code>
                </Fact>
                <Fact label={t('ledger.entry.prevHash')}>
                  <Code block className="mono" data-testid="entry-prev-hash" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
                    {e.prevHash}
                  </Code>
                </Fact>
              </Stack>
            </Paper>
          )}
          <EntryAudit entryId={e.id} />
          <Group>
            <Anchor component={Link} to="/ledger/entries" size="sm">
              {t('ledger.entries.back')}
            </Anchor>
          </Group>
          <ReverseModal
            key={String(reversing)}
            entry={e}
            opened={reversing}
            defaultDate={todayIn(me?.company?.timeZone)}
            onClose={() => setReversing(false)}
            onReversed={(reversal) => {
              setReversing(false);
              navigate({ to: '/ledger/entries/$entryId', params: { entryId: reversal.id } });
            }}
          />
          <ConfirmDialog
            opened={deleting}
            title={t('ledger.entry.deleteTitle')}
            message={t('ledger.entry.deleteMessage')}
            confirmLabel={t('common.delete')}
            danger
            loading={remove.isPending}
            onClose={() => setDeleting(false)}
            onConfirm={() => remove.mutate(e.id, { onSuccess: () => navigate({ to: '/ledger/entries' }) })}
          />
        </Stack>
      )}
    </LedgerPage>
  );
}
