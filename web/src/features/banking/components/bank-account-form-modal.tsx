import { Button, Modal, Select, SimpleGrid, Switch, TextInput } from '@mantine/core';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/error-alert';
import { FormStack } from '../../../components/form-stack';
import { useCurrencies } from '../../ledger/api/get-currencies';
import type { Account } from '../../ledger/types';
import { useCreateBankAccount, useUpdateBankAccount } from '../api/bank-accounts';
import type { BankAccount } from '../types';
import { fieldErrors } from './field-errors';
import { useAccountOptions } from './ledger-options';

type Props = { opened: boolean; account: BankAccount | null; onClose: () => void };

type Values = { name: string; bank: string; iban: string; accountNumber: string; currency: string; ledgerAccountId: string; active: boolean };

/**
 * Add a bank account (name, bank, IBAN or account number, currency, the ledger bank or cash account
 * it mirrors), or change one: only its name, bank and whether it is active change once added.
 */
export function BankAccountFormModal({ opened, account, onClose }: Props) {
  const { t } = useTranslation();
  const create = useCreateBankAccount();
  const update = useUpdateBankAccount();
  const currencies = useCurrencies();
  const [values, setValues] = useState<Values>(
    account
      ? { ...account, iban: account.iban ?? '', accountNumber: account.accountNumber ?? '' }
      : { name: '', bank: '', iban: '', accountNumber: '', currency: 'SAR', ledgerAccountId: '', active: true },
  );
  const [local, setLocal] = useState<Record<string, string>>({});
  const keep = useCallback(
    (a: Account) => (a.subtype === 'bank' || a.subtype === 'cash') && (!a.currency || a.currency === values.currency),
    [values.currency],
  );
  const ledger = useAccountOptions(keep);
  const mutation = account ? update : create;
  const errors = { ...fieldErrors(mutation.error), ...local };
  const set = (patch: Partial<Values>) => setValues({ ...values, ...patch });

  const submit = () => {
    const missing: Record<string, string> = {};
    if (!values.name.trim()) missing.name = t('validation.required');
    if (!values.bank.trim()) missing.bank = t('validation.required');
    if (!account && !values.iban.trim() && !values.accountNumber.trim()) missing.iban = t('banking.account.ibanOrNumber');
    if (!account && !values.ledgerAccountId) missing.ledgerAccountId = t('validation.required');
    setLocal(missing);
    if (Object.keys(missing).length) return;
    if (account) update.mutate({ id: account.id, name: values.name.trim(), bank: values.bank.trim(), active: values.active }, { onSuccess: onClose });
    else
      create.mutate(
        {
          name: values.name.trim(),
          bank: values.bank.trim(),
          iban: values.iban.trim() || undefined,
          accountNumber: values.accountNumber.trim() || undefined,
          currency: values.currency,
          ledgerAccountId: values.ledgerAccountId,
        },
        { onSuccess: onClose },
      );
  };

  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={account ? t('banking.account.editTitle', { name: account.name }) : t('banking.account.createTitle')}
      size="lg"
    >
      <FormStack
        data-testid="bank-account-form"
        onSubmit={(e) => {
          e.preventDefault();
          submit();
        }}
      >
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput
            label={t('banking.account.name')}
            required
            value={values.name}
            error={errors.name}
            onChange={(e) => set({ name: e.currentTarget.value })}
            data-testid="bank-account-name"
          />
          <TextInput
            label={t('banking.account.bank')}
            required
            value={values.bank}
            error={errors.bank}
            onChange={(e) => set({ bank: e.currentTarget.value })}
            data-testid="bank-account-bank"
          />
          <TextInput
            label={t('banking.account.iban')}
            dir="ltr"
            disabled={!!account}
            value={values.iban}
            error={errors.iban}
            onChange={(e) => set({ iban: e.currentTarget.value })}
            data-testid="bank-account-iban"
          />
          <TextInput
            label={t('banking.account.accountNumber')}
            dir="ltr"
            disabled={!!account}
            value={values.accountNumber}
            error={errors.accountNumber}
            onChange={(e) => set({ accountNumber: e.currentTarget.value })}
          />
          <Select
            label={t('banking.account.currency')}
            searchable
            disabled={!!account}
            allowDeselect={false}
            data={(currencies.data?.items ?? []).map((c) => c.code)}
            value={values.currency}
            error={errors.currency}
            onChange={(v) => v && set({ currency: v, ledgerAccountId: '' })}
            data-testid="bank-account-currency"
          />
          <Select
            label={t('banking.account.ledgerAccount')}
            description={t('banking.account.ledgerAccountHint')}
            searchable
            required
            disabled={!!account}
            nothingFoundMessage={t('banking.account.noLedgerAccount')}
            data={ledger.options}
            value={values.ledgerAccountId || null}
            error={errors.ledgerAccountId}
            onChange={(v) => set({ ledgerAccountId: v ?? '' })}
            data-testid="bank-account-ledger"
          />
        </SimpleGrid>
        {account && <Switch label={t('banking.account.active')} checked={values.active} onChange={(e) => set({ active: e.currentTarget.checked })} />}
        <ErrorAlert error={mutation.error} />
        <Button type="submit" loading={mutation.isPending} data-testid="bank-account-save">
          {t('common.save')}
        </Button>
      </FormStack>
    </Modal>
  );
}
