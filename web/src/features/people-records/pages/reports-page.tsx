import { Button, Card, Group, SimpleGrid, Table, Tabs, Text, TextInput, Title } from '@mantine/core';
import { IconDownload } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/error-alert';
import { ForbiddenNotice } from '../../../components/forbidden-notice';
import { LoadingState } from '../../../components/loading-state';
import { PageTitle } from '../../../components/page-title';
import { formatNumber } from '../../../lib/format';
import { useMe } from '../../auth/api/get-me';
import { hasPermission } from '../../auth/types';
import { nameIn } from '../../people/types';
import { type ReportKind, useExportReport, useHeadcount, useLeaveReport, useTurnover } from '../api/reports';
import { monthLabel, ReportChart } from '../components/report-chart';
import type { TurnoverFigures } from '../types';

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;
const monthEnd = (m: string) => {
  const [y, mo] = m.split('-').map(Number) as [number, number];
  return `${m}-${String(new Date(Date.UTC(y, mo, 0)).getUTCDate()).padStart(2, '0')}`;
};
const thisMonth = () => new Date().toISOString().slice(0, 7);
const yearAgo = () => {
  const d = new Date();
  d.setUTCDate(1);
  d.setUTCMonth(d.getUTCMonth() - 11);
  return d.toISOString().slice(0, 7);
};

function Stat({ label, value, testId }: { label: string; value: string; testId?: string }) {
  return (
    <Card withBorder p="sm">
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text fw={700} size="xl" data-testid={testId}>
        {value}
      </Text>
    </Card>
  );
}

function Headcount({ range }: { range: { from: string; to: string } }) {
  const { t, i18n } = useTranslation();
  const r = useHeadcount(range, true);
  if (r.isPending) return <LoadingState />;
  if (!r.data) return <ErrorAlert error={r.error} />;
  const depts = r.data.departments;
  const rows = r.data.months.map((m, i) => {
    const row: Record<string, string | number> = { month: monthLabel(m.month), joiners: m.joiners, leavers: m.leavers };
    depts.forEach((d, j) => {
      row[`d${j}`] = d.months[i]?.headcount ?? 0;
    });
    return row;
  });
  return (
    <SimpleGrid cols={{ base: 1, lg: 2 }}>
      <Card withBorder>
        <Title order={2} size="h5" mb="sm">
          {t('peopleRecords.reports.headcountByDepartment')}
        </Title>
        <ReportChart
          rows={rows}
          dataKey="month"
          stacked
          series={depts.map((d, j) => ({ name: `d${j}`, label: nameIn(i18n.language, d.departmentName) }))}
          label={t('peopleRecords.reports.headcountByDepartment')}
          testId="headcount-chart"
        />
      </Card>
      <Card withBorder>
        <Title order={2} size="h5" mb="sm">
          {t('peopleRecords.reports.joinersLeavers')}
        </Title>
        <ReportChart
          rows={rows}
          dataKey="month"
          series={[
            { name: 'joiners', label: t('peopleRecords.reports.joiners') },
            { name: 'leavers', label: t('peopleRecords.reports.leavers') },
          ]}
          label={t('peopleRecords.reports.joinersLeavers')}
          testId="movements-chart"
        />
      </Card>
      <Table.ScrollContainer minWidth={400}>
        <Table striped data-testid="headcount-table">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('peopleRecords.reports.month')}</Table.Th>
              <Table.Th ta="end">{t('peopleRecords.reports.headcount')}</Table.Th>
              <Table.Th ta="end">{t('peopleRecords.reports.joiners')}</Table.Th>
              <Table.Th ta="end">{t('peopleRecords.reports.leavers')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {r.data.months.map((m) => (
              <Table.Tr key={m.month}>
                <Table.Td>{monthLabel(m.month)}</Table.Td>
                <Table.Td ta="end">{formatNumber(m.headcount)}</Table.Td>
                <Table.Td ta="end">{formatNumber(m.joiners)}</Table.Td>
                <Table.Td ta="end">{formatNumber(m.leavers)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </SimpleGrid>
  );
}

function Turnover({ range }: { range: { from: string; to: string } }) {
  const { t, i18n } = useTranslation();
  const r = useTurnover(range, true);
  if (r.isPending) return <LoadingState />;
  if (!r.data) return <ErrorAlert error={r.error} />;
  const rate = (f: TurnoverFigures) => (f.rate === null ? '—' : formatNumber(Number(f.rate) / 100, { style: 'percent', maximumFractionDigits: 1 }));
  const tot = r.data.total;
  return (
    <>
      <SimpleGrid cols={{ base: 2, sm: 4 }} mb="md">
        <Stat label={t('peopleRecords.reports.turnoverRate')} value={rate(tot)} testId="turnover-rate" />
        <Stat label={t('peopleRecords.reports.averageHeadcount')} value={formatNumber(Number(tot.averageHeadcount), { maximumFractionDigits: 1 })} />
        <Stat label={t('peopleRecords.reports.joiners')} value={formatNumber(tot.joiners)} />
        <Stat label={t('peopleRecords.reports.leavers')} value={formatNumber(tot.leavers)} />
      </SimpleGrid>
      <Card withBorder mb="md">
        <Title order={2} size="h5" mb="sm">
          {t('peopleRecords.reports.monthlyTurnover')}
        </Title>
        <ReportChart
          rows={r.data.monthly.map((m) => ({ month: monthLabel(m.month), rate: Number(m.rate ?? 0) }))}
          dataKey="month"
          series={[{ name: 'rate', label: t('peopleRecords.reports.turnoverRate') }]}
          label={t('peopleRecords.reports.monthlyTurnover')}
          testId="turnover-chart"
        />
      </Card>
      <Table.ScrollContainer minWidth={520}>
        <Table striped data-testid="turnover-table">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('peopleRecords.fields.department')}</Table.Th>
              <Table.Th ta="end">{t('peopleRecords.reports.averageHeadcount')}</Table.Th>
              <Table.Th ta="end">{t('peopleRecords.reports.joiners')}</Table.Th>
              <Table.Th ta="end">{t('peopleRecords.reports.leavers')}</Table.Th>
              <Table.Th ta="end">{t('peopleRecords.reports.turnoverRate')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {r.data.departments.map((d) => (
              <Table.Tr key={d.departmentId ?? 'none'}>
                <Table.Td>{nameIn(i18n.language, d.departmentName)}</Table.Td>
                <Table.Td ta="end">{formatNumber(Number(d.averageHeadcount), { maximumFractionDigits: 1 })}</Table.Td>
                <Table.Td ta="end">{formatNumber(d.joiners)}</Table.Td>
                <Table.Td ta="end">{formatNumber(d.leavers)}</Table.Td>
                <Table.Td ta="end">{rate(d)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </>
  );
}

function Leave({ range }: { range: { from: string; to: string } }) {
  const { t, i18n } = useTranslation();
  const r = useLeaveReport(range, true);
  if (r.isPending) return <LoadingState />;
  if (!r.data) return <ErrorAlert error={r.error} />;
  const lang = i18n.language;
  const types = [...new Map(r.data.rows.map((x) => [x.leaveTypeId, x.leaveTypeName])).entries()];
  const byDept = new Map<string, Record<string, string | number>>();
  for (const x of r.data.rows) {
    const key = nameIn(lang, x.departmentName);
    const row = byDept.get(key) ?? { department: key };
    row[x.leaveTypeId] = x.taken;
    byDept.set(key, row);
  }
  return (
    <>
      <Card withBorder mb="md">
        <Title order={2} size="h5" mb="sm">
          {t('peopleRecords.reports.leaveTaken')}
        </Title>
        <ReportChart
          rows={[...byDept.values()]}
          dataKey="department"
          stacked
          series={types.map(([id, name]) => ({ name: id, label: nameIn(lang, name) }))}
          label={t('peopleRecords.reports.leaveTaken')}
          testId="leave-chart"
        />
      </Card>
      <Table.ScrollContainer minWidth={520}>
        <Table striped data-testid="leave-table">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('peopleRecords.reports.leaveType')}</Table.Th>
              <Table.Th>{t('peopleRecords.fields.department')}</Table.Th>
              <Table.Th ta="end">{t('peopleRecords.reports.employees')}</Table.Th>
              <Table.Th ta="end">{t('peopleRecords.reports.daysTaken')}</Table.Th>
              <Table.Th ta="end">{t('peopleRecords.reports.balance')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {r.data.rows.map((x) => (
              <Table.Tr key={`${x.leaveTypeId}-${x.departmentId}`}>
                <Table.Td>{nameIn(lang, x.leaveTypeName)}</Table.Td>
                <Table.Td>{nameIn(lang, x.departmentName)}</Table.Td>
                <Table.Td ta="end">{formatNumber(x.employees)}</Table.Td>
                <Table.Td ta="end">{formatNumber(x.taken, { maximumFractionDigits: 2 })}</Table.Td>
                <Table.Td ta="end">{formatNumber(x.balance, { maximumFractionDigits: 2 })}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </>
  );
}

/** HR reports: headcount by department per month, turnover, leave taken and balances; charts and CSV/XLSX export. */
export function PeopleReportsPage() {
  const { t, i18n } = useTranslation();
  const { data: me } = useMe();
  const [from, setFrom] = useState(yearAgo);
  const [to, setTo] = useState(thisMonth);
  const [tab, setTab] = useState<ReportKind>('headcount');
  const exporter = useExportReport();
  if (!hasPermission(me, 'people.read')) return <ForbiddenNotice />;
  const valid = MONTH.test(from) && MONTH.test(to) && from <= to;
  const range = { from, to };
  const fileRange = tab === 'leave' ? { from: `${from}-01`, to: monthEnd(to) } : range;
  const download = (format: 'csv' | 'xlsx') => exporter.mutate({ kind: tab, format, lang: i18n.language, ...fileRange });
  return (
    <>
      <PageTitle
        actions={
          <>
            <Button
              variant="default"
              leftSection={<IconDownload size={16} />}
              disabled={!valid}
              loading={exporter.isPending}
              onClick={() => download('csv')}
              data-testid="export-report-csv"
            >
              CSV
            </Button>
            <Button
              variant="default"
              leftSection={<IconDownload size={16} />}
              disabled={!valid}
              loading={exporter.isPending}
              onClick={() => download('xlsx')}
              data-testid="export-report-xlsx"
            >
              XLSX
            </Button>
          </>
        }
      >
        {t('peopleRecords.reports.title')}
      </PageTitle>
      <Group mb="md" align="end">
        <TextInput
          type="month"
          label={t('peopleRecords.reports.from')}
          value={from}
          onChange={(e) => setFrom(e.currentTarget.value)}
          dir="ltr"
          data-testid="report-from"
        />
        <TextInput
          type="month"
          label={t('peopleRecords.reports.to')}
          value={to}
          onChange={(e) => setTo(e.currentTarget.value)}
          dir="ltr"
          data-testid="report-to"
          error={valid ? undefined : t('peopleRecords.reports.badRange')}
        />
      </Group>
      <ErrorAlert error={exporter.error} />
      <Tabs value={tab} onChange={(v) => setTab((v as ReportKind) ?? 'headcount')} keepMounted={false}>
        <Tabs.List mb="md">
          <Tabs.Tab value="headcount" data-testid="tab-headcount">
            {t('peopleRecords.reports.headcount')}
          </Tabs.Tab>
          <Tabs.Tab value="turnover" data-testid="tab-turnover">
            {t('peopleRecords.reports.turnover')}
          </Tabs.Tab>
          <Tabs.Tab value="leave" data-testid="tab-leave">
            {t('peopleRecords.reports.leave')}
          </Tabs.Tab>
        </Tabs.List>
        {valid && (
          <>
            <Tabs.Panel value="headcount">
              <Headcount range={range} />
            </Tabs.Panel>
            <Tabs.Panel value="turnover">
              <Turnover range={range} />
            </Tabs.Panel>
            <Tabs.Panel value="leave">
              <Leave range={{ from: `${from}-01`, to: monthEnd(to) }} />
            </Tabs.Panel>
          </>
        )}
      </Tabs>
    </>
  );
}
