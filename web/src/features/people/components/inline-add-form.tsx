import { Button, Checkbox, Group, TextInput } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import type { FormEvent, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/error-alert';
import { allOnFields } from './server-field-errors';

interface InlineAddFormProps {
  testId: string;
  buttonTestId: string;
  buttonLabel: string;
  pending: boolean;
  /** The mutation's error: shown under its fields, and in an alert for whatever names no field. */
  error: unknown;
  errors: Record<string, string>;
  onSubmit: () => void;
  children: ReactNode;
}

/** A one-row add form (inputs, then the add button) whose server refusals land under their fields. */
export function InlineAddForm({ testId, buttonTestId, buttonLabel, pending, error, errors, onSubmit, children }: InlineAddFormProps) {
  const submit = (ev: FormEvent) => {
    ev.preventDefault();
    onSubmit();
  };
  return (
    <form noValidate onSubmit={submit} data-testid={testId}>
      <Group align="start" wrap="wrap">
        {children}
        <Button mt={25} type="submit" leftSection={<IconPlus size={16} />} loading={pending} data-testid={buttonTestId}>
          {buttonLabel}
        </Button>
      </Group>
      {!allOnFields(error, errors) && <ErrorAlert error={error} />}
    </form>
  );
}

interface Names {
  nameEn: string;
  nameAr: string;
}

/** The English and Arabic name inputs every bilingual record has, each typed in its own direction. */
export function NameFields<T extends Names>({ form, setForm, errors }: { form: T; setForm: (f: T) => void; errors: Record<string, string> }) {
  const { t } = useTranslation();
  return (
    <>
      <TextInput
        label={t('people.fields.nameEn')}
        withAsterisk
        dir="ltr"
        value={form.nameEn}
        onChange={(e) => setForm({ ...form, nameEn: e.currentTarget.value })}
        error={errors.nameEn}
      />
      <TextInput
        label={t('people.fields.nameAr')}
        withAsterisk
        dir="rtl"
        value={form.nameAr}
        onChange={(e) => setForm({ ...form, nameAr: e.currentTarget.value })}
        error={errors.nameAr}
      />
    </>
  );
}

/** A yes/no flag placed in line with the inputs of an inline add form. */
export function InlineFlag({ label, checked, onChange }: { label: string; checked: boolean; onChange: (v: boolean) => void }) {
  return <Checkbox mt={32} label={label} checked={checked} onChange={(e) => onChange(e.currentTarget.checked)} />;
}
