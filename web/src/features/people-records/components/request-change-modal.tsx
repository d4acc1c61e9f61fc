import { Button, Group, Modal, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/error-alert';
import type { Employee } from '../../people/types';
import { useRequestChange } from '../api/change-requests';
import { REQUESTABLE, type Requestable } from '../types';

const LTR: Requestable[] = ['phone', 'email'];

/**
 * The employee's own contact and identity fields, pre-filled; only the fields changed are sent.
 * The emergency contact starts empty (it is sealed on the record and not shown back).
 */
export function RequestChangeModal({ employee, opened, onClose }: { employee: Employee; opened: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const start: Record<Requestable, string> = {
    nameEn: employee.nameEn,
    nameAr: employee.nameAr,
    phone: employee.phone ?? '',
    email: employee.email ?? '',
    address: employee.address ?? '',
    emergencyContact: '',
  };
  const [values, setValues] = useState(start);
  const [note, setNote] = useState('');
  const request = useRequestChange();
  const changes = Object.fromEntries(
    REQUESTABLE.filter((f) => values[f].trim() !== start[f].trim()).map((f) => [f, values[f].trim() === '' ? null : values[f].trim()]),
  );
  const submit = (e: FormEvent) => {
    e.preventDefault();
    request.mutate({ changes, note: note.trim() || undefined }, { onSuccess: onClose });
  };
  return (
    <Modal opened={opened} onClose={onClose} title={t('peopleRecords.request.title')} size="lg">
      <form onSubmit={submit}>
        <Stack>
          <Text size="sm" c="dimmed">
            {t('peopleRecords.request.help')}
          </Text>
          {REQUESTABLE.map((f) => (
            <TextInput
              key={f}
              label={t(`peopleRecords.fields.${f}`)}
              description={f === 'emergencyContact' ? t('peopleRecords.request.sensitiveHelp') : undefined}
              dir={LTR.includes(f) ? 'ltr' : f === 'nameAr' ? 'rtl' : undefined}
              value={values[f]}
              onChange={(e) => setValues({ ...values, [f]: e.currentTarget.value })}
              data-testid={`request-${f}`}
            />
          ))}
          <Textarea label={t('peopleRecords.request.note')} value={note} onChange={(e) => setNote(e.currentTarget.value)} autosize minRows={2} />
          <ErrorAlert error={request.error} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={request.isPending} disabled={Object.keys(changes).length === 0} data-testid="send-change-request">
              {t('peopleRecords.request.send')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
