import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useDimensions } from '../../ledger/api/get-dimensions';
import { useJournals } from '../../ledger/api/get-journals';
import { journalLabel, nameIn } from '../../ledger/names';
import type { Account } from '../../ledger/types';
import { useAccountsIndex } from '../../ledger/use-accounts-index';

export type Option = { value: string; label: string };

/** Postable, active ledger accounts as Select options (`1130 · Bank`), optionally narrowed. */
export function useAccountOptions(keep: (a: Account) => boolean = () => true): { options: Option[]; byId: Map<string, Account>; loading: boolean } {
  const { i18n } = useTranslation();
  const { index, query } = useAccountsIndex();
  const options = useMemo(
    () => index.list.filter((a) => a.postable && a.active && keep(a)).map((a) => ({ value: a.id, label: `${a.code} · ${nameIn(a, i18n.language)}` })),
    [index, keep, i18n.language],
  );
  return { options, byId: index.byId, loading: query.isPending };
}

export function useJournalOptions(): Option[] {
  const { i18n } = useTranslation();
  const journals = useJournals();
  return useMemo(
    () => (journals.data?.items ?? []).filter((j) => j.active).map((j) => ({ value: j.id, label: journalLabel(j, i18n.language) })),
    [journals.data, i18n.language],
  );
}

/** One Select per active dimension, its active values as options. */
export function useDimensionOptions(): { id: string; label: string; options: Option[] }[] {
  const { i18n } = useTranslation();
  const dims = useDimensions();
  return useMemo(
    () =>
      (dims.data?.items ?? [])
        .filter((d) => d.active)
        .map((d) => ({
          id: d.id,
          label: nameIn(d, i18n.language),
          options: d.values.filter((v) => v.active).map((v) => ({ value: v.id, label: `${v.code} · ${nameIn(v, i18n.language)}` })),
        })),
    [dims.data, i18n.language],
  );
}
