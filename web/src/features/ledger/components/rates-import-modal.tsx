import { Alert, Button, FileInput, Modal, Text } from '@mantine/core';
import { IconUpload } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/error-alert';
import { FormStack } from '../../../components/form-stack';
import { type ImportIssue, ImportIssuesTable } from '../../../components/import-issues-table';
import { ApiError } from '../../../lib/api-error';
import { useImportExchangeRates } from '../api/import-exchange-rates';

/** `row 3.rate` → row 3, column rate (`row 1` for the header, `file` for the whole file). */
function rowIssues(error: unknown): ImportIssue[] {
  if (!(error instanceof ApiError)) return [];
  return error.fieldIssues.map((i) => {
    const m = /^row (\d+)\.?(.*)$/.exec(i.path);
    return m ? { row: m[1], column: m[2], message: i.message } : { row: '', column: i.path, message: i.message };
  });
}

/** Rates from a CSV file (currency,date,rate[,source]); all rows or none, with the row-by-row report. */
export function RatesImportModal({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const importRates = useImportExchangeRates();
  const [file, setFile] = useState<File | null>(null);
  const issues = rowIssues(importRates.error);
  const close = () => {
    importRates.reset();
    setFile(null);
    onClose();
  };
  return (
    <Modal opened={opened} onClose={close} title={t('ledger.rates.importTitle')} size="lg">
      <FormStack
        data-testid="rates-import-form"
        onSubmit={async (e) => {
          e.preventDefault();
          if (file) importRates.mutate(await file.text());
        }}
      >
        <Text size="sm">{t('ledger.rates.importHint')}</Text>
        <FileInput
          label={t('ledger.rates.file')}
          accept=".csv,text/csv"
          value={file}
          onChange={(f) => {
            importRates.reset();
            setFile(f);
          }}
          leftSection={<IconUpload size={16} />}
          clearable
          data-testid="rates-file"
        />
        {importRates.data && (
          <Alert color="teal" role="status" data-testid="rates-imported">
            {t('ledger.rates.imported', { count: importRates.data.imported, currencies: importRates.data.currencies.join(', ') })}
          </Alert>
        )}
        <ErrorAlert error={importRates.error} />
        <ImportIssuesTable
          issues={issues}
          labels={{ row: t('ledger.chart.row'), column: t('ledger.chart.column'), problem: t('ledger.chart.problem') }}
          testId="rates-errors"
        />
        <Button type="submit" disabled={!file} loading={importRates.isPending} data-testid="rates-import-submit">
          {t('ledger.rates.import')}
        </Button>
      </FormStack>
    </Modal>
  );
}
