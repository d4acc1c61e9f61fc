import { Card, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useParams } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/error-alert';
import { LoadingState } from '../../../components/loading-state';
import { PageTitle } from '../../../components/page-title';
import { useMe } from '../../auth/api/get-me';
import { hasPermission } from '../../auth/types';
import { useEmployee } from '../api/get-employee';
import { useRevealSensitive } from '../api/reveal-sensitive';
import { EmployeeTimeline } from '../components/employee-timeline';
import { SensitiveFields } from '../components/sensitive-fields';
import { nameIn, type Sensitive } from '../types';

export function EmployeeDetailPage() {
  const { t, i18n } = useTranslation();
  const { employeeId } = useParams({ from: '/app/people/employees/$employeeId' });
  const { data: me } = useMe();
  const employee = useEmployee(employeeId);
  const reveal = useRevealSensitive();
  // revealed values live only in this component's state: gone on navigation, never cached
  const [sensitive, setSensitive] = useState<Sensitive>();
  if (employee.isPending) return <LoadingState />;
  if (!employee.data) return <ErrorAlert error={employee.error} />;
  const e = employee.data;
  const lang = i18n.language;
  const field = (label: string, value: string | null | undefined) => (
    <div>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text>{value || '—'}</Text>
    </div>
  );
  return (
    <>
      <PageTitle>
        {lang === 'ar' ? e.nameAr : e.nameEn}{' '}
        <Text span c="dimmed">
          ({e.employeeNumber})
        </Text>
      </PageTitle>
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
        <Card withBorder>
          <Title order={2} size="h4" mb="sm">
            {t('people.sections.employment')}
          </Title>
          <SimpleGrid cols={2}>
            {field(t('people.fields.nameEn'), e.nameEn)}
            {field(t('people.fields.nameAr'), e.nameAr)}
            {field(t('people.fields.email'), e.email)}
            {field(t('people.fields.phone'), e.phone)}
            {field(t('people.fields.department'), nameIn(lang, e.current?.departmentName))}
            {field(t('people.fields.position'), nameIn(lang, e.current?.positionTitle))}
            {field(t('people.fields.manager'), nameIn(lang, e.current?.managerName))}
            {field(t('people.fields.hireDate'), e.hireDate)}
            {field(t('people.fields.employmentType'), t(`people.employmentType.${e.employmentType}`))}
            {field(t('people.fields.workLocation'), t(`people.workLocation.${e.workLocation}`))}
            {field(t('people.fields.timeZone'), e.timeZone)}
            {field(t('people.fields.endDate'), e.endDate)}
          </SimpleGrid>
        </Card>
        <Stack>
          <Card withBorder>
            <Title order={2} size="h4" mb="sm">
              {t('people.sections.sensitive')}
            </Title>
            <SensitiveFields
              values={sensitive}
              canReveal={hasPermission(me, 'people.sensitive.read')}
              pending={reveal.isPending}
              onReveal={() => reveal.mutate(e.id, { onSuccess: setSensitive })}
            />
            <ErrorAlert error={reveal.error} />
          </Card>
          <Card withBorder>
            <Group justify="space-between" mb="sm">
              <Title order={2} size="h4">
                {t('people.sections.timeline')}
              </Title>
            </Group>
            <EmployeeTimeline jobs={e.timeline} pay={sensitive?.compensation} />
          </Card>
        </Stack>
      </SimpleGrid>
    </>
  );
}
