import { Table, Text } from '@mantine/core';
import { useSearch } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/error-alert';
import { ForbiddenNotice } from '../../../components/forbidden-notice';
import { LoadingState } from '../../../components/loading-state';
import { PageTitle } from '../../../components/page-title';
import { PaginationBar } from '../../../components/pagination-bar';
import { formatDateTime } from '../../../lib/format';
import { useMe } from '../../auth/api/get-me';
import { hasPermission } from '../../auth/types';
import { type AuditFilters, useAudit } from '../api/get-audit';
import { AuditFiltersForm } from '../components/audit-filters';
import { VerifyChain } from '../components/verify-chain';
import { formatSummary } from '../format-summary';

const pageSize = 50;

export function AuditPage() {
  const { t } = useTranslation();
  const { data: me } = useMe();
  const canRead = hasPermission(me, 'platform.audit.read');
  const [page, setPage] = useState(1);
  const search = useSearch({ strict: false }) as { targetId?: string };
  const [filters, setFilters] = useState<AuditFilters>(search.targetId ? { targetId: search.targetId } : {});
  const audit = useAudit({ ...filters, page, pageSize }, canRead);
  const tz = me?.user.timeZone;

  if (!canRead) return <ForbiddenNotice />;
  return (
    <>
      <PageTitle>{t('audit.title')}</PageTitle>
      <VerifyChain />
      <AuditFiltersForm
        onApply={(next) => {
          setFilters(next);
          setPage(1);
        }}
      />
      {audit.isPending && <LoadingState />}
      <ErrorAlert error={audit.error} />
      {audit.data && (
        <>
          <Table.ScrollContainer minWidth={900}>
            <Table striped verticalSpacing="xs" data-testid="audit-table">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('audit.seq')}</Table.Th>
                  <Table.Th>{t('audit.at')}</Table.Th>
                  <Table.Th>{t('audit.actorColumn')}</Table.Th>
                  <Table.Th>{t('audit.action')}</Table.Th>
                  <Table.Th>{t('audit.target')}</Table.Th>
                  <Table.Th>{t('audit.summary')}</Table.Th>
                  <Table.Th style={{ whiteSpace: 'nowrap' }}>{t('audit.ip')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {audit.data.items.map((e) => (
                  <Table.Tr key={e.id}>
                    <Table.Td>{e.seq}</Table.Td>
                    <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDateTime(e.at, tz)}</Table.Td>
                    <Table.Td>
                      <Text size="sm">{e.actorLabel ?? '—'}</Text>
                      {e.actorId && (
                        <Text size="xs" c="dimmed" className="mono">
                          {e.actorId}
                        </Text>
                      )}
                    </Table.Td>
                    <Table.Td className="mono">{e.action}</Table.Td>
                    <Table.Td className="mono">{e.targetType ? `${e.targetType}:${e.targetId ?? ''}` : '—'}</Table.Td>
                    <Table.Td style={{ minWidth: '14rem', overflowWrap: 'anywhere' }}>{formatSummary(e.summary)}</Table.Td>
                    <Table.Td className="mono">{e.ip ?? ''}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
          {audit.data.items.length === 0 && <Text c="dimmed">{t('common.empty')}</Text>}
          <PaginationBar page={page} pageSize={pageSize} total={audit.data.total} onChange={setPage} />
        </>
      )}
    </>
  );
}
