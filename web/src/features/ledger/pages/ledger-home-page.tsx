import { Alert, Button, Card, Group, SimpleGrid, Text, ThemeIcon } from '@mantine/core';
import {
  IconAlertTriangle,
  IconBook2,
  IconCalendarStats,
  IconChartBar,
  IconCurrencyDollar,
  IconFilePlus,
  IconFileUpload,
  IconHierarchy2,
  IconListDetails,
  IconScale,
} from '@tabler/icons-react';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/error-alert';
import { LoadingState } from '../../../components/loading-state';
import { useMe } from '../../auth/api/get-me';
import { hasPermission } from '../../auth/types';
import { useAccountTree } from '../api/get-account-tree';
import { useLedgerSettings } from '../api/get-settings';
import { useInstallDefaultChart } from '../api/install-default-chart';
import { LedgerPage } from '../components/ledger-page';

const pages = [
  { key: 'chart', to: '/ledger/accounts', icon: IconBook2 },
  { key: 'newEntry', to: '/ledger/entries/new', icon: IconFilePlus, permission: 'ledger.write|ledger.post' },
  { key: 'entries', to: '/ledger/entries', icon: IconListDetails },
  { key: 'trialBalance', to: '/ledger/trial-balance', icon: IconScale },
  { key: 'periods', to: '/ledger/periods', icon: IconCalendarStats },
  { key: 'reports', to: '/ledger/reports', icon: IconChartBar },
  { key: 'checks', to: '/ledger/checks', icon: IconAlertTriangle },
  { key: 'import', to: '/ledger/import', icon: IconFileUpload, permission: 'ledger.post' },
  { key: 'rates', to: '/ledger/exchange-rates', icon: IconCurrencyDollar },
  { key: 'dimensions', to: '/ledger/dimensions', icon: IconHierarchy2, permission: 'ledger.admin' },
] as const;

/** The ledger's front page: where to go, and the default chart for a company that has none yet. */
export function LedgerHomePage() {
  const { t } = useTranslation();
  const { data: me } = useMe();
  const canRead = hasPermission(me, 'ledger.read');
  const tree = useAccountTree(canRead);
  const settings = useLedgerSettings(canRead);
  const install = useInstallDefaultChart();
  const isAdmin = hasPermission(me, 'ledger.admin');
  const noChart = tree.data?.items.length === 0;
  const allowed = (permission?: string) => !permission || permission.split('|').some((p) => hasPermission(me, p));

  return (
    <LedgerPage title={t('ledger.home.title')} home>
      {tree.isPending && <LoadingState />}
      <ErrorAlert error={tree.error} />
      {noChart && (
        <Alert color="yellow" title={t('ledger.home.noChartTitle')} mb="lg" data-testid="no-chart">
          <Text size="sm" mb={isAdmin ? 'sm' : 0}>
            {isAdmin ? t('ledger.home.noChartAdmin') : t('ledger.home.noChartAsk')}
          </Text>
          {isAdmin && (
            <Button onClick={() => install.mutate()} loading={install.isPending} data-testid="install-chart">
              {t('ledger.home.installChart')}
            </Button>
          )}
        </Alert>
      )}
      {install.data && (
        <Alert color="teal" mb="lg" role="status" data-testid="chart-installed">
          {t('ledger.home.installed', { accounts: install.data.accounts, journals: install.data.journals })}
        </Alert>
      )}
      {settings.data && (
        <Text size="sm" c="dimmed" mb="md" data-testid="ledger-facts">
          {t('ledger.home.facts', { currency: settings.data.baseCurrency })}
          {settings.data.lockDate ? ` · ${t('ledger.home.lockedTo', { date: settings.data.lockDate })}` : ''}
        </Text>
      )}
      <SimpleGrid cols={{ base: 1, xs: 2, md: 3 }}>
        {pages
          .filter((p) => allowed('permission' in p ? p.permission : undefined))
          .map((p) => {
            const Icon = p.icon;
            return (
              <Card key={p.key} component={Link} to={p.to} withBorder padding="lg" data-testid={`ledger-${p.key}`}>
                <Group wrap="nowrap" align="flex-start">
                  <ThemeIcon size="lg" variant="light">
                    <Icon size={22} stroke={1.6} />
                  </ThemeIcon>
                  <div>
                    <Text fw={600}>{t(`ledger.home.${p.key}`)}</Text>
                    <Text size="sm" c="dimmed">
                      {t(`ledger.home.${p.key}Hint`)}
                    </Text>
                  </div>
                </Group>
              </Card>
            );
          })}
      </SimpleGrid>
    </LedgerPage>
  );
}
