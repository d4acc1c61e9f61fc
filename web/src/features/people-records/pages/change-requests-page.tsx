import { Button, Group, Modal, SegmentedControl, Stack, Table, Text, Textarea } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/error-alert';
import { ForbiddenNotice } from '../../../components/forbidden-notice';
import { LoadingState } from '../../../components/loading-state';
import { PageTitle } from '../../../components/page-title';
import { PaginationBar } from '../../../components/pagination-bar';
import { formatDateTime } from '../../../lib/format';
import { useMe } from '../../auth/api/get-me';
import { hasPermission } from '../../auth/types';
import { AnchorLink } from '../../people/components/links';
import { useApproveRequest, useInbox, useRejectRequest } from '../api/change-requests';
import { FieldChanges } from '../components/field-changes';
import { RequestStatus } from '../components/request-status';
import type { ChangeRequest } from '../types';

const pageSize = 20;

function RejectModal({ request, onClose }: { request: ChangeRequest; onClose: () => void }) {
  const { t } = useTranslation();
  const reject = useRejectRequest();
  const [reason, setReason] = useState('');
  const submit = (e: FormEvent) => {
    e.preventDefault();
    reject.mutate({ id: request.id, reason }, { onSuccess: onClose });
  };
  return (
    <Modal opened onClose={onClose} title={t('peopleRecords.inbox.rejectTitle')}>
      <form onSubmit={submit}>
        <Stack>
          <Textarea
            label={t('peopleRecords.reason')}
            required
            autosize
            minRows={3}
            value={reason}
            onChange={(e) => setReason(e.currentTarget.value)}
            data-testid="reject-reason"
          />
          <ErrorAlert error={reject.error} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" color="red" loading={reject.isPending} data-testid="confirm-reject">
              {t('peopleRecords.inbox.reject')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

/** HR's inbox of self-service change requests: approve (the record changes) or reject with a reason. */
export function ChangeRequestsPage() {
  const { t, i18n } = useTranslation();
  const { data: me } = useMe();
  const canWrite = hasPermission(me, 'people.write');
  const [status, setStatus] = useState('pending');
  const [page, setPage] = useState(1);
  const inbox = useInbox({ status, page, pageSize }, canWrite);
  const approve = useApproveRequest();
  const [rejecting, setRejecting] = useState<ChangeRequest | null>(null);
  if (!canWrite) return <ForbiddenNotice />;
  return (
    <>
      <PageTitle>{t('peopleRecords.inbox.title')}</PageTitle>
      <SegmentedControl
        mb="md"
        value={status}
        onChange={(v) => {
          setStatus(v);
          setPage(1);
        }}
        data={['pending', 'approved', 'rejected', 'all'].map((s) => ({ value: s, label: t(`peopleRecords.status.${s}`) }))}
      />
      <ErrorAlert error={inbox.error ?? approve.error} />
      {inbox.isPending && <LoadingState />}
      {inbox.data && inbox.data.total === 0 && <Text c="dimmed">{t('peopleRecords.inbox.empty')}</Text>}
      {inbox.data && inbox.data.total > 0 && (
        <>
          <Table.ScrollContainer minWidth={640}>
            <Table striped verticalSpacing="sm" data-testid="change-requests-table">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('peopleRecords.inbox.employee')}</Table.Th>
                  <Table.Th>{t('peopleRecords.inbox.changes')}</Table.Th>
                  <Table.Th>{t('peopleRecords.inbox.status')}</Table.Th>
                  <Table.Th />
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {inbox.data.items.map((r) => (
                  <Table.Tr key={r.id} data-testid="change-request-row">
                    <Table.Td>
                      <AnchorLink to="/people/employees/$employeeId" params={{ employeeId: r.employeeId }}>
                        {i18n.language === 'ar' ? r.employeeName.ar : r.employeeName.en}
                      </AnchorLink>
                      <Text size="xs" c="dimmed">
                        {r.employeeNumber} · {formatDateTime(r.createdAt)}
                      </Text>
                    </Table.Td>
                    <Table.Td>
                      <FieldChanges changes={r.changes} />
                      {r.note && (
                        <Text size="sm" c="dimmed" mt={4}>
                          <bdi>{r.note}</bdi>
                        </Text>
                      )}
                      {r.decisionReason && (
                        <Text size="sm" c="red" mt={4}>
                          {t('peopleRecords.reason')}: <bdi>{r.decisionReason}</bdi>
                        </Text>
                      )}
                    </Table.Td>
                    <Table.Td>
                      <RequestStatus status={r.status} />
                    </Table.Td>
                    <Table.Td>
                      {r.status === 'pending' && (
                        <Group gap="xs" wrap="nowrap">
                          <Button
                            size="xs"
                            loading={approve.isPending && approve.variables === r.id}
                            onClick={() => approve.mutate(r.id)}
                            data-testid="approve-request"
                          >
                            {t('peopleRecords.inbox.approve')}
                          </Button>
                          <Button size="xs" variant="default" color="red" onClick={() => setRejecting(r)} data-testid="reject-request">
                            {t('peopleRecords.inbox.reject')}
                          </Button>
                        </Group>
                      )}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
          <PaginationBar page={page} pageSize={pageSize} total={inbox.data.total} onChange={setPage} />
        </>
      )}
      {rejecting && <RejectModal request={rejecting} onClose={() => setRejecting(null)} />}
    </>
  );
}
