import { Button, Card, Group, Select, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/error-alert';
import { useBuildFromActuals } from '../api/build-from-actuals';
import { groupedAccountOptions, usePostableAccounts } from '../api/get-postable-accounts';
import { useSpreadAmount } from '../api/spread-amount';

/** Seasonal profiles: one weight per month of the fiscal year. */
const PROFILES: Record<string, number[]> = {
  quarterEnd: [1, 1, 2, 1, 1, 2, 1, 1, 2, 1, 1, 2],
  yearEnd: [1, 1, 1, 1, 1, 1, 1, 1, 1, 1.5, 2, 3],
  summer: [1, 1, 1, 1, 1.5, 2, 2, 2, 1.5, 1, 1, 1],
};

/** Entry helpers of a draft: last year's actuals + N %, and a yearly total spread evenly over the months. */
export function GridTools({ budgetId }: { budgetId: string }) {
  const { t, i18n } = useTranslation();
  const accounts = usePostableAccounts();
  const fromActuals = useBuildFromActuals();
  const spread = useSpreadAmount();
  const [percent, setPercent] = useState('5');
  const [accountId, setAccountId] = useState<string | null>(null);
  const [total, setTotal] = useState('');
  const [profile, setProfile] = useState('even');
  const [custom, setCustom] = useState('');
  const weights = (): number[] | undefined => {
    if (profile === 'even') return undefined;
    if (profile === 'custom')
      return custom
        .split(/[,،\s]+/)
        .filter(Boolean)
        .map(Number);
    return PROFILES[profile];
  };
  const customBad = profile === 'custom' && (weights()?.length !== 12 || weights()?.some((w) => !Number.isFinite(w) || w < 0));
  return (
    <Card withBorder mb="md">
      <Group align="end" wrap="wrap">
        <TextInput label={t('budgets.percent')} w={110} dir="ltr" value={percent} onChange={(e) => setPercent(e.currentTarget.value)} data-testid="percent" />
        <Button variant="light" loading={fromActuals.isPending} onClick={() => fromActuals.mutate({ id: budgetId, percent })} data-testid="from-actuals">
          {t('budgets.fromActuals')}
        </Button>
        <Select
          label={t('budgets.account')}
          searchable
          w={280}
          data={groupedAccountOptions(accounts.data ?? [], i18n.language, (type) => t(`ledger.reports.sections.${type}`))}
          value={accountId}
          onChange={setAccountId}
          data-testid="spread-account"
        />
        <TextInput
          label={t('budgets.yearlyTotal')}
          w={140}
          dir="ltr"
          value={total}
          onChange={(e) => setTotal(e.currentTarget.value)}
          data-testid="spread-total"
        />
        <Select
          label={t('budgets.profile')}
          w={190}
          data={['even', ...Object.keys(PROFILES), 'custom'].map((p) => ({ value: p, label: t(`budgets.profiles.${p}`) }))}
          value={profile}
          onChange={(v) => v && setProfile(v)}
          data-testid="spread-profile"
        />
        {profile === 'custom' && (
          <TextInput
            label={t('budgets.weights')}
            w={260}
            dir="ltr"
            placeholder="1,1,1,1,1,1,1,1,1,1,2,3"
            value={custom}
            error={custom !== '' && customBad}
            onChange={(e) => setCustom(e.currentTarget.value)}
            data-testid="spread-weights"
          />
        )}
        <Button
          variant="light"
          disabled={!accountId || !total || customBad}
          loading={spread.isPending}
          onClick={() => accountId && spread.mutate({ id: budgetId, accountId, total, profile: weights() }, { onSuccess: () => setTotal('') })}
          data-testid="spread"
        >
          {t('budgets.spread')}
        </Button>
      </Group>
      <ErrorAlert error={fromActuals.error ?? spread.error} />
    </Card>
  );
}
