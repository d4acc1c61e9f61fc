import type { Account, Journal } from './types';

type Named = Pick<Account | Journal, 'nameEn' | 'nameAr'>;

/** A chart or journal name in the reader's language (both are required, so neither is ever blank). */
export const nameIn = (item: Named | undefined, language: string): string => (item ? (language === 'ar' ? item.nameAr : item.nameEn) : '');

export const journalLabel = (journal: Journal, language: string): string => `${journal.code} · ${nameIn(journal, language)}`;
