import { Button, Card, Group, NumberInput, Radio, Select, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/error-alert';
import { useUpdateBankAccount } from '../api/bank-accounts';
import { type BankAccount, CSV_DATE_FORMATS, CSV_DELIMITERS, CSV_ENCODINGS, CSV_THOUSANDS, type CsvMapping } from '../types';
import { fieldErrors } from './field-errors';

const DELIMITER_KEYS: Record<string, string> = { ',': 'comma', ';': 'semicolon', '\t': 'tab', '|': 'pipe' };
const THOUSANDS_KEYS: Record<string, string> = { '': 'none', ',': 'comma', '.': 'dot', ' ': 'space', "'": 'apostrophe' };

const DEFAULTS: CsvMapping = {
  delimiter: ',',
  encoding: 'utf-8',
  skipRows: 1,
  dateFormat: 'YYYY-MM-DD',
  decimal: '.',
  thousands: '',
  dateColumn: 1,
  amountColumn: 3,
  textColumns: [2],
};

/** "3, 4" → [3, 4]; anything that is not a whole number ≥ 1 is dropped. */
const columnsOf = (text: string): number[] =>
  text
    .split(/[,،\s]+/)
    .map((s) => Number(s))
    .filter((n) => Number.isInteger(n) && n >= 1);

type ColumnKey = 'dateColumn' | 'valueDateColumn' | 'amountColumn' | 'debitColumn' | 'creditColumn' | 'referenceColumn' | 'counterpartyColumn';

/**
 * How to read this bank's CSV export, saved on the bank account: delimiter, encoding (Windows-1256
 * for Arabic exports), date format, decimal and thousands separators, header rows to skip, and the
 * columns (numbered from 1): one signed amount column or separate debit and credit columns.
 */
export function CsvMappingForm({ account }: { account: BankAccount }) {
  const { t } = useTranslation();
  const update = useUpdateBankAccount();
  const [m, setM] = useState<CsvMapping>(account.csvMapping ?? DEFAULTS);
  const [texts, setTexts] = useState((account.csvMapping ?? DEFAULTS).textColumns.join(', '));
  const [mode, setMode] = useState<'signed' | 'split'>(account.csvMapping?.debitColumn ? 'split' : 'signed');
  const set = (patch: Partial<CsvMapping>) => setM({ ...m, ...patch });
  const errors = fieldErrors(update.error);
  const err = (key: string) => errors[`csvMapping.${key}`];

  const column = (key: ColumnKey, required = false) => (
    <NumberInput
      label={t(`banking.csv.${key}`)}
      min={1}
      max={200}
      allowDecimal={false}
      required={required}
      value={m[key] ?? ''}
      error={err(key)}
      onChange={(v) => set({ [key]: typeof v === 'number' ? v : undefined })}
      data-testid={`csv-${key}`}
    />
  );

  const save = () => {
    const mapping: CsvMapping = { ...m, textColumns: columnsOf(texts) };
    if (mode === 'signed') {
      delete mapping.debitColumn;
      delete mapping.creditColumn;
    } else delete mapping.amountColumn;
    for (const key of Object.keys(mapping) as (keyof CsvMapping)[]) if (mapping[key] === undefined) delete mapping[key];
    update.mutate({ id: account.id, csvMapping: mapping });
  };

  return (
    <Card withBorder padding="md" data-testid="csv-mapping">
      <Title order={2} size="h4" mb={4}>
        {t('banking.csv.title')}
      </Title>
      <Text size="sm" c="dimmed" mb="md">
        {t('banking.csv.hint')}
      </Text>
      <Stack gap="md">
        <SimpleGrid cols={{ base: 1, xs: 2, md: 3 }}>
          <Select
            label={t('banking.csv.delimiter')}
            allowDeselect={false}
            data={CSV_DELIMITERS.map((d) => ({ value: d, label: t(`banking.csv.delimiters.${DELIMITER_KEYS[d]}`) }))}
            value={m.delimiter}
            onChange={(v) => v && set({ delimiter: v as CsvMapping['delimiter'] })}
            data-testid="csv-delimiter"
          />
          <Select
            label={t('banking.csv.encoding')}
            allowDeselect={false}
            data={CSV_ENCODINGS.map((e) => ({ value: e, label: t(`banking.csv.encodings.${e}`) }))}
            value={m.encoding}
            onChange={(v) => v && set({ encoding: v as CsvMapping['encoding'] })}
            data-testid="csv-encoding"
          />
          <Select
            label={t('banking.csv.dateFormat')}
            allowDeselect={false}
            data={[...CSV_DATE_FORMATS]}
            value={m.dateFormat}
            onChange={(v) => v && set({ dateFormat: v as CsvMapping['dateFormat'] })}
            data-testid="csv-date-format"
          />
          <Select
            label={t('banking.csv.decimal')}
            allowDeselect={false}
            data={[
              { value: '.', label: t('banking.csv.separators.dot') },
              { value: ',', label: t('banking.csv.separators.comma') },
            ]}
            value={m.decimal}
            onChange={(v) => v && set({ decimal: v as CsvMapping['decimal'] })}
            data-testid="csv-decimal"
          />
          <Select
            label={t('banking.csv.thousands')}
            allowDeselect={false}
            data={CSV_THOUSANDS.map((s) => ({ value: s === '' ? 'none' : s, label: t(`banking.csv.separators.${THOUSANDS_KEYS[s]}`) }))}
            value={m.thousands === '' ? 'none' : m.thousands}
            error={err('thousands')}
            onChange={(v) => v && set({ thousands: (v === 'none' ? '' : v) as CsvMapping['thousands'] })}
            data-testid="csv-thousands"
          />
          <NumberInput
            label={t('banking.csv.skipRows')}
            description={t('banking.csv.skipRowsHint')}
            min={0}
            max={50}
            allowDecimal={false}
            value={m.skipRows}
            onChange={(v) => set({ skipRows: typeof v === 'number' ? v : 0 })}
            data-testid="csv-skip-rows"
          />
        </SimpleGrid>
        <Radio.Group label={t('banking.csv.amounts')} value={mode} onChange={(v) => setMode(v as 'signed' | 'split')} data-testid="csv-amount-mode">
          <Group gap="lg" mt={4}>
            <Radio value="signed" label={t('banking.csv.signed')} />
            <Radio value="split" label={t('banking.csv.split')} />
          </Group>
        </Radio.Group>
        <SimpleGrid cols={{ base: 1, xs: 2, md: 4 }}>
          {column('dateColumn', true)}
          {column('valueDateColumn')}
          {mode === 'signed' ? column('amountColumn', true) : column('debitColumn', true)}
          {mode === 'split' && column('creditColumn', true)}
          <TextInput
            label={t('banking.csv.textColumns')}
            description={t('banking.csv.textColumnsHint')}
            dir="ltr"
            value={texts}
            error={err('textColumns')}
            onChange={(e) => setTexts(e.currentTarget.value)}
            data-testid="csv-textColumns"
          />
          {column('referenceColumn')}
          {column('counterpartyColumn')}
        </SimpleGrid>
        <ErrorAlert error={update.error} />
        {update.isSuccess && (
          <Text size="sm" c="teal" role="status" data-testid="csv-saved">
            {t('banking.csv.saved')}
          </Text>
        )}
        <Group gap="sm">
          <Button onClick={save} loading={update.isPending} data-testid="csv-save">
            {t('banking.csv.save')}
          </Button>
          {account.csvMapping && (
            <Button variant="default" onClick={() => update.mutate({ id: account.id, csvMapping: null })} disabled={update.isPending}>
              {t('banking.csv.remove')}
            </Button>
          )}
        </Group>
      </Stack>
    </Card>
  );
}
