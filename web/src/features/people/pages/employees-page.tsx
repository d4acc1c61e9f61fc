import { Button, Group, Select, Table, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconDownload, IconFileImport, IconPlus, IconSearch } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/error-alert';
import { ForbiddenNotice } from '../../../components/forbidden-notice';
import { LoadingState } from '../../../components/loading-state';
import { PageTitle } from '../../../components/page-title';
import { PaginationBar } from '../../../components/pagination-bar';
import { useMe } from '../../auth/api/get-me';
import { hasPermission } from '../../auth/types';
import { useExportEmployeesXlsx } from '../../people-records/api/reports';
import { useExportEmployees } from '../api/export-employees';
import { useEmployees } from '../api/get-employees';
import { useDepartments } from '../api/get-org-chart';
import { AnchorLink, ButtonLink } from '../components/links';
import { nameIn } from '../types';

const pageSize = 25;

export function EmployeesPage() {
  const { t, i18n } = useTranslation();
  const { data: me } = useMe();
  const [page, setPage] = useState(1);
  const [search, setSearch] = useState('');
  const [departmentId, setDepartmentId] = useState<string | null>(null);
  const [q] = useDebouncedValue(search.trim(), 300);
  const canRead = hasPermission(me, 'people.read');
  const employees = useEmployees({ page, pageSize, q: q || undefined, departmentId: departmentId ?? undefined }, canRead);
  const departments = useDepartments(canRead);
  const exporter = useExportEmployees();
  const xlsx = useExportEmployeesXlsx();
  if (!canRead) return <ForbiddenNotice />;
  const lang = i18n.language;
  return (
    <>
      <PageTitle
        actions={
          <>
            <ButtonLink to="/people/departments" variant="default">
              {t('people.departments.title')}
            </ButtonLink>
            <ButtonLink to="/people/calendar" variant="default" data-testid="company-calendar">
              {t('people.calendar.title')}
            </ButtonLink>
            <ButtonLink to="/people/leave-types" variant="default" data-testid="leave-types">
              {t('people.leave.title')}
            </ButtonLink>
            <Button
              variant="default"
              leftSection={<IconDownload size={16} />}
              loading={exporter.isPending}
              onClick={() => exporter.mutate({ q: q || undefined, departmentId: departmentId ?? undefined })}
              data-testid="export-employees"
            >
              {t('people.export')}
            </Button>
            <Button
              variant="default"
              leftSection={<IconDownload size={16} />}
              loading={xlsx.isPending}
              onClick={() => xlsx.mutate({ q: q || undefined, departmentId: departmentId ?? undefined })}
              data-testid="export-employees-xlsx"
            >
              {t('peopleRecords.exportXlsx')}
            </Button>
            {hasPermission(me, 'people.write') && (
              <ButtonLink to="/people/import" variant="default" leftSection={<IconFileImport size={16} />} data-testid="import-employees">
                {t('people.import.title')}
              </ButtonLink>
            )}
            {hasPermission(me, 'people.write') && (
              <ButtonLink to="/people/new" leftSection={<IconPlus size={16} />} data-testid="new-employee">
                {t('people.create')}
              </ButtonLink>
            )}
          </>
        }
      >
        {t('people.title')}
      </PageTitle>
      <Group mb="md" align="end">
        <TextInput
          label={t('people.search')}
          leftSection={<IconSearch size={16} />}
          value={search}
          onChange={(e) => {
            setSearch(e.currentTarget.value);
            setPage(1);
          }}
          maw={320}
          type="search"
        />
        <Select
          label={t('people.fields.department')}
          clearable
          data={(departments.data?.items ?? []).map((d) => ({ value: d.id, label: nameIn(lang, { en: d.nameEn, ar: d.nameAr }) }))}
          value={departmentId}
          onChange={(v) => {
            setDepartmentId(v);
            setPage(1);
          }}
          maw={260}
        />
      </Group>
      {employees.isPending && <LoadingState />}
      <ErrorAlert error={employees.error ?? exporter.error ?? xlsx.error} />
      {employees.data && (
        <>
          <Text size="sm" c="dimmed" mb="xs">
            {t('people.count', { count: employees.data.total })}
          </Text>
          <Table striped data-testid="employees-table">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('people.fields.employeeNumber')}</Table.Th>
                <Table.Th>{t('people.fields.name')}</Table.Th>
                <Table.Th>{t('people.fields.department')}</Table.Th>
                <Table.Th>{t('people.fields.position')}</Table.Th>
                <Table.Th>{t('people.fields.hireDate')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {employees.data.items.map((e) => (
                <Table.Tr key={e.id}>
                  <Table.Td>{e.employeeNumber}</Table.Td>
                  <Table.Td>
                    <AnchorLink to="/people/employees/$employeeId" params={{ employeeId: e.id }}>
                      {lang === 'ar' ? e.nameAr : e.nameEn}
                    </AnchorLink>
                  </Table.Td>
                  <Table.Td>{nameIn(lang, e.current?.departmentName)}</Table.Td>
                  <Table.Td>{nameIn(lang, e.current?.positionTitle)}</Table.Td>
                  <Table.Td>{e.hireDate}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
          <PaginationBar page={page} pageSize={pageSize} total={employees.data.total} onChange={setPage} />
        </>
      )}
    </>
  );
}
