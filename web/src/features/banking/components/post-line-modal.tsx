import { Button, Modal, Select, SimpleGrid, Text, TextInput } from '@mantine/core';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/error-alert';
import { FormStack } from '../../../components/form-stack';
import { Amount } from '../../ledger/components/amount';
import type { Account } from '../../ledger/types';
import { usePostLine } from '../api/matching';
import type { BankAccount, UnmatchedBankLine } from '../types';
import { DimensionSelects } from './dimension-selects';
import { fieldErrors } from './field-errors';
import { useAccountOptions, useJournalOptions } from './ledger-options';

type Props = { account: BankAccount; line: UnmatchedBankLine; onClose: () => void };

/**
 * Create and post an entry from an unmatched statement line — the mirrored bank account against the
 * chosen account (with dimensions), on the line's date, for its amount — and match it, in one step.
 */
export function PostLineModal({ account, line, onClose }: Props) {
  const { t } = useTranslation();
  const post = usePostLine();
  const keep = useCallback((a: Account) => a.id !== account.ledgerAccountId, [account.ledgerAccountId]);
  const accounts = useAccountOptions(keep);
  const journals = useJournalOptions();
  const [accountId, setAccountId] = useState<string | null>(null);
  const [journalId, setJournalId] = useState<string | null>(null);
  const [memo, setMemo] = useState(line.text.slice(0, 500));
  const [dimensions, setDimensions] = useState<string[]>([]);
  const errors = fieldErrors(post.error);
  const journal = journalId ?? journals.find((j) => j.label.startsWith('BNK'))?.value ?? journals[0]?.value ?? null;

  return (
    <Modal opened onClose={onClose} title={t('banking.post.title')} size="lg">
      <FormStack
        data-testid="post-line-form"
        onSubmit={(e) => {
          e.preventDefault();
          if (!accountId || !journal) return;
          post.mutate({ lineId: line.id, accountId, journalId: journal, memo: memo.trim() || undefined, dimensions }, { onSuccess: onClose });
        }}
      >
        <Text size="sm">
          <span dir="ltr">{line.date}</span> · <Amount value={line.amount} currency={account.currency} /> · {line.text}
        </Text>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <Select
            label={t('banking.post.account')}
            required
            searchable
            data={accounts.options}
            value={accountId}
            error={errors.accountId}
            onChange={setAccountId}
            data-testid="post-account"
          />
          <Select
            label={t('banking.post.journal')}
            required
            allowDeselect={false}
            data={journals}
            value={journal}
            error={errors.journalId}
            onChange={setJournalId}
            data-testid="post-journal"
          />
          <DimensionSelects value={dimensions} onChange={setDimensions} errors={errors} />
        </SimpleGrid>
        <TextInput label={t('banking.post.memo')} value={memo} maxLength={500} onChange={(e) => setMemo(e.currentTarget.value)} data-testid="post-memo" />
        <ErrorAlert error={post.error} />
        <Button type="submit" disabled={!accountId || !journal} loading={post.isPending} data-testid="post-submit">
          {t('banking.post.submit')}
        </Button>
      </FormStack>
    </Modal>
  );
}
