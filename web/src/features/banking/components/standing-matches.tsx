import { Badge, Button, Card, Group, Modal, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/error-alert';
import { PaginationBar } from '../../../components/pagination-bar';
import { formatDateTime } from '../../../lib/format';
import { Amount } from '../../ledger/components/amount';
import { useStandingMatches, useUnmatch } from '../api/matching';
import type { BankAccount, StandingMatch } from '../types';

const PAGE_SIZE = 20;

function UnmatchModal({ match, onClose }: { match: StandingMatch; onClose: () => void }) {
  const { t } = useTranslation();
  const unmatch = useUnmatch();
  const [reason, setReason] = useState('');
  return (
    <Modal opened onClose={onClose} title={t('banking.matches.unmatchTitle')} centered>
      <Stack>
        <Text size="sm">{t('banking.matches.unmatchHint')}</Text>
        <TextInput
          label={t('banking.matches.reason')}
          value={reason}
          maxLength={500}
          onChange={(e) => setReason(e.currentTarget.value)}
          data-testid="unmatch-reason"
        />
        <ErrorAlert error={unmatch.error} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button
            color="red"
            loading={unmatch.isPending}
            onClick={() => unmatch.mutate({ id: match.id, reason: reason.trim() || undefined }, { onSuccess: onClose })}
            data-testid="unmatch-confirm"
          >
            {t('banking.matches.unmatch')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}

/** The standing matches, latest first; undoing one is audited and refused once its dates are closed. */
export function StandingMatches({ account, canChange }: { account: BankAccount; canChange: boolean }) {
  const { t } = useTranslation();
  const [page, setPage] = useState(1);
  const matches = useStandingMatches(account.id, { page, pageSize: PAGE_SIZE });
  const [undoing, setUndoing] = useState<StandingMatch | null>(null);
  return (
    <Card withBorder padding="md" data-testid="standing-matches">
      <Title order={2} size="h4" mb="sm">
        {t('banking.matches.title')}
      </Title>
      <ErrorAlert error={matches.error} />
      {matches.data && matches.data.total === 0 && <Text c="dimmed">{t('banking.matches.empty')}</Text>}
      {matches.data && matches.data.total > 0 && (
        <>
          <Table.ScrollContainer minWidth={760}>
            <Table striped>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('banking.reconcile.bankSide')}</Table.Th>
                  <Table.Th>{t('banking.reconcile.ledgerSide')}</Table.Th>
                  <Table.Th ta="end">{t('banking.matches.total')}</Table.Th>
                  <Table.Th>{t('banking.matches.how')}</Table.Th>
                  <Table.Th />
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {matches.data.items.map((m) => (
                  <Table.Tr key={m.id} data-testid="standing-match">
                    <Table.Td>
                      {m.bankLines.map((l) => (
                        <div key={l.id}>
                          <Text size="xs" c="dimmed">
                            <span dir="ltr">{l.date}</span>
                          </Text>
                          <Text size="sm">{l.text}</Text>
                        </div>
                      ))}
                    </Table.Td>
                    <Table.Td>
                      {m.ledgerLines.map((l) => (
                        <div key={l.id}>
                          <Text size="xs" c="dimmed">
                            <span dir="ltr">{l.date}</span>
                          </Text>
                          <Text size="sm">{l.text || '—'}</Text>
                        </div>
                      ))}
                    </Table.Td>
                    <Table.Td ta="end">
                      <Amount value={m.total} />
                    </Table.Td>
                    <Table.Td>
                      <Badge variant="light" tt="none">
                        {t(`banking.sources.${m.source}`)}
                      </Badge>
                      {m.score !== null && (
                        <Text size="xs" c="dimmed">
                          {t('banking.matches.score', { score: m.score })}
                        </Text>
                      )}
                      <Text size="xs" c="dimmed">
                        {m.matchedBy}
                      </Text>
                      <Text size="xs" c="dimmed">
                        {formatDateTime(m.matchedAt)}
                      </Text>
                    </Table.Td>
                    <Table.Td>
                      {canChange && (
                        <Button size="compact-xs" variant="subtle" color="red" onClick={() => setUndoing(m)} data-testid="unmatch">
                          {t('banking.matches.unmatch')}
                        </Button>
                      )}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
          <PaginationBar page={page} pageSize={PAGE_SIZE} total={matches.data.total} onChange={setPage} />
        </>
      )}
      {undoing && <UnmatchModal match={undoing} onClose={() => setUndoing(null)} />}
    </Card>
  );
}
