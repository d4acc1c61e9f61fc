import { Alert, Button, FileInput, Modal, Table, Text } from '@mantine/core';
import { IconUpload } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/error-alert';
import { FormStack } from '../../../components/form-stack';
import { ApiError } from '../../../lib/api-error';
import { useImportChart } from '../api/import-chart';

type RowIssue = { row: string; column: string; message: string };

/** `rows.4.code` → row 4, column code: the server reports every bad row and imports none. */
function rowIssues(error: unknown): RowIssue[] {
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
        {issues.length > 0 && (
          <Table.ScrollContainer minWidth={420} mah={320}>
            <Table striped data-testid="import-errors">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('ledger.chart.row')}</Table.Th>
                  <Table.Th>{t('ledger.chart.column')}</Table.Th>
                  <Table.Th>{t('ledger.chart.problem')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {issues.map((i) => (
                  <Table.Tr key={`${i.row}-${i.column}-${i.message}`}>
                    <Table.Td>{i.row}</Table.Td>
                    <Table.Td>
                      <span className="mono">{i.column}</span>
                    </Table.Td>
                    <Table.Td>{i.message}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
        <Button type="submit" disabled={!file} loading={importChart.isPending} data-testid="import-submit">
          {t('ledger.chart.import')}
        </Button>
      </FormStack>
    </Modal>
  );
}
