import { Alert, Button, Card, FileInput, Group, Progress, Stack, Text, Title } from '@mantine/core';
import { IconUpload } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/error-alert';
import { formatNumber } from '../../../lib/format';
import { fileToBase64, useImportStatement, usePreviewStatement } from '../api/statements';
import type { BankAccount, StatementFile } from '../types';
import { PreviewCard } from './preview-card';

type Stage = { step: 'reading' | 'previewing' | 'importing'; sent: number; total: number };

/**
 * Upload a statement file (OFX, CAMT.052/053/054, MT940 or CSV with the saved mapping): read it,
 * preview what importing would do (nothing saved), then import it, all or nothing. A bar shows the
 * upload of each step; the server's answer follows.
 */
export function StatementUpload({ account }: { account: BankAccount }) {
  const { t } = useTranslation();
  const [file, setFile] = useState<File | null>(null);
  const [body, setBody] = useState<StatementFile | null>(null);
  const [stage, setStage] = useState<Stage | null>(null);
  const preview = usePreviewStatement();
  const imported = useImportStatement();
  const busy = stage !== null;

  const reset = (next: File | null = null) => {
    setFile(next);
    setBody(null);
    preview.reset();
    imported.reset();
  };

  const runPreview = async () => {
    if (!file) return;
    setStage({ step: 'reading', sent: 0, total: file.size });
    try {
      const next = { bankAccountId: account.id, fileName: file.name, contentBase64: await fileToBase64(file) };
      setBody(next);
      setStage({ step: 'previewing', sent: 0, total: next.contentBase64.length });
      await preview.mutateAsync({ file: next, onProgress: (sent, total) => setStage({ step: 'previewing', sent, total }) }).catch(() => undefined);
    } finally {
      setStage(null);
    }
  };

  const runImport = async () => {
    if (!body) return;
    setStage({ step: 'importing', sent: 0, total: body.contentBase64.length });
    try {
      await imported.mutateAsync({ file: body, onProgress: (sent, total) => setStage({ step: 'importing', sent, total }) }).catch(() => undefined);
    } finally {
      setStage(null);
    }
  };

  const uploaded = stage && stage.total > 0 ? Math.min(100, (stage.sent / stage.total) * 100) : 0;
  const canImport = preview.data && preview.data.errors.length === 0 && preview.data.newLineCount > 0 && !imported.data;

  return (
    <Card withBorder padding="md" data-testid="statement-upload">
      <Title order={2} size="h4" mb={4}>
        {t('banking.upload.title')}
      </Title>
      <Text size="sm" c="dimmed" mb="md">
        {t('banking.upload.hint')}
      </Text>
      <Stack gap="md">
        <Group align="flex-end" wrap="wrap" gap="sm">
          <FileInput
            label={t('banking.upload.file')}
            accept=".xml,.ofx,.qfx,.sta,.mt940,.txt,.csv,text/csv,application/xml"
            value={file}
            onChange={(f) => reset(f)}
            leftSection={<IconUpload size={16} />}
            clearable
            disabled={busy}
            w={{ base: '100%', xs: 340 }}
            data-testid="statement-file"
          />
          <Button
            variant="light"
            disabled={!file || busy}
            loading={stage?.step === 'reading' || stage?.step === 'previewing'}
            onClick={runPreview}
            data-testid="statement-preview-button"
          >
            {t('banking.upload.preview')}
          </Button>
        </Group>
        {stage && (
          <div data-testid="upload-progress">
            <Text size="sm" mb={4}>
              {stage.sent < stage.total || stage.step === 'reading'
                ? t(`banking.upload.stage.${stage.step}`, { percent: formatNumber(Math.round(uploaded)) })
                : t('banking.upload.stage.waiting')}
            </Text>
            <Progress
              value={stage.step === 'reading' ? 100 : uploaded}
              striped
              animated
              size="lg"
              aria-label={t(`banking.upload.stage.${stage.step}`, { percent: '' })}
            />
          </div>
        )}
        <ErrorAlert error={preview.error} />
        {preview.data && <PreviewCard preview={preview.data} currency={account.currency} />}
        {preview.data && preview.data.errors.length === 0 && preview.data.newLineCount === 0 && !imported.data && (
          <Alert color="gray" data-testid="nothing-new">
            {t('banking.upload.nothingNew')}
          </Alert>
        )}
        {canImport && (
          <Group>
            <Button onClick={runImport} loading={stage?.step === 'importing'} data-testid="statement-import">
              {t('banking.upload.import', { lines: formatNumber(preview.data?.newLineCount ?? 0) })}
            </Button>
            <Button variant="default" onClick={() => reset()} disabled={busy}>
              {t('common.cancel')}
            </Button>
          </Group>
        )}
        <ErrorAlert error={imported.error} />
        {imported.data && (
          <Alert color="teal" role="status" data-testid="statement-imported" title={t('banking.upload.done')}>
            {t('banking.upload.doneDetail', {
              lines: formatNumber(imported.data.importedLines),
              statements: formatNumber(imported.data.statements.length),
              duplicates: formatNumber(imported.data.duplicateLines),
              skipped: formatNumber(imported.data.skippedStatements),
            })}
            <Group mt="sm">
              <Button size="xs" variant="default" onClick={() => reset()} data-testid="statement-another">
                {t('banking.upload.another')}
              </Button>
            </Group>
          </Alert>
        )}
      </Stack>
    </Card>
  );
}
