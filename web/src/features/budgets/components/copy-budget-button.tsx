import { Button, Group, Modal, NumberInput, Stack, TextInput } from '@mantine/core';
import { useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/error-alert';
import { useCopyBudget } from '../api/revisions';
import type { Budget } from '../types';

/** Copy this budget (its revision in force) to a new name and year, ±%, as a new draft. */
export function CopyBudgetButton({ budget }: { budget: Budget }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const copy = useCopyBudget();
  const [open, setOpen] = useState(false);
  const [name, setName] = useState(budget.name);
  const [year, setYear] = useState<number | string>(budget.fiscalYear + 1);
  const [percent, setPercent] = useState('0');
  return (
    <>
      <Button variant="default" onClick={() => setOpen(true)} data-testid="copy-budget">
        {t('budgets.copy.action')}
      </Button>
      <Modal opened={open} onClose={() => setOpen(false)} title={t('budgets.copy.title')}>
        <Stack>
          <TextInput label={t('budgets.name')} value={name} onChange={(e) => setName(e.currentTarget.value)} data-testid="copy-name" />
          <NumberInput label={t('budgets.fiscalYear')} value={year} onChange={setYear} min={1900} max={2999} data-testid="copy-year" />
          <TextInput label={t('budgets.percent')} dir="ltr" value={percent} onChange={(e) => setPercent(e.currentTarget.value)} data-testid="copy-percent" />
          <ErrorAlert error={copy.error} />
          <Group justify="flex-end">
            <Button
              loading={copy.isPending}
              onClick={() =>
                copy.mutate(
                  { id: budget.id, name, fiscalYear: Number(year), percent },
                  {
                    onSuccess: (b) => {
                      setOpen(false);
                      navigate({ to: '/budgets/$budgetId', params: { budgetId: b.id } });
                    },
                  },
                )
              }
              data-testid="copy-submit"
            >
              {t('budgets.copy.submit')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
}
