import { Button, Modal, NumberInput, Select, SimpleGrid, Switch, Text, TextInput } from '@mantine/core';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/error-alert';
import { FormStack } from '../../../components/form-stack';
import { normalizeAmountInput } from '../../ledger/money';
import type { Account } from '../../ledger/types';
import { useCreateRule, useUpdateRule } from '../api/rules';
import type { BankAccount, Rule, RuleInput } from '../types';
import { DimensionSelects } from './dimension-selects';
import { fieldErrors } from './field-errors';
import { useAccountOptions, useJournalOptions } from './ledger-options';

type Props = { account: BankAccount; rule: Rule | null; onClose: () => void };

const orNull = (s: string) => (s.trim() === '' ? null : s.trim());

/**
 * A rule: "text contains X (or matches a pattern with * and ?), amount in a range → post to account Y
 * with dimension Z". Amounts are signed: money out is negative.
 */
export function RuleFormModal({ account, rule, onClose }: Props) {
  const { t } = useTranslation();
  const create = useCreateRule();
  const update = useUpdateRule();
  const mutation = rule ? update : create;
  const keep = useCallback((a: Account) => a.id !== account.ledgerAccountId, [account.ledgerAccountId]);
  const accounts = useAccountOptions(keep);
  const journals = useJournalOptions();
  const [v, setV] = useState({
    name: rule?.name ?? '',
    textContains: rule?.textContains ?? '',
    textPattern: rule?.textPattern ?? '',
    minAmount: rule?.minAmount ?? '',
    maxAmount: rule?.maxAmount ?? '',
    accountId: rule?.accountId ?? '',
    journalId: rule?.journalId ?? '',
    memo: rule?.memo ?? '',
    priority: rule?.priority ?? 100,
    active: rule?.active ?? true,
    dimensions: rule?.dimensions ?? [],
  });
  const [local, setLocal] = useState<Record<string, string>>({});
  const errors = { ...fieldErrors(mutation.error), ...local };
  const set = (patch: Partial<typeof v>) => setV({ ...v, ...patch });
  const journal = v.journalId || journals.find((j) => j.label.startsWith('BNK'))?.value || journals[0]?.value || '';

  const submit = () => {
    const missing: Record<string, string> = {};
    if (!v.name.trim()) missing.name = t('validation.required');
    if (!v.textContains.trim() && !v.textPattern.trim()) missing.textContains = t('banking.rules.textOrPattern');
    if (!v.accountId) missing.accountId = t('validation.required');
    setLocal(missing);
    if (Object.keys(missing).length) return;
    const amount = (s: string) => (orNull(s) === null ? null : normalizeAmountInput(s));
    const input: RuleInput = {
      name: v.name.trim(),
      textContains: orNull(v.textContains),
      textPattern: orNull(v.textPattern),
      minAmount: amount(v.minAmount),
      maxAmount: amount(v.maxAmount),
      accountId: v.accountId,
      journalId: journal,
      memo: orNull(v.memo),
      priority: v.priority,
      dimensions: v.dimensions,
    };
    if (rule) update.mutate({ id: rule.id, ...input, active: v.active }, { onSuccess: onClose });
    else {
      // A new rule leaves out what is empty (the API refuses null there).
      const fresh = Object.fromEntries(Object.entries(input).filter(([, x]) => x !== null)) as RuleInput;
      create.mutate({ ...fresh, bankAccountId: account.id }, { onSuccess: onClose });
    }
  };

  return (
    <Modal opened onClose={onClose} title={rule ? t('banking.rules.editTitle', { name: rule.name }) : t('banking.rules.createTitle')} size="lg">
      <FormStack
        data-testid="rule-form"
        onSubmit={(e) => {
          e.preventDefault();
          submit();
        }}
      >
        <TextInput
          label={t('banking.rules.name')}
          required
          value={v.name}
          error={errors.name}
          onChange={(e) => set({ name: e.currentTarget.value })}
          data-testid="rule-name"
        />
        <Text size="sm" fw={500}>
          {t('banking.rules.when')}
        </Text>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput
            label={t('banking.rules.textContains')}
            value={v.textContains}
            error={errors.textContains}
            onChange={(e) => set({ textContains: e.currentTarget.value })}
            data-testid="rule-contains"
          />
          <TextInput
            label={t('banking.rules.textPattern')}
            description={t('banking.rules.patternHint')}
            dir="ltr"
            value={v.textPattern}
            error={errors.textPattern}
            onChange={(e) => set({ textPattern: e.currentTarget.value })}
            data-testid="rule-pattern"
          />
          <TextInput
            label={t('banking.rules.minAmount')}
            dir="ltr"
            inputMode="decimal"
            value={v.minAmount}
            error={errors.minAmount}
            onChange={(e) => set({ minAmount: e.currentTarget.value })}
            data-testid="rule-min"
          />
          <TextInput
            label={t('banking.rules.maxAmount')}
            description={t('banking.rules.amountHint')}
            dir="ltr"
            inputMode="decimal"
            value={v.maxAmount}
            error={errors.maxAmount}
            onChange={(e) => set({ maxAmount: e.currentTarget.value })}
            data-testid="rule-max"
          />
        </SimpleGrid>
        <Text size="sm" fw={500}>
          {t('banking.rules.then')}
        </Text>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <Select
            label={t('banking.post.account')}
            required
            searchable
            data={accounts.options}
            value={v.accountId || null}
            error={errors.accountId}
            onChange={(x) => set({ accountId: x ?? '' })}
            data-testid="rule-account"
          />
          <Select
            label={t('banking.post.journal')}
            allowDeselect={false}
            data={journals}
            value={journal || null}
            error={errors.journalId}
            onChange={(x) => set({ journalId: x ?? '' })}
          />
          <DimensionSelects value={v.dimensions} onChange={(dimensions) => set({ dimensions })} errors={errors} />
          <TextInput label={t('banking.post.memo')} value={v.memo} maxLength={500} onChange={(e) => set({ memo: e.currentTarget.value })} />
          <NumberInput
            label={t('banking.rules.priority')}
            description={t('banking.rules.priorityHint')}
            min={0}
            max={1000}
            allowDecimal={false}
            value={v.priority}
            onChange={(x) => set({ priority: typeof x === 'number' ? x : 100 })}
          />
        </SimpleGrid>
        {rule && <Switch label={t('banking.rules.active')} checked={v.active} onChange={(e) => set({ active: e.currentTarget.checked })} />}
        <ErrorAlert error={mutation.error} />
        <Button type="submit" loading={mutation.isPending} data-testid="rule-save">
          {t('common.save')}
        </Button>
      </FormStack>
    </Modal>
  );
}
