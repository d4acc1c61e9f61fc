import { Button, Modal, Select, Table, Text, TextInput } from '@mantine/core';
import { IconPlus, IconUpload } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/error-alert';
import { FormStack } from '../../../components/form-stack';
import { LoadingState } from '../../../components/loading-state';
import { ApiError } from '../../../lib/api-error';
import { formatDateTime } from '../../../lib/format';
import { useMe } from '../../auth/api/get-me';
import { hasPermission } from '../../auth/types';
import { useCurrencies } from '../api/get-currencies';
import { useExchangeRates } from '../api/get-exchange-rates';
import { useLedgerSettings } from '../api/get-settings';
import { useSetExchangeRate } from '../api/set-exchange-rate';
import { LedgerPage } from '../components/ledger-page';
import { RatesImportModal } from '../components/rates-import-modal';
import { todayIn } from '../dates';
import { normalizeAmountInput } from '../money';

function AddRateModal({ opened, onClose, base }: { opened: boolean; onClose: () => void; base: string }) {
  const { t } = useTranslation();
  const { data: me } = useMe();
  const currencies = useCurrencies();
  const save = useSetExchangeRate();
  const [currency, setCurrency] = useState<string | null>(null);
  const [date, setDate] = useState(todayIn(me?.company?.timeZone));
  const [rate, setRate] = useState('');
  const close = () => {
    save.reset();
    setRate('');
    onClose();
  };
  const issue = (field: string) => (save.error instanceof ApiError ? save.error.fieldIssues.find((i) => i.path === field)?.message : undefined);
  return (
    <Modal opened={opened} onClose={close} title={t('ledger.rates.addTitle')}>
      <FormStack
        data-testid="rate-form"
        onSubmit={(e) => {
          e.preventDefault();
          if (currency) save.mutate({ currency, date, rate: normalizeAmountInput(rate) }, { onSuccess: close });
        }}
      >
        <Select
          label={t('ledger.rates.currency')}
          data={(currencies.data?.items ?? []).filter((c) => c.code !== base).map((c) => ({ value: c.code, label: `${c.code} · ${c.name}` }))}
          value={currency}
          onChange={setCurrency}
          searchable
          required
          error={issue('currency')}
          data-testid="rate-currency"
        />
        <TextInput label={t('ledger.rates.date')} type="date" value={date} onChange={(e) => setDate(e.currentTarget.value)} required error={issue('date')} />
        <TextInput
          label={t('ledger.rates.rate')}
          description={t('ledger.rates.rateHint', { base })}
          value={rate}
          onChange={(e) => setRate(e.currentTarget.value)}
          inputMode="decimal"
          dir="ltr"
          required
          error={issue('rate')}
          data-testid="rate-value"
        />
        <ErrorAlert error={save.error} />
        <Button type="submit" loading={save.isPending} disabled={!currency || !rate} data-testid="rate-save">
          {t('ledger.rates.save')}
        </Button>
      </FormStack>
    </Modal>
  );
}

/** Dated exchange rates (base units per unit), newest first per currency; ledger.admin adds and imports them. */
export function ExchangeRatesPage() {
  const { t } = useTranslation();
  const { data: me } = useMe();
  const settings = useLedgerSettings();
  const [currency, setCurrency] = useState<string | null>(null);
  const rates = useExchangeRates({ currency: currency ?? undefined });
  const [modal, setModal] = useState<'add' | 'import' | null>(null);
  const isAdmin = hasPermission(me, 'ledger.admin');
  const base = settings.data?.baseCurrency ?? '';
  const known = [...new Set((rates.data?.items ?? []).map((r) => r.currency))];

  return (
    <LedgerPage
      title={t('ledger.rates.title')}
      actions={
        isAdmin && (
          <>
            <Button variant="default" leftSection={<IconUpload size={16} />} onClick={() => setModal('import')} data-testid="rates-import">
              {t('ledger.rates.import')}
            </Button>
            <Button leftSection={<IconPlus size={16} />} onClick={() => setModal('add')} data-testid="rate-add">
              {t('ledger.rates.add')}
            </Button>
          </>
        )
      }
    >
      <Select
        label={t('ledger.rates.currency')}
        placeholder={t('ledger.rates.allCurrencies')}
        data={currency && !known.includes(currency) ? [currency, ...known] : known}
        value={currency}
        onChange={setCurrency}
        clearable
        w={200}
        mb="md"
      />
      {rates.isPending && <LoadingState />}
      <ErrorAlert error={rates.error} />
      {rates.data && rates.data.items.length === 0 && <Text c="dimmed">{t('ledger.rates.none')}</Text>}
      {rates.data && rates.data.items.length > 0 && (
        <Table.ScrollContainer minWidth={560}>
          <Table striped data-testid="rates-table">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('ledger.rates.currency')}</Table.Th>
                <Table.Th>{t('ledger.rates.date')}</Table.Th>
                <Table.Th ta="end">{t('ledger.rates.rate')}</Table.Th>
                <Table.Th>{t('ledger.rates.source')}</Table.Th>
                <Table.Th>{t('ledger.rates.updatedBy')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rates.data.items.map((r) => (
                <Table.Tr key={`${r.currency}-${r.date}`} data-testid="rate-row" data-currency={r.currency}>
                  <Table.Td>
                    <span className="mono">{r.currency}</span>
                  </Table.Td>
                  <Table.Td>
                    <span className="mono">{r.date}</span>
                  </Table.Td>
                  <Table.Td ta="end">
                    <span className="mono" dir="ltr">
                      {r.rate}
                    </span>{' '}
                    <Text component="span" size="xs" c="dimmed">
                      {base}
                    </Text>
                  </Table.Td>
                  <Table.Td>{r.source}</Table.Td>
                  <Table.Td>
                    <Text size="sm">{r.updatedBy}</Text>
                    <Text size="xs" c="dimmed">
                      {formatDateTime(r.updatedAt, me?.user.timeZone)}
                    </Text>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {isAdmin && <AddRateModal opened={modal === 'add'} onClose={() => setModal(null)} base={base} />}
      {isAdmin && <RatesImportModal opened={modal === 'import'} onClose={() => setModal(null)} />}
    </LedgerPage>
  );
}
