import { Alert, Badge, Button, Card, FileInput, Group, Progress, SimpleGrid, Stack, Table, Text } from '@mantine/core';
import { IconUpload } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/error-alert';
import { formatNumber } from '../../../lib/format';
import { refusalText } from '../../../lib/refusal-text';
import { useImport } from '../api/get-import';
import { useUploadImport } from '../api/upload-import';
import { LedgerPage } from '../components/ledger-page';
import { ButtonLink } from '../components/links';
import type { LedgerImport } from '../report-types';

const STATUS_COLORS: Record<LedgerImport['status'], string> = {
  uploading: 'gray',
  queued: 'gray',
  validating: 'blue',
  posting: 'blue',
  done: 'teal',
  failed: 'red',
};

/** How far along: checking counts rows (no total known yet), posting counts entries against the total. */
function percent(i: LedgerImport): number {
  if (i.status === 'done' || i.status === 'failed') return 100;
  if (i.status === 'posting' && i.entriesTotal > 0) return Math.round(((i.entriesPosted + i.entriesSkipped) / i.entriesTotal) * 100);
  return 0;
}

function Figure({ label, value, testId }: { label: string; value: number; testId: string }) {
  return (
    <div>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text fw={600} data-testid={testId}>
        {formatNumber(value)}
      </Text>
    </div>
  );
}

/**
 * Entries from a CSV file: the file goes up in chunks (the API's offset protocol), the import is
 * started, then its progress is polled until it is done, or failed with the row-by-row report (all
 * or nothing: a failed file posts no entry).
 */
export function ImportEntriesPage() {
  const { t } = useTranslation();
  const [file, setFile] = useState<File | null>(null);
  const [sent, setSent] = useState<{ sent: number; total: number } | null>(null);
  const upload = useUploadImport();
  const job = useImport(upload.data?.id);
  const current = job.data ?? upload.data;
  const running = current !== undefined && current.status !== 'done' && current.status !== 'failed';
  const reset = () => {
    upload.reset();
    setFile(null);
    setSent(null);
  };

  return (
    <LedgerPage title={t('ledger.import.title')} permission="ledger.post">
      <Stack gap="lg" maw={900}>
        <Text size="sm">{t('ledger.import.hint')}</Text>
        {!upload.data && (
          <Group align="flex-end" wrap="wrap" gap="sm">
            <FileInput
              label={t('ledger.import.file')}
              accept=".csv,text/csv"
              value={file}
              onChange={(f) => {
                upload.reset();
                setFile(f);
              }}
              leftSection={<IconUpload size={16} />}
              clearable
              w={{ base: '100%', xs: 320 }}
              data-testid="entries-file"
            />
            <Button
              disabled={!file}
              loading={upload.isPending}
              onClick={() => file && upload.mutate({ file, onChunk: (s, total) => setSent({ sent: s, total }) })}
              data-testid="entries-import"
            >
              {t('ledger.import.start')}
            </Button>
          </Group>
        )}
        {upload.isPending && sent && (
          <div>
            <Text size="sm" mb={4}>
              {t('ledger.import.uploading', { sent: formatNumber(sent.sent), total: formatNumber(sent.total) })}
            </Text>
            <Progress value={sent.total ? (sent.sent / sent.total) * 100 : 0} />
          </div>
        )}
        <ErrorAlert error={upload.error ?? job.error} />
        {current && (
          <Card withBorder padding="md" data-testid="import-progress" data-status={current.status}>
            <Group justify="space-between" mb="sm" wrap="wrap">
              <Text fw={600} style={{ overflowWrap: 'anywhere' }}>
                {current.fileName}
              </Text>
              <Badge color={STATUS_COLORS[current.status]} variant="light" tt="none" data-testid="import-status">
                {t(`ledger.import.status.${current.status}`)}
              </Badge>
            </Group>
            <Progress
              value={percent(current)}
              striped={running}
              animated={running}
              color={current.status === 'failed' ? 'red' : current.status === 'done' ? 'teal' : 'blue'}
              size="lg"
              mb="md"
              aria-label={t(`ledger.import.status.${current.status}`)}
            />
            <SimpleGrid cols={{ base: 2, sm: 3 }}>
              <Figure label={t('ledger.import.rows')} value={current.rowsRead} testId="import-rows" />
              <Figure label={t('ledger.import.entries')} value={current.entriesPosted} testId="import-posted" />
              <Figure label={t('ledger.import.skipped')} value={current.entriesSkipped} testId="import-skipped" />
            </SimpleGrid>
            {current.status === 'done' && (
              <Alert color="teal" mt="md" role="status" data-testid="import-done">
                {t('ledger.import.done', { posted: formatNumber(current.entriesPosted), total: formatNumber(current.entriesTotal) })}
              </Alert>
            )}
            {current.status === 'failed' && (
              <Alert color="red" mt="md" role="alert" data-testid="import-failed" title={t('ledger.import.failed', { count: current.errorCount })}>
                {current.errors.length < current.errorCount && <Text size="sm">{t('ledger.import.firstErrors', { shown: current.errors.length })}</Text>}
              </Alert>
            )}
            {current.errors.length > 0 && (
              <Table.ScrollContainer minWidth={420} mah={400} mt="md">
                <Table striped data-testid="import-errors">
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th>{t('ledger.import.row')}</Table.Th>
                      <Table.Th>{t('ledger.import.column')}</Table.Th>
                      <Table.Th>{t('ledger.import.reason')}</Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {current.errors.map((e) => (
                      <Table.Tr key={`${e.row}-${e.column}-${e.reason}`} data-testid="import-error">
                        <Table.Td>{e.row}</Table.Td>
                        <Table.Td>
                          <span className="mono">{e.column}</span>
                        </Table.Td>
                        <Table.Td>{refusalText(t, e)}</Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              </Table.ScrollContainer>
            )}
            {!running && (
              <Group mt="md" gap="sm">
                <Button variant="default" onClick={reset} data-testid="import-another">
                  {t('ledger.import.another')}
                </Button>
                {current.status === 'done' && (
                  <ButtonLink to="/ledger/entries" variant="light">
                    {t('ledger.import.seeEntries')}
                  </ButtonLink>
                )}
              </Group>
            )}
          </Card>
        )}
      </Stack>
    </LedgerPage>
  );
}
