import { Badge, Tooltip } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatAmount } from '../../ledger/money';
import type { Statement } from '../types';

const COLORS: Record<Statement['continuity'], string> = { ok: 'teal', first: 'blue', unknown: 'gray', overlap: 'yellow', gap: 'red' };

/** Whether a statement's opening balance follows on from the previous closing balance. */
export function ContinuityBadge({ statement }: { statement: Statement }) {
  const { t } = useTranslation();
  const badge = (
    <Badge color={COLORS[statement.continuity]} variant="light" tt="none" data-testid="continuity" data-continuity={statement.continuity}>
      {statement.continuity === 'gap' && statement.gap
        ? t('banking.continuity.gapOf', { amount: `\u2066${formatAmount(statement.gap)}\u2069` })
        : t(`banking.continuity.${statement.continuity}`)}
    </Badge>
  );
  return (
    <Tooltip label={t(`banking.continuity.help.${statement.continuity}`)} multiline w={260}>
      {badge}
    </Tooltip>
  );
}
