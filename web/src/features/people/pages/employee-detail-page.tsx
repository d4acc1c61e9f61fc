import { Button, Card, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { IconArrowsExchange, IconCash, IconPencil } from '@tabler/icons-react';
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
import { EditEmployeeModal } from '../components/edit-employee-modal';
import { EmployeeTimeline } from '../components/employee-timeline';
import { JobChangeModal } from '../components/job-change-modal';
import { LeaveBalancesCard } from '../components/leave-balances-card';
import { PayChangeModal } from '../components/pay-change-modal';
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
  const [dialog, setDialog] = useState<'edit' | 'job' | 'pay' | null>(null);
  if (employee.isPending) return <LoadingState />;
  if (!employee.data) return <ErrorAlert error={employee.error} />;
  const e = employee.data;
  const lang = i18n.language;
  const canWrite = hasPermission(me, 'people.write') && e.access === 'hr';
  const close = () => {
    setDialog(null);
    // a new pay record changes what was revealed: reveal again to see it
    setSensitive(undefined);
  };
  // phone numbers, e-mail addresses, dates and zone names read left to right, also in Arabic
  const field = (label: string, value: string | null | undefined, ltr = false) => (
    <div>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text>{value ? <bdi dir={ltr ? 'ltr' : undefined}>{value}</bdi> : '—'}</Text>
    </div>
  );
  return (
    <>
      <PageTitle
        actions={
          canWrite && (
            <>
              <Button variant="default" leftSection={<IconPencil size={16} />} onClick={() => setDialog('edit')} data-testid="edit-employee">
                {t('people.edit.open')}
              </Button>
              <Button variant="default" leftSection={<IconArrowsExchange size={16} />} onClick={() => setDialog('job')} data-testid="record-job-change">
                {t('people.jobChange.open')}
              </Button>
              <Button variant="default" leftSection={<IconCash size={16} />} onClick={() => setDialog('pay')} data-testid="record-pay-change">
                {t('people.payChange.open')}
              </Button>
            </>
          )
        }
      >
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
            {field(t('people.fields.email'), e.email, true)}
            {field(t('people.fields.phone'), e.phone, true)}
            {field(t('people.fields.department'), nameIn(lang, e.current?.departmentName))}
            {field(t('people.fields.position'), nameIn(lang, e.current?.positionTitle))}
            {field(t('people.fields.manager'), nameIn(lang, e.current?.managerName))}
            {field(t('people.fields.hireDate'), e.hireDate, true)}
            {field(t('people.fields.employmentType'), t(`people.employmentType.${e.employmentType}`))}
            {field(t('people.fields.workLocation'), t(`people.workLocation.${e.workLocation}`))}
            {field(t('people.fields.timeZone'), e.timeZone, true)}
            {field(t('people.fields.endDate'), e.endDate, true)}
            {field(t('people.fields.user'), e.userId ? t('people.userLinked') : t('people.userNotLinked'))}
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
          <LeaveBalancesCard employeeId={e.id} />
        </Stack>
      </SimpleGrid>
      {dialog === 'edit' && <EditEmployeeModal employee={e} opened onClose={close} />}
      {dialog === 'job' && <JobChangeModal employee={e} opened onClose={close} />}
      {dialog === 'pay' && <PayChangeModal employeeId={e.id} opened onClose={close} currency={me?.company?.baseCurrency ?? 'SAR'} />}
    </>
  );
}
