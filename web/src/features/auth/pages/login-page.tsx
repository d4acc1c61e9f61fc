import { zodResolver } from '@hookform/resolvers/zod';
import { Button, PasswordInput, TextInput, Title } from '@mantine/core';
import { getRouteApi, useNavigate } from '@tanstack/react-router';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { safeRedirect } from '../../../app/guards';
import { ErrorAlert } from '../../../components/error-alert';
import { fieldError } from '../../../components/field-error';
import { FormStack } from '../../../components/form-stack';
import { queryClient } from '../../../lib/query-client';
import { meQueryOptions } from '../api/get-me';
import { useLogin } from '../api/login';
import { stagePath } from '../types';

const schema = z.object({
  email: z.string().trim().min(1, 'validation.required').pipe(z.email('validation.email')),
  password: z.string().min(1, 'validation.required'),
});

type Values = z.infer<typeof schema>;

const route = getRouteApi('/public/login');

export function LoginPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { redirect } = route.useSearch();
  const login = useLogin();
  const { register, handleSubmit, formState } = useForm<Values>({
    resolver: zodResolver(schema),
    defaultValues: { email: '', password: '' },
  });

  const onSubmit = handleSubmit((values) =>
    login.mutate(values, {
      onSuccess: async ({ stage }) => {
        await queryClient.fetchQuery({ ...meQueryOptions(), staleTime: 0 });
        const target = stage === 'full' ? safeRedirect(redirect) : stagePath(stage);
        await navigate({ to: target });
      },
    }),
  );

  return (
    <FormStack onSubmit={onSubmit} data-testid="login-form">
      <Title order={1} size="h2">
        {t('login.title')}
      </Title>
      <TextInput
        label={t('common.email')}
        type="email"
        autoComplete="username"
        withAsterisk
        error={fieldError(t, formState.errors.email?.message)}
        {...register('email')}
      />
      <PasswordInput
        label={t('common.password')}
        autoComplete="current-password"
        withAsterisk
        error={fieldError(t, formState.errors.password?.message)}
        {...register('password')}
      />
      <ErrorAlert error={login.error} />
      <Button type="submit" loading={login.isPending} fullWidth>
        {t('login.submit')}
      </Button>
    </FormStack>
  );
}
