import { Button, Group, SimpleGrid, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormStack } from '../../../components/form-stack';
import type { AuditFilters } from '../api/get-audit';

const empty = { action: '', actorId: '', from: '', to: '' };

/** Dates are the reader's calendar days (YYYY-MM-DD) as the date inputs give them. */
export function AuditFiltersForm({ onApply }: { onApply: (filters: AuditFilters) => void }) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState(empty);
  const set = (key: keyof typeof empty) => (e: React.ChangeEvent<HTMLInputElement>) => setDraft({ ...draft, [key]: e.currentTarget.value });
  const apply = (values: typeof empty) =>
    onApply({
      action: values.action.trim() || undefined,
      actorId: values.actorId.trim() || undefined,
      from: values.from || undefined,
      to: values.to || undefined,
    });

  return (
    <FormStack
      mb="md"
      data-testid="audit-filters"
      onSubmit={(e) => {
        e.preventDefault();
        apply(draft);
      }}
    >
      <SimpleGrid cols={{ base: 1, xs: 2, md: 4 }}>
        <TextInput label={t('audit.action')} value={draft.action} onChange={set('action')} className="mono" />
        <TextInput label={t('audit.actor')} value={draft.actorId} onChange={set('actorId')} />
        <TextInput label={t('audit.from')} type="date" value={draft.from} onChange={set('from')} />
        <TextInput label={t('audit.to')} type="date" value={draft.to} onChange={set('to')} />
      </SimpleGrid>
      <Group>
        <Button type="submit">{t('common.filter')}</Button>
        <Button
          variant="default"
          onClick={() => {
            setDraft(empty);
            apply(empty);
          }}
        >
          {t('common.clear')}
        </Button>
      </Group>
    </FormStack>
  );
}
