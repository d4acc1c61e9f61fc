import { Badge, Group, Stack, Text } from '@mantine/core';
import { IconCheck, IconScale } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { refusalText } from '../../../lib/refusal-text';
import type { CurrencyBalance } from '../entry-draft';
import { isZeroDecimal } from '../money';
import type { Imbalance } from '../types';
import { Amount } from './amount';
import { Balance } from './balance';
import classes from './entry-form.module.css';

/**
 * The running balance of the entry, one row per currency (and the base currency when lines are
 * foreign), kept in view at the foot of the form. The server's UNBALANCED answer is shown beside
 * the currency it names.
 */
export function ImbalancePanel({ balances, refused }: { balances: CurrencyBalance[]; refused: Imbalance[] }) {
  const { t } = useTranslation();
  const balanced = balances.every((b) => b.balanced);
  const empty = balances.every((b) => isZeroDecimal(b.debit) && isZeroDecimal(b.credit));
  return (
    <div className={classes.imbalance} data-testid="imbalance" data-balanced={balanced && !empty ? 'true' : 'false'} aria-live="polite">
      <Stack gap={6}>
        {balances.map((b) => {
          const server = refused.find((r) => r.currency === b.currency && r.base === b.base);
          return (
            <Group key={`${b.currency}-${b.base}`} gap="md" wrap="wrap" data-testid={`imbalance-${b.currency}${b.base ? '-base' : ''}`}>
              <Badge
                size="lg"
                variant={b.balanced ? 'light' : 'filled'}
                color={empty ? 'gray' : b.balanced ? 'teal' : 'red'}
                leftSection={b.balanced && !empty ? <IconCheck size={14} /> : <IconScale size={14} />}
              >
                {b.base ? t('ledger.form.baseCurrency', { currency: b.currency }) : b.currency}
              </Badge>
              <Text size="sm">
                {t('ledger.form.debits')} <Amount value={b.debit} fw={600} />
              </Text>
              <Text size="sm">
                {t('ledger.form.credits')} <Amount value={b.credit} fw={600} />
              </Text>
              <Text size="md" fw={700} c={b.balanced ? 'teal.8' : 'red.8'} data-testid="imbalance-difference">
                {empty ? '' : b.balanced ? t('ledger.form.balanced') : t('ledger.form.difference')} {!b.balanced && <Balance value={b.difference} fw={700} />}
              </Text>
              {server && (
                <Text size="sm" c="red.8" role="alert" data-testid="server-unbalanced">
                  {refusalText(t, server)}
                </Text>
              )}
            </Group>
          );
        })}
        {refused
          .filter((r) => !balances.some((b) => b.currency === r.currency && b.base === r.base))
          .map((r) => (
            <Text key={`${r.currency}-${r.base}`} size="sm" c="red.8" role="alert" data-testid="server-unbalanced">
              {refusalText(t, r)}
            </Text>
          ))}
      </Stack>
    </div>
  );
}
