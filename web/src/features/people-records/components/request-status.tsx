import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ChangeRequest } from '../types';

const COLORS = { pending: 'yellow', approved: 'teal', rejected: 'red' } as const;

export function RequestStatus({ status }: { status: ChangeRequest['status'] }) {
  const { t } = useTranslation();
  return (
    <Badge color={COLORS[status]} variant="light" data-testid={`request-status-${status}`}>
      {t(`peopleRecords.status.${status}`)}
    </Badge>
  );
}
