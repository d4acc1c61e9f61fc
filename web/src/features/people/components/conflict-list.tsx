import { List, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../../lib/api-error';
import { type Conflict, formatInZone } from '../appointment-types';

/** The conflicts a CONFLICT refusal listed (another appointment, approved leave), by attendee. */
export function conflictsOf(error: unknown): Conflict[] {
  if (!(error instanceof ApiError) || error.code !== 'CONFLICT') return [];
  const c = (error.details as { conflicts?: Conflict[] } | undefined)?.conflicts;
  return Array.isArray(c) ? c : [];
}

export function ConflictList({ conflicts, names, timeZone }: { conflicts: Conflict[]; names: Map<string, string>; timeZone: string }) {
  const { t, i18n } = useTranslation();
  return (
    <>
      <Text fw={600} mb={4}>
        {t('appointments.conflicts.title')}
      </Text>
      <List size="sm" data-testid="conflicts">
        {conflicts.map((c) => (
          <List.Item key={`${c.employeeId}-${c.kind === 'leave' ? c.fromDate : c.appointmentId}`}>
            {c.kind === 'leave'
              ? t('appointments.conflicts.leave', { name: names.get(c.employeeId) ?? '', from: c.fromDate, to: c.toDate })
              : t('appointments.conflicts.appointment', {
                  name: names.get(c.employeeId) ?? '',
                  title: c.title,
                  when: formatInZone(c.startsAt, timeZone, i18n.language),
                })}
          </List.Item>
        ))}
      </List>
    </>
  );
}
