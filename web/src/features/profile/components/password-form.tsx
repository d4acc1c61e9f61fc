import { zodResolver } from '@hookform/resolvers/zod';
import { Button, PasswordInput } from '@mantine/core';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { ErrorAlert } from '../../../components/error-alert';
import { fieldError } from '../../../components/field-error';
import { FormStack } from '../../../components/form-stack';
import { applyFieldErrors } from '../../../lib/error-message';
import { useChangePassword } from '../api/change-password';

const schema = z
  .object({
    currentPassword: z.string().min(1, 'validation.required'),
    newPassword: z.string().min(15, 'validation.passwordLength'),
    confirmPassword: z.string(),
  })
  .refine((v) => v.newPassword === v.confirmPassword, { path: ['confirmPassword'], message: 'validation.passwordsDiffer' });

type Values = z.infer<typeof schema>;

export function PasswordForm({ onChanged }: { onChanged: () => void }) {
  const { t } = useTranslation();
  const change = useChangePassword();
  const { register, handleSubmit, formState, reset, setError } = useForm<Values>({
    resolver: zodResolver(schema),
    defaultValues: { currentPassword: '', newPassword: '', confirmPassword: '' },
  });
  const err = (name: keyof Values) => fieldError(t, formState.errors[name]?.message);

  return (
    <FormStack
      data-testid="password-form"
      onSubmit={handleSubmit(({ currentPassword, newPassword }) =>
        change.mutate(
          { currentPassword, newPassword },
          {
            onSuccess: () => {
              reset();
              onChanged();
            },
            onError: (e) => applyFieldErrors(e, setError, ['currentPassword', 'newPassword']),
          },
        ),
      )}
    >
      <PasswordInput
        label={t('common.currentPassword')}
        autoComplete="current-password"
        withAsterisk
        error={err('currentPassword')}
        {...register('currentPassword')}
      />
      <PasswordInput
        label={t('profile.newPassword')}
        description={t('setup.passwordHint')}
        autoComplete="new-password"
        withAsterisk
        error={err('newPassword')}
        {...register('newPassword')}
      />
      <PasswordInput
        label={t('profile.confirmPassword')}
        autoComplete="new-password"
        withAsterisk
        error={err('confirmPassword')}
        {...register('confirmPassword')}
      />
      <ErrorAlert error={change.error} />
      <Button type="submit" loading={change.isPending} style={{ alignSelf: 'flex-start' }}>
        {t('profile.changePassword')}
      </Button>
    </FormStack>
  );
}
