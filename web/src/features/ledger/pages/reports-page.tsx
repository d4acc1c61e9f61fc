import { Tabs } from '@mantine/core';
import { useNavigate, useSearch } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { useMe } from '../../auth/api/get-me';
import { LedgerPage } from '../components/ledger-page';
import { todayIn } from '../dates';
import { REPORTS, type ReportKey, type ReportsSearch } from '../report-search';
import { BalanceSheetView } from '../reports/balance-sheet-view';
import { IncomeStatementView } from '../reports/income-statement-view';
import { RegisterView } from '../reports/register-view';
import { monthEnd, monthStart } from '../reports/report-dates';
import { TrendView } from '../reports/trend-view';
import { TrialRangeView } from '../reports/trial-range-view';

/**
 * The ledger's reports as tabs, every filter in the address: income statement, balance sheet,
 * monthly trend, trial balance for a range and an account's register. Every figure drills down.
 */
export function ReportsPage() {
  const { t } = useTranslation();
  const { data: me } = useMe();
  const search = useSearch({ from: '/app/ledger/reports' });
  const navigate = useNavigate({ from: '/ledger/reports' });
  const today = todayIn(me?.company?.timeZone);
  const report: ReportKey = search.report ?? 'income';
  const from = search.from ?? monthStart(today);
  const to = search.to ?? (search.from ? today : monthEnd(today));
  const asOf = search.asOf ?? today;
  const dim = { dim1: search.dim1, dim2: search.dim2, dim3: search.dim3 };
  const update = (patch: Partial<ReportsSearch>) => navigate({ search: (prev) => ({ ...prev, ...patch }), replace: true });

  return (
    <LedgerPage title={t('ledger.reports.title')}>
      <Tabs value={report} onChange={(v) => v && navigate({ search: (prev) => ({ ...prev, report: v as ReportKey }) })} keepMounted={false}>
        <Tabs.List mb="md" style={{ flexWrap: 'nowrap', overflowX: 'auto', overflowY: 'hidden' }}>
          {REPORTS.map((r) => (
            <Tabs.Tab key={r} value={r} data-testid={`tab-${r}`} style={{ whiteSpace: 'nowrap' }}>
              {t(`ledger.reports.tabs.${r}`)}
            </Tabs.Tab>
          ))}
        </Tabs.List>
        <Tabs.Panel value="income">
          <IncomeStatementView from={from} to={to} dim={dim} onChange={update} />
        </Tabs.Panel>
        <Tabs.Panel value="balance">
          <BalanceSheetView asOf={asOf} dim={dim} onChange={update} />
        </Tabs.Panel>
        <Tabs.Panel value="trend">
          <TrendView to={search.to ?? today} dim={dim} onChange={update} />
        </Tabs.Panel>
        <Tabs.Panel value="trial">
          <TrialRangeView from={from} to={to} dim={dim} onChange={update} />
        </Tabs.Panel>
        <Tabs.Panel value="register">
          <RegisterView accountId={search.accountId} from={from} to={to} dim={dim} onChange={update} />
        </Tabs.Panel>
      </Tabs>
    </LedgerPage>
  );
}
