import { Button, Group, Modal, SimpleGrid, TextInput } from '@mantine/core';
import type { FormEvent, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/error-alert';
import { FormStack } from '../../../components/form-stack';
import { allOnFields } from './server-field-errors';

interface ChangeModalProps {
  title: string;
  opened: boolean;
  onClose: () => void;
  onSubmit: () => void;
  testId: string;
  saveTestId: string;
  saveLabel: string;
  pending: boolean;
  error: unknown;
  errors: Record<string, string>;
  effectiveDate: string;
  onEffectiveDate: (v: string) => void;
  /** Inputs laid out in the two-column grid after the effective date. */
  children: ReactNode;
  /** Inputs under the grid, full width. */
  footer?: ReactNode;
}

/** A dated change to an employee's history (job, pay): effective date first, cancel and save last. */
export function ChangeModal(p: ChangeModalProps) {
  const { t } = useTranslation();
  const submit = (ev: FormEvent) => {
    ev.preventDefault();
    p.onSubmit();
  };
  return (
    <Modal opened={p.opened} onClose={p.onClose} title={p.title} size="lg">
      <FormStack onSubmit={submit} data-testid={p.testId}>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput
            type="date"
            label={t('people.fields.effectiveDate')}
            withAsterisk
            value={p.effectiveDate}
            onChange={(e) => p.onEffectiveDate(e.currentTarget.value)}
            error={p.errors.effectiveDate}
          />
          {p.children}
        </SimpleGrid>
        {p.footer}
        {!allOnFields(p.error, p.errors) && <ErrorAlert error={p.error} />}
        <Group justify="flex-end">
          <Button variant="default" onClick={p.onClose}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={p.pending} data-testid={p.saveTestId}>
            {p.saveLabel}
          </Button>
        </Group>
      </FormStack>
    </Modal>
  );
}
