import { ActionIcon, Badge, Group, Paper, ScrollArea, Select, Text, Title } from '@mantine/core';
import { IconChevronLeft, IconChevronRight } from '@tabler/icons-react';
import type { CSSProperties } from 'react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/error-alert';
import { LoadingState } from '../../../components/loading-state';
import { PaginationBar } from '../../../components/pagination-bar';
import { type Absence, type TeamCalendar, useTeamCalendar } from '../api/leave-requests';
import { nameIn } from '../types';

const DAY_MS = 86_400_000;
const thisMonth = () => new Date().toISOString().slice(0, 7);
const shiftMonth = (month: string, by: number) => {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return new Date(Date.UTC(y, m - 1 + by, 1)).toISOString().slice(0, 7);
};
const daysOf = (c: TeamCalendar) => {
  const out: string[] = [];
  for (let t = Date.parse(`${c.from}T00:00:00Z`); t <= Date.parse(`${c.to}T00:00:00Z`); t += DAY_MS) out.push(new Date(t).toISOString().slice(0, 10));
  return out;
};

/** Which part of `date` an absence covers: the whole day, only the morning or only the afternoon. */
function partOf(a: Absence, date: string): 'day' | 'morning' | 'afternoon' | null {
  if (date < a.from || date > a.to) return null;
  const afternoonOnly = date === a.from && a.startsAfternoon;
  const morningOnly = date === a.to && a.endsMidday;
  if (afternoonOnly && !morningOnly) return 'afternoon';
  if (morningOnly && !afternoonOnly) return 'morning';
  return 'day';
}

const COLOR = { approved: 'var(--mantine-color-blue-6)', pending: 'var(--mantine-color-yellow-5)' } as const;
const OFF = 'var(--mantine-color-gray-2)';

/** The cell's fill: the absence (half of it for a half day, on the reading side), else grey on days off. */
function cellStyle(part: ReturnType<typeof partOf>, status: Absence['status'] | undefined, off: boolean, rtl: boolean): CSSProperties {
  const base = off ? OFF : 'transparent';
  if (!part || !status) return { background: base };
  const color = COLOR[status];
  if (part === 'day') return { background: color };
  // the morning is the first half in reading order
  const side = (part === 'morning') !== rtl ? 'to left' : 'to right';
  return { background: `linear-gradient(${side}, ${base} 50%, ${color} 50%)` };
}

/**
 * A month of the team: one row a person, one column a day; weekends and holidays shaded, approved
 * leave in blue, pending in yellow, half days half filled. Scrolls sideways on a phone, names pinned.
 */
export function TeamCalendarGrid() {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const rtl = lang === 'ar';
  const [month, setMonth] = useState(thisMonth);
  const [departmentId, setDepartmentId] = useState<string | null>(null);
  const [page, setPage] = useState(1);
  const q = useTeamCalendar({ month, departmentId: departmentId ?? undefined, page });
  const c = q.data;
  const monthLabel = new Intl.DateTimeFormat(rtl ? 'ar' : 'en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
    new Date(`${month}-01T00:00:00Z`),
  );
  const weekday = (date: string) => new Intl.DateTimeFormat(rtl ? 'ar' : 'en-GB', { weekday: 'narrow', timeZone: 'UTC' }).format(new Date(`${date}T00:00:00Z`));
  const go = (by: number) => {
    setMonth(shiftMonth(month, by));
    setPage(1);
  };
  const days = c ? daysOf(c) : [];
  const holiday = new Map((c?.holidays ?? []).map((h) => [h.date, h]));
  const isOff = (date: string) => !c?.workWeek.includes(new Date(`${date}T00:00:00Z`).getUTCDay()) || (holiday.has(date) && !holiday.get(date)?.halfDay);
  const cell: CSSProperties = { minWidth: 28, height: 30, borderInlineStart: '1px solid var(--mantine-color-gray-3)', padding: 0, textAlign: 'center' };
  return (
    <Paper withBorder p="md">
      <Group justify="space-between" wrap="wrap" mb="sm" gap="sm">
        <Group gap="xs">
          <ActionIcon variant="default" size="lg" aria-label={t('leaveRequests.calendar.previous')} onClick={() => go(-1)} data-testid="previous-month">
            {rtl ? <IconChevronRight size={18} /> : <IconChevronLeft size={18} />}
          </ActionIcon>
          <Title order={2} size="h4" data-testid="calendar-month" miw={150} ta="center">
            {monthLabel}
          </Title>
          <ActionIcon variant="default" size="lg" aria-label={t('leaveRequests.calendar.next')} onClick={() => go(1)} data-testid="next-month">
            {rtl ? <IconChevronLeft size={18} /> : <IconChevronRight size={18} />}
          </ActionIcon>
        </Group>
        <Select
          aria-label={t('leaveRequests.calendar.department')}
          placeholder={t('leaveRequests.calendar.allDepartments')}
          data={(c?.departments ?? []).map((d) => ({ value: d.id, label: nameIn(lang, { en: d.nameEn, ar: d.nameAr }) }))}
          value={departmentId}
          onChange={(v) => {
            setDepartmentId(v);
            setPage(1);
          }}
          clearable
          w={{ base: '100%', xs: 240 }}
          data-testid="calendar-department"
        />
      </Group>
      <Group gap="md" mb="sm" wrap="wrap">
        <Badge variant="filled" color="blue">
          {t('leaveRequests.calendar.approved')}
        </Badge>
        <Badge variant="filled" color="yellow">
          {t('leaveRequests.calendar.pending')}
        </Badge>
        <Badge variant="light" color="gray">
          {t('leaveRequests.calendar.off')}
        </Badge>
      </Group>
      <ErrorAlert error={q.error} />
      {!c && q.isPending && <LoadingState />}
      {c && c.people.length === 0 && (
        <Text c="dimmed" data-testid="calendar-empty">
          {t('leaveRequests.calendar.nobody')}
        </Text>
      )}
      {c && c.people.length > 0 && (
        <ScrollArea type="auto" offsetScrollbars>
          <table style={{ borderCollapse: 'collapse', fontSize: 12 }} data-testid="team-calendar">
            <thead>
              <tr>
                <th
                  scope="col"
                  style={{ position: 'sticky', insetInlineStart: 0, background: 'var(--mantine-color-body)', zIndex: 1, minWidth: 120, textAlign: 'start' }}
                >
                  {t('leaveRequests.employee')}
                </th>
                {days.map((d) => (
                  <th
                    key={d}
                    scope="col"
                    style={{ ...cell, background: isOff(d) ? OFF : undefined, fontWeight: 500 }}
                    title={holiday.get(d) ? nameIn(lang, { en: holiday.get(d)?.nameEn ?? '', ar: holiday.get(d)?.nameAr ?? '' }) : undefined}
                  >
                    <div>{weekday(d)}</div>
                    <div>{new Intl.NumberFormat(rtl ? 'ar' : 'en-GB').format(Number(d.slice(8)))}</div>
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {c.people.map((p) => {
                const name = nameIn(lang, { en: p.nameEn, ar: p.nameAr });
                return (
                  <tr key={p.employeeId} data-testid="calendar-person" style={{ borderTop: '1px solid var(--mantine-color-gray-3)' }}>
                    <th
                      scope="row"
                      style={{
                        position: 'sticky',
                        insetInlineStart: 0,
                        background: 'var(--mantine-color-body)',
                        zIndex: 1,
                        textAlign: 'start',
                        fontWeight: 500,
                        paddingInlineEnd: 8,
                        whiteSpace: 'nowrap',
                      }}
                    >
                      {name}
                    </th>
                    {days.map((d) => {
                      const a = p.absences.find((x) => partOf(x, d) && !isOff(d));
                      const part = a ? partOf(a, d) : null;
                      const kind = a?.leaveType ? nameIn(lang, { en: a.leaveType.nameEn, ar: a.leaveType.nameAr }) : t('leaveRequests.calendar.away');
                      const label = a ? `${name} · ${d} · ${kind} · ${t(`leaveRequests.statuses.${a.status}`)}` : undefined;
                      return (
                        <td
                          key={d}
                          style={{ ...cell, ...cellStyle(part, a?.status, isOff(d), rtl) }}
                          title={label}
                          aria-label={label}
                          data-away={a ? a.status : undefined}
                          data-date={d}
                        />
                      );
                    })}
                  </tr>
                );
              })}
            </tbody>
          </table>
        </ScrollArea>
      )}
      {c && c.total > c.pageSize && <PaginationBar page={page} pageSize={c.pageSize} total={c.total} onChange={setPage} />}
    </Paper>
  );
}
