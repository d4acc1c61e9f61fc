import { ActionIcon, Badge, Button, Card, Collapse, Group, Table, Text, Textarea, Title } from '@mantine/core';
import { IconChevronLeft, IconChevronRight, IconFileImport, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/error-alert';
import { ForbiddenNotice } from '../../../components/forbidden-notice';
import { LoadingState } from '../../../components/loading-state';
import { PageTitle } from '../../../components/page-title';
import { useMe } from '../../auth/api/get-me';
import { hasPermission } from '../../auth/types';
import { useCalendar, useDeleteHoliday, useImportHolidays } from '../api/calendar';
import { HolidayForm } from '../components/holiday-form';
import { ImportReportView } from '../components/import-report-table';
import { ButtonLink } from '../components/links';
import { nameIn } from '../types';

// 2026-03-01 was a Sunday: day d of the week (0 = Sunday) falls on March 1 + d
const weekdayName = (lang: string, day: number, style: 'long' | 'short' = 'long') =>
  new Intl.DateTimeFormat(lang === 'ar' ? 'ar' : 'en-GB', { weekday: style, timeZone: 'UTC' }).format(new Date(Date.UTC(2026, 2, 1 + day)));

/** The company calendar of a year: the work week, the public holidays and the working days left. */
export function CalendarPage() {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const { data: me } = useMe();
  const canRead = hasPermission(me, 'people.read');
  const canWrite = hasPermission(me, 'people.write');
  const [year, setYear] = useState(() => new Date().getFullYear());
  const calendar = useCalendar(year, canRead);
  const remove = useDeleteHoliday();
  const importer = useImportHolidays();
  const [csv, setCsv] = useState('');
  const [importOpen, setImportOpen] = useState(false);
  if (!canRead) return <ForbiddenNotice />;
  const c = calendar.data;
  const rtl = lang === 'ar';
  return (
    <>
      <PageTitle
        actions={
          <ButtonLink to="/people" variant="default">
            {t('people.title')}
          </ButtonLink>
        }
      >
        {t('people.calendar.title')}
      </PageTitle>
      <Group mb="md" gap="xs">
        <ActionIcon variant="default" size="lg" aria-label={t('people.calendar.previousYear')} onClick={() => setYear(year - 1)} data-testid="previous-year">
          {rtl ? <IconChevronRight size={18} /> : <IconChevronLeft size={18} />}
        </ActionIcon>
        <Title order={2} size="h3" data-testid="calendar-year">
          <bdi dir="ltr">{year}</bdi>
        </Title>
        <ActionIcon variant="default" size="lg" aria-label={t('people.calendar.nextYear')} onClick={() => setYear(year + 1)} data-testid="next-year">
          {rtl ? <IconChevronLeft size={18} /> : <IconChevronRight size={18} />}
        </ActionIcon>
      </Group>
      <ErrorAlert error={calendar.error ?? remove.error} />
      {!c ? (
        calendar.isPending && <LoadingState />
      ) : (
        <>
          <Card withBorder mb="md">
            <Text size="xs" c="dimmed">
              {t('people.calendar.workWeek')}
            </Text>
            <Group gap="xs" mt={4} mb="sm" data-testid="work-week">
              {c.workWeek.length === 0
                ? '—'
                : c.workWeek.map((d) => (
                    <Badge key={d} variant="light">
                      {weekdayName(lang, d)}
                    </Badge>
                  ))}
            </Group>
            <Text data-testid="working-days">{t('people.calendar.workingDays', { count: c.workingDays, year })}</Text>
          </Card>
          <Card withBorder mb="md">
            <Title order={2} size="h4" mb="sm">
              {t('people.calendar.holidays')}
            </Title>
            {c.holidays.length === 0 ? (
              <Text c="dimmed" data-testid="no-holidays">
                {t('people.calendar.none', { year })}
              </Text>
            ) : (
              <Table.ScrollContainer minWidth={520}>
                <Table striped data-testid="holidays-table">
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th>{t('people.calendar.date')}</Table.Th>
                      <Table.Th>{t('people.calendar.weekday')}</Table.Th>
                      <Table.Th>{t('people.fields.name')}</Table.Th>
                      <Table.Th>{t('people.calendar.length')}</Table.Th>
                      {canWrite && <Table.Th />}
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {c.holidays.map((h) => (
                      <Table.Tr key={h.id}>
                        <Table.Td style={{ whiteSpace: 'nowrap' }}>
                          <bdi dir="ltr">{h.date}</bdi>
                        </Table.Td>
                        <Table.Td>{weekdayName(lang, new Date(`${h.date}T00:00:00Z`).getUTCDay())}</Table.Td>
                        <Table.Td>{nameIn(lang, { en: h.nameEn, ar: h.nameAr })}</Table.Td>
                        <Table.Td>{h.halfDay ? t('people.calendar.halfDay') : t('people.calendar.fullDay')}</Table.Td>
                        {canWrite && (
                          <Table.Td>
                            <ActionIcon
                              variant="subtle"
                              color="red"
                              aria-label={t('people.calendar.remove', { name: nameIn(lang, { en: h.nameEn, ar: h.nameAr }) })}
                              loading={remove.isPending && remove.variables === h.id}
                              onClick={() => remove.mutate(h.id)}
                            >
                              <IconTrash size={16} />
                            </ActionIcon>
                          </Table.Td>
                        )}
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              </Table.ScrollContainer>
            )}
          </Card>
        </>
      )}
      {canWrite && (
        <Card withBorder>
          <HolidayForm />
          <Button
            mt="md"
            variant="subtle"
            leftSection={<IconFileImport size={16} />}
            onClick={() => setImportOpen((o) => !o)}
            data-testid="toggle-holiday-import"
          >
            {t('people.calendar.import')}
          </Button>
          <Collapse expanded={importOpen}>
            <Text size="sm" c="dimmed" my="xs">
              {t('people.calendar.importHelp')}
            </Text>
            <Textarea
              label={t('people.import.csv')}
              dir="ltr"
              autosize
              minRows={4}
              styles={{ input: { fontFamily: 'monospace' } }}
              value={csv}
              onChange={(e) => {
                importer.reset();
                setCsv(e.currentTarget.value);
              }}
              data-testid="holiday-csv"
            />
            <Button mt="sm" onClick={() => importer.mutate(csv)} disabled={!csv.trim()} loading={importer.isPending} data-testid="run-holiday-import">
              {t('people.import.run')}
            </Button>
            <ErrorAlert error={importer.error} />
            {importer.data && <ImportReportView report={importer.data} doneKey="people.calendar.imported" />}
          </Collapse>
        </Card>
      )}
    </>
  );
}
