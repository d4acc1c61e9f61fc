import { Button, Card, Group, Select, SimpleGrid, Text, TextInput, Title } from '@mantine/core';
import { IconSearch } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/error-alert';
import { PaginationBar } from '../../../components/pagination-bar';
import { type SlotsQuery, useFreeSlots } from '../api/appointments';
import type { FreeSlot } from '../appointment-types';

const isoDay = (d: Date) => d.toISOString().slice(0, 10);
/** A slot compactly: weekday, day and month, time. */
const slotLabel = (iso: string, timeZone: string, lang: string) =>
  new Intl.DateTimeFormat(lang === 'ar' ? 'ar' : 'en-GB', {
    timeZone,
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    hour: '2-digit',
    minute: '2-digit',
  }).format(new Date(iso));

/** "Find free slots": start times when every attendee is at work and free; picking one fills the form. */
export function FreeSlotsPanel({ attendeeIds, timeZone, onPick }: { attendeeIds: string[]; timeZone: string; onPick: (s: FreeSlot) => void }) {
  const { t, i18n } = useTranslation();
  const [from, setFrom] = useState(() => isoDay(new Date()));
  const [to, setTo] = useState(() => isoDay(new Date(Date.now() + 7 * 86_400_000)));
  const [duration, setDuration] = useState('60');
  const [query, setQuery] = useState<SlotsQuery | null>(null);
  const slots = useFreeSlots(query);
  const search = () => setQuery({ attendeeIds, from, to, durationMinutes: Number(duration), page: 1 });
  return (
    <Card withBorder data-testid="free-slots-panel">
      <Title order={2} size="h4" mb="sm">
        {t('appointments.slots.title')}
      </Title>
      <SimpleGrid cols={{ base: 1, xs: 2 }} mb="sm">
        <TextInput type="date" label={t('appointments.slots.from')} value={from} onChange={(e) => setFrom(e.currentTarget.value)} data-testid="slots-from" />
        <TextInput type="date" label={t('appointments.slots.to')} value={to} onChange={(e) => setTo(e.currentTarget.value)} data-testid="slots-to" />
        <Select
          label={t('appointments.slots.duration')}
          data={['30', '45', '60', '90', '120'].map((m) => ({ value: m, label: t('appointments.slots.minutes', { count: Number(m) }) }))}
          value={duration}
          onChange={(v) => setDuration(v ?? '60')}
          allowDeselect={false}
        />
      </SimpleGrid>
      <Button leftSection={<IconSearch size={16} />} onClick={search} disabled={attendeeIds.length === 0} loading={slots.isFetching} data-testid="find-slots">
        {t('appointments.slots.find')}
      </Button>
      {attendeeIds.length === 0 && (
        <Text size="sm" c="dimmed" mt="xs">
          {t('appointments.slots.pickFirst')}
        </Text>
      )}
      <ErrorAlert error={slots.error} />
      {slots.data && (
        <>
          <Text size="sm" c="dimmed" mt="md" mb="xs">
            {slots.data.total === 0 ? t('appointments.slots.none') : t('appointments.slots.shownIn', { zone: timeZone })}
          </Text>
          <SimpleGrid cols={{ base: 2, sm: 3, md: 2, xl: 3 }} spacing="xs">
            {slots.data.items.map((s) => (
              <Button
                key={s.startsAt}
                variant="light"
                h="auto"
                py={6}
                styles={{ label: { whiteSpace: 'normal', textAlign: 'center' } }}
                onClick={() => onPick(s)}
                data-testid="free-slot"
              >
                <bdi>{slotLabel(s.startsAt, timeZone, i18n.language)}</bdi>
              </Button>
            ))}
          </SimpleGrid>
          {query && slots.data.total > slots.data.pageSize && (
            <Group>
              <PaginationBar page={query.page} pageSize={slots.data.pageSize} total={slots.data.total} onChange={(page) => setQuery({ ...query, page })} />
            </Group>
          )}
        </>
      )}
    </Card>
  );
}
