import { Badge, Progress, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/error-alert';
import { ForbiddenNotice } from '../../../components/forbidden-notice';
import { LoadingState } from '../../../components/loading-state';
import { PageTitle } from '../../../components/page-title';
import { formatNumber } from '../../../lib/format';
import { useMe } from '../../auth/api/get-me';
import { hasPermission } from '../../auth/types';
import { useDepartments } from '../../people/api/get-org-chart';
import { usePositions } from '../../people/api/get-positions';
import { ButtonLink } from '../../people/components/links';
import { nameIn } from '../../people/types';

/** Positions with planned headcount against the people holding them today: open seats and over-filled ones stand out. */
export function PositionsPage() {
  const { t, i18n } = useTranslation();
  const { data: me } = useMe();
  const canRead = hasPermission(me, 'people.read');
  const positions = usePositions(canRead);
  const departments = useDepartments(canRead);
  if (!canRead) return <ForbiddenNotice />;
  const lang = i18n.language;
  const deptName = new Map((departments.data?.items ?? []).map((d) => [d.id, nameIn(lang, { en: d.nameEn, ar: d.nameAr })]));
  const items = positions.data?.items ?? [];
  const planned = items.reduce((s, p) => s + p.headcount, 0);
  const filled = items.reduce((s, p) => s + p.filled, 0);
  return (
    <>
      <PageTitle
        actions={
          <ButtonLink to="/people/org-chart" variant="default">
            {t('peopleRecords.org.title')}
          </ButtonLink>
        }
      >
        {t('peopleRecords.positions.title')}
      </PageTitle>
      {positions.isPending && <LoadingState />}
      <ErrorAlert error={positions.error} />
      {positions.data && (
        <>
          <Text size="sm" c="dimmed" mb="xs" data-testid="positions-summary">
            {t('peopleRecords.positions.summary', { filled: formatNumber(filled), planned: formatNumber(planned) })}
          </Text>
          <Table.ScrollContainer minWidth={560}>
            <Table striped data-testid="positions-table">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('peopleRecords.positions.position')}</Table.Th>
                  <Table.Th>{t('peopleRecords.fields.department')}</Table.Th>
                  <Table.Th ta="end">{t('peopleRecords.positions.planned')}</Table.Th>
                  <Table.Th ta="end">{t('peopleRecords.positions.filled')}</Table.Th>
                  <Table.Th w="30%">{t('peopleRecords.positions.gap')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {items.map((p) => {
                  const open = p.headcount - p.filled;
                  return (
                    <Table.Tr key={p.id}>
                      <Table.Td>{lang === 'ar' ? p.titleAr : p.titleEn}</Table.Td>
                      <Table.Td>{p.departmentId ? (deptName.get(p.departmentId) ?? '') : '—'}</Table.Td>
                      <Table.Td ta="end">{formatNumber(p.headcount)}</Table.Td>
                      <Table.Td ta="end">{formatNumber(p.filled)}</Table.Td>
                      <Table.Td>
                        <Progress
                          value={p.headcount ? Math.min(100, (p.filled / p.headcount) * 100) : 100}
                          color={open < 0 ? 'red' : open === 0 ? 'teal' : 'blue'}
                          mb={4}
                        />
                        <Badge variant="light" color={open < 0 ? 'red' : open === 0 ? 'teal' : 'blue'}>
                          {open < 0
                            ? t('peopleRecords.positions.over', { count: -open })
                            : open === 0
                              ? t('peopleRecords.positions.full')
                              : t('peopleRecords.positions.open', { count: open })}
                        </Badge>
                      </Table.Td>
                    </Table.Tr>
                  );
                })}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        </>
      )}
    </>
  );
}
