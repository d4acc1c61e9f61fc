import { Button, Modal, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/error-alert';
import { FormStack } from '../../../components/form-stack';
import { useReverseEntry } from '../api/reverse-entry';
import { isIsoDate } from '../dates';
import type { Entry } from '../types';

type Props = { entry: Entry; opened: boolean; defaultDate: string; onClose: () => void; onReversed: (reversal: Entry) => void };

/** The reversal's date (today by default) and an optional memo. */
export function ReverseModal({ entry, opened, defaultDate, onClose, onReversed }: Props) {
  const { t } = useTranslation();
  const reverse = useReverseEntry();
  const [date, setDate] = useState(defaultDate);
  const [memo, setMemo] = useState('');
  const close = () => {
    reverse.reset();
    onClose();
  };
  return (
    <Modal opened={opened} onClose={close} title={t('ledger.reverse.title', { number: entry.number ?? '' })}>
      <FormStack
        data-testid="reverse-form"
        onSubmit={(e) => {
          e.preventDefault();
          if (!isIsoDate(date)) return;
          reverse.mutate({ id: entry.id, date, memo: memo.trim() || undefined }, { onSuccess: onReversed });
        }}
      >
        <TextInput
          label={t('ledger.reverse.date')}
          type="date"
          value={date}
          onChange={(e) => setDate(e.currentTarget.value)}
          withAsterisk
          error={isIsoDate(date) ? undefined : t('validation.required')}
          data-testid="reverse-date"
        />
        <TextInput label={t('ledger.entry.memo')} value={memo} onChange={(e) => setMemo(e.currentTarget.value)} maxLength={500} />
        <ErrorAlert error={reverse.error} />
        <Button type="submit" loading={reverse.isPending} data-testid="confirm-reverse">
          {t('ledger.reverse.submit')}
        </Button>
      </FormStack>
    </Modal>
  );
}
