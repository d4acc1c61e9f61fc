import { Text, type TextProps } from '@mantine/core';
import { formatAmount, isNegativeDecimal } from '../money';

type Props = TextProps & { value: string; currency?: string; 'data-testid'?: string };

/**
 * A decimal string from the API with grouping separators. Digits read left to right in both
 * languages (an isolated LTR run), so a minus sign stays in front of the number in Arabic.
 */
export function Amount({ value, currency, ...props }: Props) {
  return (
    <Text
      component="span"
      dir="ltr"
      size="sm"
      c={isNegativeDecimal(value) ? 'red.8' : undefined}
      style={{ unicodeBidi: 'isolate', fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' }}
      {...props}
    >
      {formatAmount(value)}
      {currency ? ` ${currency}` : ''}
    </Text>
  );
}
