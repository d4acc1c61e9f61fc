import { ActionIcon, Select, TextInput } from '@mantine/core';
import { IconTrash } from '@tabler/icons-react';
import type { KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { refusalText } from '../../../lib/refusal-text';
import type { FieldError, LineDraft } from '../entry-draft';
import type { Account } from '../types';
import { AccountPicker } from './account-picker';
import classes from './entry-form.module.css';

type Props = {
  row: number;
  line: LineDraft;
  accounts: Account[];
  currencies: string[];
  baseCurrency: string;
  errors: Record<string, FieldError>;
  canRemove: boolean;
  onChange: (patch: Partial<LineDraft>) => void;
  onRemove: () => void;
  /** Enter in a cell: the form moves to the next cell, or adds a line after the last. */
  onEnter: (from: HTMLElement | null) => void;
};

/** One line of the entry form; each cell carries `data-cell` so Enter can walk the grid. */
export function EntryLineRow({ row, line, accounts, currencies, baseCurrency, errors, canRemove, onChange, onRemove, onEnter }: Props) {
  const { t } = useTranslation();
  const n = row + 1;
  const err = (field: string) => {
    const e = errors[`lines.${row}.${field}`];
    return e ? (typeof e === 'string' ? t(e) : refusalText(t, e)) : undefined;
  };
  const label = (key: string) => t(`ledger.form.${key}`);
  const aria = (key: string) => t('ledger.form.cellLabel', { n, column: label(key) });
  const enter = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key !== 'Enter' || e.ctrlKey || e.metaKey || e.nativeEvent.isComposing) return;
    e.preventDefault();
    onEnter(e.currentTarget);
  };
  const foreign = line.currency !== baseCurrency;
  const labelClass = { label: classes.cellLabel };
  const amountClass = { label: classes.cellLabel, input: classes.amountInput };

  return (
    <div className={classes.line} data-testid="entry-line" data-row={row}>
      <div className={classes.lineNo} aria-hidden="true">
        {n}
      </div>
      <div className={classes.wide}>
        <AccountPicker
          accounts={accounts}
          value={line.accountId}
          onChange={(accountId) => {
            const account = accounts.find((a) => a.id === accountId);
            onChange({ accountId, ...(account?.currency ? { currency: account.currency } : {}) });
          }}
          onEnter={() => onEnter(document.querySelector(`[data-cell="${row}:account"]`))}
          label={label('account')}
          aria-label={aria('account')}
          classNames={labelClass}
          cell={`${row}:account`}
          error={err('accountId')}
          data-testid={`line-${row}-account`}
        />
      </div>
      <div className={classes.wide}>
        <TextInput
          label={label('lineMemo')}
          aria-label={aria('lineMemo')}
          classNames={labelClass}
          value={line.memo}
          onChange={(e) => onChange({ memo: e.currentTarget.value })}
          onKeyDown={enter}
          error={err('memo')}
          data-cell={`${row}:memo`}
          data-testid={`line-${row}-memo`}
        />
      </div>
      <TextInput
        label={label('debit')}
        aria-label={aria('debit')}
        classNames={amountClass}
        dir="ltr"
        inputMode="decimal"
        autoComplete="off"
        value={line.debit}
        onChange={(e) => {
          const debit = e.currentTarget.value;
          onChange(debit.trim() ? { debit, credit: '' } : { debit });
        }}
        onKeyDown={enter}
        error={err('debit')}
        data-cell={`${row}:debit`}
        data-testid={`line-${row}-debit`}
      />
      <TextInput
        label={label('credit')}
        aria-label={aria('credit')}
        classNames={amountClass}
        dir="ltr"
        inputMode="decimal"
        autoComplete="off"
        value={line.credit}
        onChange={(e) => {
          const credit = e.currentTarget.value;
          onChange(credit.trim() ? { credit, debit: '' } : { credit });
        }}
        onKeyDown={enter}
        error={err('credit')}
        data-cell={`${row}:credit`}
        data-testid={`line-${row}-credit`}
      />
      <Select
        label={label('currency')}
        aria-label={aria('currency')}
        classNames={labelClass}
        data={currencies}
        value={line.currency}
        onChange={(currency) => onChange({ currency: currency ?? baseCurrency, ...(currency === baseCurrency ? { rate: '' } : {}) })}
        searchable
        allowDeselect={false}
        limit={40}
        comboboxProps={{ width: 120 }}
        error={err('currency')}
        data-enter-skip="true"
        data-testid={`line-${row}-currency`}
      />
      {foreign ? (
        <TextInput
          label={label('rate')}
          aria-label={aria('rate')}
          classNames={amountClass}
          dir="ltr"
          inputMode="decimal"
          placeholder={t('ledger.form.ratePlaceholder', { base: baseCurrency })}
          value={line.rate}
          onChange={(e) => onChange({ rate: e.currentTarget.value })}
          onKeyDown={enter}
          error={err('rate')}
          data-cell={`${row}:rate`}
          data-testid={`line-${row}-rate`}
        />
      ) : (
        <div className={classes.empty} />
      )}
      <ActionIcon
        className={classes.remove}
        variant="subtle"
        color="gray"
        onClick={onRemove}
        disabled={!canRemove}
        aria-label={t('ledger.form.removeLine', { n })}
        data-testid={`line-${row}-remove`}
      >
        <IconTrash size={16} />
      </ActionIcon>
    </div>
  );
}
