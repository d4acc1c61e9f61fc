import { Combobox, InputBase, Text, useCombobox } from '@mantine/core';
import { type KeyboardEvent, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { nameIn } from '../names';
import type { Account } from '../types';

type Props = {
  accounts: Account[];
  value: string;
  onChange: (accountId: string) => void;
  /** Enter with nothing to pick (or after picking): the form moves to the next cell. */
  onEnter: () => void;
  label: string;
  'aria-label': string;
  error?: string;
  cell: string;
  classNames?: { label?: string };
  'data-testid'?: string;
};

const MAX_OPTIONS = 50;

/** Lower-case, without Arabic vowel marks and tatweel, hamza forms folded: how a person searches. */
function fold(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFC')
    .replace(/[\u0610-\u061a\u064b-\u065f\u0670\u0640]/g, '')
    .replace(/[آأإٱ]/g, 'ا')
    .replace(/ى/g, 'ي')
    .replace(/ة/g, 'ه');
}

export const accountLabel = (account: Account | undefined, language: string): string => (account ? `${account.code} · ${nameIn(account, language)}` : '');

/**
 * A searchable account field for the entry form: type a code (`113`) or part of a name in either
 * language, Enter takes the first match and moves on. Only postable, active accounts are offered.
 */
export function AccountPicker({ accounts, value, onChange, onEnter, label, error, cell, classNames, ...rest }: Props) {
  const { t, i18n } = useTranslation();
  const combobox = useCombobox({ onDropdownClose: () => combobox.resetSelectedOption() });
  const selected = accounts.find((a) => a.id === value);
  const selectedLabel = accountLabel(selected, i18n.language);
  const [search, setSearch] = useState(selectedLabel);
  const [typing, setTyping] = useState(false);

  useEffect(() => {
    if (!typing) setSearch(selectedLabel);
  }, [selectedLabel, typing]);

  const options = useMemo(() => {
    const q = fold(search.trim());
    if (!typing || q === '') return accounts.slice(0, MAX_OPTIONS);
    const byCode = accounts.filter((a) => a.code.toLowerCase().startsWith(q));
    const byName = accounts.filter(
      (a) => !byCode.includes(a) && (fold(a.nameEn).includes(q) || fold(a.nameAr).includes(q) || a.code.toLowerCase().includes(q)),
    );
    return [...byCode, ...byName].slice(0, MAX_OPTIONS);
  }, [accounts, search, typing]);

  useEffect(() => {
    if (typing && options.length > 0) combobox.selectFirstOption();
  }, [options, typing, combobox]);

  const pick = (id: string) => {
    onChange(id);
    setTyping(false);
    setSearch(
      accountLabel(
        accounts.find((a) => a.id === id),
        i18n.language,
      ),
    );
    combobox.closeDropdown();
    onEnter();
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key !== 'Enter' || event.ctrlKey || event.metaKey || event.nativeEvent.isComposing) return;
    // With an option highlighted Mantine picks it (onOptionSubmit); otherwise Enter moves on.
    if (combobox.dropdownOpened && combobox.getSelectedOptionIndex() !== -1) return;
    event.preventDefault();
    onEnter();
  };

  return (
    <Combobox store={combobox} onOptionSubmit={pick} withinPortal>
      <Combobox.Target>
        <InputBase
          label={label}
          aria-label={rest['aria-label']}
          classNames={classNames}
          data-cell={cell}
          data-testid={rest['data-testid']}
          value={search}
          error={error}
          placeholder={t('ledger.form.accountPlaceholder')}
          rightSection={<Combobox.Chevron />}
          rightSectionPointerEvents="none"
          onChange={(e) => {
            setTyping(true);
            setSearch(e.currentTarget.value);
            combobox.openDropdown();
          }}
          onFocus={(e) => {
            e.currentTarget.select();
            combobox.openDropdown();
          }}
          onClick={() => combobox.openDropdown()}
          onBlur={() => {
            combobox.closeDropdown();
            setTyping(false);
            setSearch(selectedLabel);
          }}
          onKeyDown={onKeyDown}
        />
      </Combobox.Target>
      <Combobox.Dropdown>
        <Combobox.Options mah={280} style={{ overflowY: 'auto' }}>
          {options.length === 0 ? (
            <Combobox.Empty>{t('ledger.form.noAccount')}</Combobox.Empty>
          ) : (
            options.map((a) => (
              <Combobox.Option value={a.id} key={a.id} active={a.id === value}>
                <Text span size="sm" className="mono" fw={600}>
                  {a.code}
                </Text>{' '}
                <Text span size="sm">
                  {nameIn(a, i18n.language)}
                </Text>
                {a.currency && (
                  <Text span size="xs" c="dimmed">
                    {' '}
                    ({a.currency})
                  </Text>
                )}
              </Combobox.Option>
            ))
          )}
        </Combobox.Options>
      </Combobox.Dropdown>
    </Combobox>
  );
}
