import { Badge, Button, Card, Group, Modal, Table, Text, Textarea, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '../../../components/confirm-dialog';
import { ErrorAlert } from '../../../components/error-alert';
import { PaginationBar } from '../../../components/pagination-bar';
import { type LeaveRequest, type RequestScope, useDecideLeave, useLeaveRequests } from '../api/leave-requests';
import { nameIn } from '../types';
import { leaveRefusal } from './leave-refusal';

const STATUS_COLOR = { pending: 'yellow', approved: 'green', rejected: 'red', cancelled: 'gray' } as const;

/** The dates of a request with its half days, e.g. "2026-03-09 (afternoon) → 2026-03-11". */
function Dates({ r }: { r: LeaveRequest }) {
  const { t } = useTranslation();
  return (
    <Text size="sm" style={{ whiteSpace: 'nowrap' }}>
      <bdi dir="ltr">{r.from}</bdi>
      {r.startsAfternoon && ` (${t('leaveRequests.afternoon')})`}
      {r.to !== r.from && (
        <>
          {' – '}
          <bdi dir="ltr">{r.to}</bdi>
        </>
      )}
      {r.endsMidday && ` (${t('leaveRequests.morning')})`}
    </Text>
  );
}

/**
 * A page of leave requests: `mine` (cancel before the first day) or `inbox` (approve, or reject with a
 * reason). What each row offers comes from the server (`canDecide`, `canCancel`) for the reader.
 */
export function LeaveRequestList({ scope, title }: { scope: RequestScope; title: string }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const fmt = new Intl.NumberFormat(lang === 'ar' ? 'ar' : 'en-GB', { maximumFractionDigits: 2 });
  const [page, setPage] = useState(1);
  const list = useLeaveRequests({ scope, page });
  const decide = useDecideLeave();
  const [rejecting, setRejecting] = useState<LeaveRequest | null>(null);
  const [cancelling, setCancelling] = useState<LeaveRequest | null>(null);
  const [reason, setReason] = useState('');
  const refusal = leaveRefusal(t, decide.error);
  const items = list.data?.items ?? [];
  return (
    <Card withBorder>
      <Title order={2} size="h4" mb="sm">
        {title}
      </Title>
      <ErrorAlert error={list.error} />
      {refusal ? (
        <Text c="red" role="alert" mb="sm" data-testid="decision-refused">
          {refusal}
        </Text>
      ) : (
        !rejecting && <ErrorAlert error={decide.error} />
      )}
      {list.data && items.length === 0 && (
        <Text c="dimmed" size="sm" data-testid={`no-requests-${scope}`}>
          {t(scope === 'inbox' ? 'leaveRequests.inboxEmpty' : 'leaveRequests.none')}
        </Text>
      )}
      {items.length > 0 && (
        <Table.ScrollContainer minWidth={640}>
          <Table data-testid={`requests-${scope}`} verticalSpacing="xs">
            <Table.Thead>
              <Table.Tr>
                {scope !== 'mine' && <Table.Th>{t('leaveRequests.employee')}</Table.Th>}
                <Table.Th>{t('leaveRequests.type')}</Table.Th>
                <Table.Th>{t('leaveRequests.dates')}</Table.Th>
                <Table.Th ta="end">{t('leaveRequests.days')}</Table.Th>
                <Table.Th>{t('leaveRequests.status')}</Table.Th>
                <Table.Th />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {items.map((r) => (
                <Table.Tr key={r.id} data-testid="leave-request-row">
                  {scope !== 'mine' && <Table.Td>{nameIn(lang, { en: r.employeeNameEn, ar: r.employeeNameAr })}</Table.Td>}
                  <Table.Td>{nameIn(lang, { en: r.leaveTypeNameEn, ar: r.leaveTypeNameAr })}</Table.Td>
                  <Table.Td>
                    <Dates r={r} />
                    {r.note && (
                      <Text size="xs" c="dimmed">
                        {r.note}
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td ta="end">{fmt.format(r.days)}</Table.Td>
                  <Table.Td>
                    <Badge color={STATUS_COLOR[r.status]} variant="light" data-testid="request-status">
                      {t(`leaveRequests.statuses.${r.status}`)}
                    </Badge>
                    {r.decisionReason && (
                      <Text size="xs" c="dimmed">
                        {r.decisionReason}
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td>
                    <Group gap="xs" wrap="nowrap" justify="flex-end">
                      {r.canDecide && (
                        <>
                          <Button
                            size="xs"
                            color="green"
                            loading={decide.isPending && decide.variables?.id === r.id && decide.variables.decision === 'approve'}
                            onClick={() => decide.mutate({ id: r.id, decision: 'approve' })}
                            data-testid="approve-leave"
                          >
                            {t('leaveRequests.approve')}
                          </Button>
                          <Button
                            size="xs"
                            variant="default"
                            onClick={() => {
                              decide.reset();
                              setReason('');
                              setRejecting(r);
                            }}
                            data-testid="reject-leave"
                          >
                            {t('leaveRequests.reject')}
                          </Button>
                        </>
                      )}
                      {r.canCancel && scope === 'mine' && (
                        <Button size="xs" variant="subtle" color="red" onClick={() => setCancelling(r)} data-testid="cancel-leave">
                          {t('leaveRequests.cancel')}
                        </Button>
                      )}
                    </Group>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {list.data && list.data.total > list.data.pageSize && (
        <PaginationBar page={page} pageSize={list.data.pageSize} total={list.data.total} onChange={setPage} />
      )}
      <Modal opened={rejecting !== null} onClose={() => setRejecting(null)} title={t('leaveRequests.rejectTitle')} centered>
        <form
          noValidate
          onSubmit={(ev) => {
            ev.preventDefault();
            if (rejecting) decide.mutate({ id: rejecting.id, decision: 'reject', reason }, { onSuccess: () => setRejecting(null) });
          }}
        >
          <Textarea
            label={t('leaveRequests.rejectReason')}
            withAsterisk
            autosize
            minRows={2}
            maxLength={500}
            value={reason}
            onChange={(e) => setReason(e.currentTarget.value)}
            error={decide.error && !refusal ? t('leaveRequests.reasonNeeded') : undefined}
            data-testid="reject-reason"
          />
          <Group justify="flex-end" mt="md">
            <Button variant="default" onClick={() => setRejecting(null)}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" color="red" loading={decide.isPending} data-testid="confirm-reject">
              {t('leaveRequests.reject')}
            </Button>
          </Group>
        </form>
      </Modal>
      <ConfirmDialog
        opened={cancelling !== null}
        title={t('leaveRequests.cancelTitle')}
        message={cancelling?.status === 'approved' ? t('leaveRequests.cancelApproved') : t('leaveRequests.cancelPending')}
        confirmLabel={t('leaveRequests.cancel')}
        danger
        loading={decide.isPending}
        onConfirm={() => cancelling && decide.mutate({ id: cancelling.id, decision: 'cancel' }, { onSuccess: () => setCancelling(null) })}
        onClose={() => setCancelling(null)}
      />
    </Card>
  );
}
