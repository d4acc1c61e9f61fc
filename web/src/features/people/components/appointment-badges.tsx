import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { AttendeeResponse } from '../appointment-types';

const colors: Record<AttendeeResponse, string> = { pending: 'gray', accepted: 'teal', declined: 'red' };

export function ResponseBadge({ response }: { response: AttendeeResponse }) {
  const { t } = useTranslation();
  return (
    <Badge variant="light" color={colors[response]} data-testid="response-badge">
      {t(`appointments.responses.${response}`)}
    </Badge>
  );
}

export function StatusBadge({ status }: { status: 'scheduled' | 'cancelled' }) {
  const { t } = useTranslation();
  return (
    <Badge variant="outline" color={status === 'cancelled' ? 'red' : 'blue'} data-testid="status-badge">
      {t(`appointments.status.${status}`)}
    </Badge>
  );
}
