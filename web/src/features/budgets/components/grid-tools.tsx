import { Button, Card, Group, Select, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/error-alert';
import { useBuildFromActuals } from '../api/build-from-actuals';
import { usePostableAccounts } from '../api/get-postable-accounts';
import { useSpreadAmount } from '../api/spread-amount';

/** Entry helpers of a draft: last year's actuals + N %, and a yearly total spread evenly over the months. */
export function GridTools({ budgetId }: { budgetId: string }) {
  const { t, i18n } = useTranslation();
  const accounts = usePostableAccounts();
  const fromActuals = useBuildFromActuals();
  const spread = useSpreadAmount();
  const [percent, setPercent] = useState('5');
  const [accountId, setAccountId] = useState<string | null>(null);
  const [total, setTotal] = useState('');
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
          data={(accounts.data ?? []).map((a) => ({ value: a.id, label: `${a.code} ${i18n.language === 'ar' ? a.nameAr : a.nameEn}` }))}
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
        <Button
          variant="light"
          disabled={!accountId || !total}
          loading={spread.isPending}
          onClick={() => accountId && spread.mutate({ id: budgetId, accountId, total }, { onSuccess: () => setTotal('') })}
          data-testid="spread"
        >
          {t('budgets.spread')}
        </Button>
      </Group>
      <ErrorAlert error={fromActuals.error ?? spread.error} />
    </Card>
  );
}
