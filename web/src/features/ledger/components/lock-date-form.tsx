import { Button, Group, Paper, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/error-alert';
import { useMe } from '../../auth/api/get-me';
import { hasPermission } from '../../auth/types';
import { useSetLockDate } from '../api/set-lock-date';
import { isIsoDate } from '../dates';

/** Nothing dated on or before the lock date can be posted. Forward: ledger.close; back: ledger.admin. */
export function LockDateForm({ lockDate }: { lockDate: string | null }) {
  const { t } = useTranslation();
  const { data: me } = useMe();
  const setLock = useSetLockDate();
  const [value, setValue] = useState(lockDate ?? '');
  const canClose = hasPermission(me, 'ledger.close');
  return (
    <Paper withBorder p="md" mb="lg" data-testid="lock-date">
      <Text fw={600} mb={4}>
        {t('ledger.periods.lockDate')}
      </Text>
      <Text size="sm" c="dimmed" mb="sm">
        {lockDate ? t('ledger.periods.lockedTo', { date: lockDate }) : t('ledger.periods.noLock')} {t('ledger.periods.lockHint')}
      </Text>
      {canClose && (
        <form
          onSubmit={(e) => {
            e.preventDefault();
            if (isIsoDate(value)) setLock.mutate(value);
          }}
        >
          <Group align="flex-end" wrap="wrap">
            <TextInput
              label={t('ledger.periods.newLockDate')}
              type="date"
              value={value}
              onChange={(e) => setValue(e.currentTarget.value)}
              data-testid="lock-date-input"
            />
            <Button type="submit" disabled={!isIsoDate(value) || value === lockDate} loading={setLock.isPending}>
              {t('ledger.periods.setLock')}
            </Button>
            {lockDate && hasPermission(me, 'ledger.admin') && (
              <Button variant="default" onClick={() => setLock.mutate(null, { onSuccess: () => setValue('') })}>
                {t('ledger.periods.clearLock')}
              </Button>
            )}
          </Group>
        </form>
      )}
      <ErrorAlert error={setLock.error} />
    </Paper>
  );
}
