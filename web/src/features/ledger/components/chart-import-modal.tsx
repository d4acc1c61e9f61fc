import { Alert, Button, FileInput, Modal, Text } from '@mantine/core';
import { IconUpload } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/error-alert';
import { FormStack } from '../../../components/form-stack';
import { type ImportIssue, ImportIssuesTable } from '../../../components/import-issues-table';
import { ApiError } from '../../../lib/api-error';
import { useImportChart } from '../api/import-chart';

/** `rows.4.code` → row 4, column code: the server reports every bad row and imports none. */
function rowIssues(error: unknown): ImportIssue[] {
  if (!(error instanceof ApiError)) return [];
  return error.fieldIssues.map((i) => {
    const [, row = '', ...column] = i.path.split('.');
    return { row, column: column.join('.'), message: i.message };
  });
}

/** The chart from a CSV file in the export's columns; all rows or none. */
export function ChartImportModal({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const importChart = useImportChart();
  const [file, setFile] = useState<File | null>(null);
  const issues = rowIssues(importChart.error);
  const close = () => {
    importChart.reset();
    setFile(null);
    onClose();
  };
  return (
    <Modal opened={opened} onClose={close} title={t('ledger.chart.importTitle')} size="lg">
      <FormStack
        data-testid="import-form"
        onSubmit={async (e) => {
          e.preventDefault();
          if (file) importChart.mutate(await file.text());
        }}
      >
        <Text size="sm">{t('ledger.chart.importHint')}</Text>
        <FileInput
          label={t('ledger.chart.file')}
          accept=".csv,text/csv"
          value={file}
          onChange={(f) => {
            importChart.reset();
            setFile(f);
          }}
          leftSection={<IconUpload size={16} />}
          clearable
          data-testid="import-file"
        />
        {importChart.data && (
          <Alert color="teal" role="status" data-testid="import-report">
            {t('ledger.chart.imported', importChart.data)}
          </Alert>
        )}
        <ErrorAlert error={importChart.error} />
        <ImportIssuesTable
          issues={issues}
          labels={{ row: t('ledger.chart.row'), column: t('ledger.chart.column'), problem: t('ledger.chart.problem') }}
          testId="import-errors"
        />
        <Button type="submit" disabled={!file} loading={importChart.isPending} data-testid="import-submit">
          {t('ledger.chart.import')}
        </Button>
      </FormStack>
    </Modal>
  );
}
