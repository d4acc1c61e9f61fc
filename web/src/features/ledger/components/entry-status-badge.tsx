import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { EntryStatus } from '../types';

export function EntryStatusBadge({ status, reversal }: { status: EntryStatus; reversal?: boolean }) {
  const { t, i18n } = useTranslation();
  return (
    <Badge variant={status === 'posted' ? 'light' : 'outline'} color={status === 'posted' ? 'teal' : 'gray'} tt={i18n.language === 'ar' ? 'none' : undefined}>
      {t(`ledger.status.${status}`)}
      {reversal ? ` · ${t('ledger.entry.reversal')}` : ''}
    </Badge>
  );
}
