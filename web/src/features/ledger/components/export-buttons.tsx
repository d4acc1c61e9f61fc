import { Button, Group } from '@mantine/core';
import { IconDownload } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { type ExportableReport, useExportReport } from '../api/export-report';

type Props = { report: ExportableReport; query: Record<string, string | undefined>; fileName: string };

/** CSV and XLSX downloads of the report on screen, with the same filters, headers in the reader's language. */
export function ExportButtons({ report, query, fileName }: Props) {
  const { t, i18n } = useTranslation();
  const exporter = useExportReport();
  const lang = i18n.language === 'ar' ? 'ar' : 'en';
  return (
    <Group gap="xs">
      {(['csv', 'xlsx'] as const).map((format) => {
        const label = t(format === 'csv' ? 'ledger.reports.exportCsv' : 'ledger.reports.exportXlsx');
        return (
          <Button
            key={format}
            variant="default"
            size="sm"
            leftSection={<IconDownload size={16} />}
            loading={exporter.isPending && exporter.variables?.format === format}
            onClick={() => exporter.mutate({ report, format, lang, query, fileName })}
            aria-label={t('ledger.reports.exportLabel', { format: label })}
            data-testid={`export-${format}`}
          >
            {label}
          </Button>
        );
      })}
    </Group>
  );
}
