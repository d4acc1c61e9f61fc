import { Alert, Table } from '@mantine/core';
import { IconCheck, IconX } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { ImportReport } from '../types';

/** The answer of an all-or-nothing CSV import: how many were imported, or every problem by row and column. */
export function ImportReportView({ report, doneKey }: { report: ImportReport; doneKey: string }) {
  const { t } = useTranslation();
  if (report.errors.length === 0) {
    return (
      <Alert mt="md" color="teal" icon={<IconCheck size={16} />} data-testid="import-done">
        {t(doneKey, { count: report.imported })}
      </Alert>
    );
  }
  return (
    <>
      <Alert mt="md" color="red" icon={<IconX size={16} />} role="alert" data-testid="import-refused">
        {t('people.import.refused', { count: report.errors.length })}
      </Alert>
      <Table.ScrollContainer minWidth={500} mt="sm">
        <Table striped data-testid="import-report">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('people.import.row')}</Table.Th>
              <Table.Th>{t('people.import.field')}</Table.Th>
              <Table.Th>{t('people.import.problem')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {report.errors.map((e) => (
              <Table.Tr key={`${e.row}-${e.field}-${e.message}`}>
                <Table.Td>{e.row}</Table.Td>
                <Table.Td dir="ltr">{e.field || '—'}</Table.Td>
                <Table.Td>{e.message}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </>
  );
}
