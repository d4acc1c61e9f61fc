import { Button, Card, Group, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { IconEdit } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/error-alert';
import { LoadingState } from '../../../components/loading-state';
import { PageTitle } from '../../../components/page-title';
import { PaginationBar } from '../../../components/pagination-bar';
import { formatDateTime } from '../../../lib/format';
import { useEmployee } from '../../people/api/get-employee';
import { nameIn } from '../../people/types';
import { useOwnRequests } from '../api/change-requests';
import { useTeam } from '../api/org-chart';
import { FieldChanges } from '../components/field-changes';
import { RequestChangeModal } from '../components/request-change-modal';
import { RequestStatus } from '../components/request-status';

function OwnRecord({ employeeId }: { employeeId: string }) {
  const { t, i18n } = useTranslation();
  const employee = useEmployee(employeeId);
  const [page, setPage] = useState(1);
  const requests = useOwnRequests(page);
  const [open, setOpen] = useState(false);
  if (employee.isPending) return <LoadingState />;
  if (!employee.data) return <ErrorAlert error={employee.error} />;
  const e = employee.data;
  const lang = i18n.language;
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
          <Button leftSection={<IconEdit size={16} />} onClick={() => setOpen(true)} data-testid="request-change">
            {t('peopleRecords.request.open')}
          </Button>
        }
      >
        {t('peopleRecords.myRecord.title')}
      </PageTitle>
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
        <Card withBorder>
          <Title order={2} size="h4" mb="sm">
            {lang === 'ar' ? e.nameAr : e.nameEn}{' '}
            <Text span c="dimmed">
              ({e.employeeNumber})
            </Text>
          </Title>
          <SimpleGrid cols={{ base: 1, xs: 2 }}>
            {field(t('peopleRecords.fields.nameEn'), e.nameEn)}
            {field(t('peopleRecords.fields.nameAr'), e.nameAr)}
            {field(t('peopleRecords.fields.email'), e.email, true)}
            {field(t('peopleRecords.fields.phone'), e.phone, true)}
            {field(t('peopleRecords.fields.address'), e.address)}
            {field(t('peopleRecords.fields.department'), nameIn(lang, e.current?.departmentName))}
            {field(t('peopleRecords.fields.position'), nameIn(lang, e.current?.positionTitle))}
            {field(t('peopleRecords.fields.manager'), nameIn(lang, e.current?.managerName))}
          </SimpleGrid>
        </Card>
        <Card withBorder>
          <Title order={2} size="h4" mb="sm">
            {t('peopleRecords.myRecord.requests')}
          </Title>
          <ErrorAlert error={requests.error} />
          {requests.data && requests.data.total === 0 && <Text c="dimmed">{t('peopleRecords.myRecord.none')}</Text>}
          {requests.data && requests.data.total > 0 && (
            <Stack gap="xs">
              <Table.ScrollContainer minWidth={360}>
                <Table data-testid="own-requests">
                  <Table.Tbody>
                    {requests.data.items.map((r) => (
                      <Table.Tr key={r.id}>
                        <Table.Td>
                          <FieldChanges changes={r.changes} />
                          {r.decisionReason && (
                            <Text size="sm" c="red" mt={4}>
                              {t('peopleRecords.reason')}: <bdi>{r.decisionReason}</bdi>
                            </Text>
                          )}
                        </Table.Td>
                        <Table.Td>
                          <RequestStatus status={r.status} />
                          <Text size="xs" c="dimmed">
                            {formatDateTime(r.createdAt)}
                          </Text>
                        </Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              </Table.ScrollContainer>
              <PaginationBar page={page} pageSize={20} total={requests.data.total} onChange={setPage} />
            </Stack>
          )}
        </Card>
      </SimpleGrid>
      {open && <RequestChangeModal employee={e} opened onClose={() => setOpen(false)} />}
    </>
  );
}

/** Self-service: the caller's own record and change requests (any signed-in user with an employee record). */
export function MyRecordPage() {
  const { t } = useTranslation();
  const team = useTeam();
  if (team.isPending) return <LoadingState />;
  if (team.error) return <ErrorAlert error={team.error} />;
  if (!team.data?.self) {
    return (
      <>
        <PageTitle>{t('peopleRecords.myRecord.title')}</PageTitle>
        <Group>
          <Text c="dimmed">{t('peopleRecords.myRecord.noRecord')}</Text>
        </Group>
      </>
    );
  }
  return <OwnRecord employeeId={team.data.self.id} />;
}
