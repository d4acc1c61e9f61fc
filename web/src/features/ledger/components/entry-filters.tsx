import { Button, Group, Select, SimpleGrid, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormStack } from '../../../components/form-stack';
import type { EntryFilters } from '../api/get-entries';
import { journalLabel } from '../names';
import type { Account, Journal } from '../types';
import { AccountPicker } from './account-picker';

type Props = { value: EntryFilters; journals: Journal[]; accounts: Account[]; onApply: (filters: EntryFilters) => void };

const empty: EntryFilters = {};

/** Journal, status, date range, account and text; applied together, kept in the address. */
export function EntryFiltersForm({ value, journals, accounts, onApply }: Props) {
  const { t, i18n } = useTranslation();
  const [draft, setDraft] = useState<EntryFilters>(value);
  const set = (patch: Partial<EntryFilters>) => setDraft({ ...draft, ...patch });

  return (
    <FormStack
      mb="md"
      gap="sm"
      data-testid="entry-filters"
      onSubmit={(e) => {
        e.preventDefault();
        onApply(draft);
      }}
    >
      <SimpleGrid cols={{ base: 2, md: 3, lg: 6 }} spacing="xs">
        <Select
          label={t('ledger.entry.journal')}
          data={journals.map((j) => ({ value: j.id, label: journalLabel(j, i18n.language) }))}
          value={draft.journalId ?? null}
          onChange={(v) => set({ journalId: v ?? undefined })}
          clearable
          data-testid="filter-journal"
        />
        <Select
          label={t('common.status')}
          data={[
            { value: 'posted', label: t('ledger.status.posted') },
            { value: 'draft', label: t('ledger.status.draft') },
          ]}
          value={draft.status ?? null}
          onChange={(v) => set({ status: v === 'draft' || v === 'posted' ? v : undefined })}
          clearable
          data-testid="filter-status"
        />
        <TextInput label={t('ledger.filters.from')} type="date" value={draft.from ?? ''} onChange={(e) => set({ from: e.currentTarget.value || undefined })} />
        <TextInput label={t('ledger.filters.to')} type="date" value={draft.to ?? ''} onChange={(e) => set({ to: e.currentTarget.value || undefined })} />
        <AccountPicker
          accounts={accounts}
          value={draft.accountId ?? ''}
          onChange={(accountId) => set({ accountId: accountId || undefined })}
          onEnter={() => undefined}
          label={t('ledger.form.account')}
          aria-label={t('ledger.form.account')}
          cell="filter:account"
          data-testid="filter-account"
        />
        <TextInput
          label={t('ledger.filters.text')}
          type="search"
          value={draft.q ?? ''}
          onChange={(e) => set({ q: e.currentTarget.value || undefined })}
          data-testid="filter-text"
        />
      </SimpleGrid>
      <Group>
        <Button type="submit" data-testid="apply-filters">
          {t('common.filter')}
        </Button>
        <Button
          variant="default"
          onClick={() => {
            setDraft(empty);
            onApply(empty);
          }}
        >
          {t('common.clear')}
        </Button>
      </Group>
    </FormStack>
  );
}
