import { Alert } from '@mantine/core';
import { useParams } from '@tanstack/react-router';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/error-alert';
import { LoadingState } from '../../../components/loading-state';
import { useMe } from '../../auth/api/get-me';
import { useCurrencies } from '../api/get-currencies';
import { useEntry } from '../api/get-entry';
import { useJournals } from '../api/get-journals';
import { useLedgerSettings } from '../api/get-settings';
import { EntryForm } from '../components/entry-form';
import { LedgerPage } from '../components/ledger-page';
import { todayIn } from '../dates';
import { draftFromEntry, type EntryDraft, newLine } from '../entry-draft';
import { useAccountsIndex } from '../use-accounts-index';

function useFormData() {
  const { index, query: tree } = useAccountsIndex();
  const journals = useJournals();
  const currencies = useCurrencies();
  const settings = useLedgerSettings();
  const queries = [tree, journals, currencies, settings];
  return {
    accounts: index.list,
    journals: journals.data?.items ?? [],
    currencies: currencies.data?.items ?? [],
    baseCurrency: settings.data?.baseCurrency,
    pending: queries.some((q) => q.isPending),
    error: queries.find((q) => q.error)?.error,
  };
}

/** A new entry: today in the company's time zone, the general journal, two empty lines. */
export function NewEntryPage() {
  const { t } = useTranslation();
  const { data: me } = useMe();
  const data = useFormData();
  const initial = useMemo<EntryDraft | undefined>(() => {
    if (!data.baseCurrency || data.pending) return undefined;
    const journal = data.journals.find((j) => j.active && j.kind === 'general') ?? data.journals.find((j) => j.active);
    return {
      journalId: journal?.id ?? '',
      date: todayIn(me?.company?.timeZone),
      reference: '',
      memo: '',
      lines: [newLine(data.baseCurrency), newLine(data.baseCurrency)],
    };
  }, [data.baseCurrency, data.pending, data.journals, me?.company?.timeZone]);

  return (
    <LedgerPage title={t('ledger.form.newTitle')} permission={me?.permissions.includes('ledger.post') ? 'ledger.post' : 'ledger.write'}>
      {data.pending && <LoadingState />}
      <ErrorAlert error={data.error} />
      {!data.pending && data.accounts.length === 0 && <Alert color="yellow">{t('ledger.home.noChartTitle')}</Alert>}
      {initial && data.baseCurrency && data.accounts.length > 0 && (
        <EntryForm initial={initial} accounts={data.accounts} journals={data.journals} currencies={data.currencies} baseCurrency={data.baseCurrency} />
      )}
    </LedgerPage>
  );
}

/** A saved draft, back in the form. */
export function EditEntryPage() {
  const { t } = useTranslation();
  const { entryId } = useParams({ from: '/app/ledger/entries/$entryId/edit' });
  const data = useFormData();
  const entry = useEntry(entryId);
  const initial = useMemo(() => (entry.data ? draftFromEntry(entry.data) : undefined), [entry.data]);
  return (
    <LedgerPage title={t('ledger.form.editTitle')} permission="ledger.write">
      {(data.pending || entry.isPending) && <LoadingState />}
      <ErrorAlert error={data.error ?? entry.error} />
      {entry.data && entry.data.status !== 'draft' && <Alert color="yellow">{t('ledger.form.notDraft')}</Alert>}
      {initial && entry.data?.status === 'draft' && data.baseCurrency && !data.pending && (
        <EntryForm
          initial={initial}
          draftId={entryId}
          accounts={data.accounts}
          journals={data.journals}
          currencies={data.currencies}
          baseCurrency={data.baseCurrency}
        />
      )}
    </LedgerPage>
  );
}
