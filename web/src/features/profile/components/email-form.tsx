import { zodResolver } from '@hookform/resolvers/zod';
import { Button, PasswordInput, SimpleGrid, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { ErrorAlert } from '../../../components/error-alert';
import { fieldError } from '../../../components/field-error';
import { FormStack } from '../../../components/form-stack';
import { applyFieldErrors } from '../../../lib/error-message';
import { useChangeEmail } from '../api/change-email';

const schema = z.object({
  email: z.string().trim().min(1, 'validation.required').pipe(z.email('validation.email')),
  currentPassword: z.string().min(1, 'validation.required'),
});
type Values = z.infer<typeof schema>;

export function EmailForm() {
  const { t } = useTranslation();
  const change = useChangeEmail();
  const { register, handleSubmit, formState, reset, setError } = useForm<Values>({
    resolver: zodResolver(schema),
    defaultValues: { email: '', currentPassword: '' },
  });

  return (
    <FormStack
      data-testid="email-form"
      onSubmit={handleSubmit((values) =>
        change.mutate(values, {
          onSuccess: () => {
            reset();
            notifications.show({ color: 'teal', message: t('profile.emailChanged') });
          },
          onError: (e) => applyFieldErrors(e, setError, ['email', 'currentPassword']),
        }),
      )}
    >
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <TextInput
          label={t('profile.newEmail')}
          type="email"
          autoComplete="email"
          withAsterisk
          error={fieldError(t, formState.errors.email?.message)}
          {...register('email')}
        />
        <PasswordInput
          label={t('common.currentPassword')}
          autoComplete="current-password"
          withAsterisk
          error={fieldError(t, formState.errors.currentPassword?.message)}
          {...register('currentPassword')}
        />
      </SimpleGrid>
      <ErrorAlert error={change.error} />
      <Button type="submit" loading={change.isPending} style={{ alignSelf: 'flex-start' }}>
        {t('profile.changeEmail')}
      </Button>
    </FormStack>
  );
}
