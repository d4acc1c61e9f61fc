import { Group, Pagination, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../lib/format';

type Props = { page: number; pageSize: number; total: number; onChange: (page: number) => void };

export function PaginationBar({ page, pageSize, total, onChange }: Props) {
  const { t } = useTranslation();
  const pages = Math.max(1, Math.ceil(total / pageSize));
  const from = total === 0 ? 0 : (page - 1) * pageSize + 1;
  const to = Math.min(total, page * pageSize);
  return (
    <Group justify="space-between" mt="md" wrap="wrap" gap="sm">
      <Text size="sm" c="dimmed" data-testid="page-summary">
        {t('common.pageSummary', { from: formatNumber(from), to: formatNumber(to), total: formatNumber(total) })}
      </Text>
      <Pagination
        total={pages}
        value={page}
        onChange={onChange}
        size="sm"
        aria-label={t('common.pagination')}
        getControlProps={(control) => ({
          'aria-label': control === 'previous' ? t('common.previous') : control === 'next' ? t('common.next') : undefined,
        })}
      />
    </Group>
  );
}
