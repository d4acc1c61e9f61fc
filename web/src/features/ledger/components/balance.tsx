import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { absDecimal, isNegativeDecimal, isZeroDecimal } from '../money';
import { Amount } from './amount';

/** A signed balance (debit positive) shown as an amount with its side, Dr or Cr, as accountants read it. */
export function Balance({ value, fw }: { value: string; fw?: number }) {
  const { t } = useTranslation();
  if (isZeroDecimal(value)) return <Amount value={absDecimal(value)} c="dimmed" fw={fw} />;
  return (
    <Text component="span" size="sm" style={{ whiteSpace: 'nowrap' }}>
      <Amount value={absDecimal(value)} fw={fw} />{' '}
      <Text component="span" size="xs" c="dimmed">
        {isNegativeDecimal(value) ? t('ledger.cr') : t('ledger.dr')}
      </Text>
    </Text>
  );
}
