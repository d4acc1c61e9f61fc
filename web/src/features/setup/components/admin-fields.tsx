import { Fieldset, PasswordInput, SimpleGrid, TextInput } from '@mantine/core';
import type { FieldErrors, UseFormRegister } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { fieldError } from '../../../components/field-error';
import type { SetupValues } from '../setup-schema';

type Props = { register: UseFormRegister<SetupValues>; errors: FieldErrors<SetupValues> };

export function AdminFields({ register, errors }: Props) {
  const { t } = useTranslation();
  const e = errors.admin;
  return (
    <Fieldset legend={t('setup.adminSection')}>
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <TextInput
          label={t('common.email')}
          type="email"
          autoComplete="username"
          withAsterisk
          error={fieldError(t, e?.email?.message)}
          {...register('admin.email')}
        />
        <TextInput
          label={t('common.displayName')}
          autoComplete="name"
          withAsterisk
          error={fieldError(t, e?.displayName?.message)}
          {...register('admin.displayName')}
        />
        <PasswordInput
          label={t('common.password')}
          description={t('setup.passwordHint')}
          // The hint goes under the field so both password boxes stay on one line.
          inputWrapperOrder={['label', 'input', 'description', 'error']}
          autoComplete="new-password"
          withAsterisk
          error={fieldError(t, e?.password?.message)}
          {...register('admin.password')}
        />
        <PasswordInput
          label={t('setup.confirmPassword')}
          autoComplete="new-password"
          withAsterisk
          error={fieldError(t, errors.confirmPassword?.message)}
          {...register('confirmPassword')}
        />
      </SimpleGrid>
    </Fieldset>
  );
}
