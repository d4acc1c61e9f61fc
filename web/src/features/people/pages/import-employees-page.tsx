import { Button, Card, FileButton, Group, Text, Textarea } from '@mantine/core';
import { IconFileUpload } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/error-alert';
import { ForbiddenNotice } from '../../../components/forbidden-notice';
import { PageTitle } from '../../../components/page-title';
import { useMe } from '../../auth/api/get-me';
import { hasPermission } from '../../auth/types';
import { useImportEmployees } from '../api/import-employees';
import { ImportReportView } from '../components/import-report-table';
import { ButtonLink } from '../components/links';

/** CSV import: all rows or none; a refused file answers with every problem by row and column. */
export function ImportEmployeesPage() {
  const { t } = useTranslation();
  const { data: me } = useMe();
  const importer = useImportEmployees();
  const [csv, setCsv] = useState('');
  if (!hasPermission(me, 'people.write')) return <ForbiddenNotice />;
  const report = importer.data;
  const load = async (file: File | null) => {
    if (!file) return;
    importer.reset();
    setCsv(await file.text());
  };
  return (
    <>
      <PageTitle
        actions={
          <ButtonLink to="/people" variant="default">
            {t('people.title')}
          </ButtonLink>
        }
      >
        {t('people.import.title')}
      </PageTitle>
      <Card withBorder maw={1000}>
        <Text size="sm" c="dimmed" mb="sm">
          {t('people.import.help')}
        </Text>
        <Textarea
          label={t('people.import.csv')}
          dir="ltr"
          autosize
          minRows={6}
          maxRows={16}
          styles={{ input: { fontFamily: 'monospace' } }}
          value={csv}
          onChange={(e) => {
            importer.reset();
            setCsv(e.currentTarget.value);
          }}
          data-testid="import-csv"
        />
        <Group mt="md">
          <FileButton onChange={load} accept=".csv,text/csv">
            {(props) => (
              <Button variant="default" leftSection={<IconFileUpload size={16} />} {...props}>
                {t('people.import.chooseFile')}
              </Button>
            )}
          </FileButton>
          <Button onClick={() => importer.mutate(csv)} disabled={!csv.trim()} loading={importer.isPending} data-testid="run-import">
            {t('people.import.run')}
          </Button>
        </Group>
        <ErrorAlert error={importer.error} />
        {report && <ImportReportView report={report} doneKey="people.import.done" />}
      </Card>
    </>
  );
}
