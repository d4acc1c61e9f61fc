import { Button, Modal, Select, SimpleGrid, Switch, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/error-alert';
import { FormStack } from '../../../components/form-stack';
import { ApiError } from '../../../lib/api-error';
import { type AccountInput, useCreateAccount } from '../api/create-account';
import { useCurrencies } from '../api/get-currencies';
import { useUpdateAccount } from '../api/update-account';
import { nameIn } from '../names';
import { ACCOUNT_SUBTYPES, ACCOUNT_TYPES, type Account } from '../types';

type Props = { opened: boolean; account: Account | null; accounts: Account[]; onClose: () => void };

const blank: AccountInput = { code: '', nameEn: '', nameAr: '', type: 'asset', subtype: 'other', parentId: null, currency: null, postable: true };

/** Create an account, or change one (its type never changes). Server refusals land on their field. */
export function AccountFormModal({ opened, account, accounts, onClose }: Props) {
  const { t, i18n } = useTranslation();
  const create = useCreateAccount();
  const update = useUpdateAccount();
  const currencies = useCurrencies();
  const [values, setValues] = useState<AccountInput>(account ? { ...account } : blank);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const set = (patch: Partial<AccountInput>) => setValues({ ...values, ...patch });
  const mutation = account ? update : create;
  const parents = accounts.filter((a) => !a.postable && a.id !== account?.id && a.type === values.type);

  const onError = (e: unknown) => {
    if (!(e instanceof ApiError)) return;
    const next: Record<string, string> = {};
    for (const issue of e.fieldIssues) next[issue.path] = issue.message;
    const field = (e.details as { field?: string } | undefined)?.field;
    if (e.code === 'CONFLICT' && field) next[field] = t('ledger.account.codeTaken');
    setErrors(next);
  };
  const submit = () => {
    const local: Record<string, string> = {};
    if (!values.code.trim()) local.code = t('validation.required');
    if (!values.nameEn.trim()) local.nameEn = t('validation.required');
    if (!values.nameAr.trim()) local.nameAr = t('validation.required');
    setErrors(local);
    if (Object.keys(local).length) return;
    const input = { ...values, code: values.code.trim(), nameEn: values.nameEn.trim(), nameAr: values.nameAr.trim() };
    if (account) {
      const { type: _type, ...patch } = input;
      update.mutate({ id: account.id, patch }, { onSuccess: onClose, onError });
    } else create.mutate(input, { onSuccess: onClose, onError });
  };

  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={account ? t('ledger.account.editTitle', { code: account.code }) : t('ledger.account.createTitle')}
      size="lg"
    >
      <FormStack
        data-testid="account-form"
        onSubmit={(e) => {
          e.preventDefault();
          submit();
        }}
      >
        <SimpleGrid cols={{ base: 1, xs: 2 }}>
          <TextInput
            label={t('ledger.account.code')}
            value={values.code}
            onChange={(e) => set({ code: e.currentTarget.value })}
            withAsterisk
            classNames={{ input: 'mono' }}
            error={errors.code}
            data-testid="account-code"
          />
          <Select
            label={t('ledger.account.type')}
            data={ACCOUNT_TYPES.map((v) => ({ value: v, label: t(`ledger.types.${v}`) }))}
            value={values.type}
            onChange={(v) => set({ type: (v as AccountInput['type']) ?? 'asset', parentId: null })}
            allowDeselect={false}
            disabled={account !== null}
            error={errors.type}
          />
          <TextInput
            label={t('ledger.account.nameEn')}
            value={values.nameEn}
            onChange={(e) => set({ nameEn: e.currentTarget.value })}
            withAsterisk
            error={errors.nameEn}
            dir="ltr"
          />
          <TextInput
            label={t('ledger.account.nameAr')}
            value={values.nameAr}
            onChange={(e) => set({ nameAr: e.currentTarget.value })}
            withAsterisk
            error={errors.nameAr}
            dir="rtl"
          />
          <Select
            label={t('ledger.account.subtype')}
            data={ACCOUNT_SUBTYPES.map((v) => ({ value: v, label: t(`ledger.subtypes.${v}`) }))}
            value={values.subtype}
            onChange={(v) => set({ subtype: (v as AccountInput['subtype']) ?? 'other' })}
            allowDeselect={false}
            error={errors.subtype}
          />
          <Select
            label={t('ledger.account.parent')}
            data={parents.map((a) => ({ value: a.id, label: `${a.code} · ${nameIn(a, i18n.language)}` }))}
            value={values.parentId}
            onChange={(v) => set({ parentId: v })}
            clearable
            searchable
            error={errors.parentId}
          />
          <Select
            label={t('ledger.account.currency')}
            description={t('ledger.account.currencyHint')}
            data={(currencies.data?.items ?? []).map((c) => c.code)}
            value={values.currency}
            onChange={(v) => set({ currency: v })}
            clearable
            searchable
            error={errors.currency}
          />
          <Switch
            mt="lg"
            label={t('ledger.account.postable')}
            description={t('ledger.account.postableHint')}
            checked={values.postable}
            onChange={(e) => set({ postable: e.currentTarget.checked })}
          />
        </SimpleGrid>
        <ErrorAlert error={mutation.error} />
        <Button type="submit" loading={mutation.isPending} data-testid="save-account">
          {t('common.save')}
        </Button>
      </FormStack>
    </Modal>
  );
}
