import { zodResolver } from '@hookform/resolvers/zod';
import { Button, Stack, Text, Title } from '@mantine/core';
import { useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/error-alert';
import { FormStack } from '../../../components/form-stack';
import { isLanguage } from '../../../i18n';
import { applyFieldErrors } from '../../../lib/error-message';
import { queryClient } from '../../../lib/query-client';
import { TotpEnrol } from '../../profile/components/totp-enrol';
import { setupStatusQueryOptions } from '../api/get-setup-status';
import { useRunSetup } from '../api/run-setup';
import { AdminFields } from '../components/admin-fields';
import { CompanyFields } from '../components/company-fields';
import { defaultSetupValues, type SetupValues, setupFieldNames, setupSchema } from '../setup-schema';

export function SetupPage() {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const setup = useRunSetup();
  // Kept only in memory so the 2FA offer can start without asking for the password again.
  const [adminPassword, setAdminPassword] = useState<string | null>(null);
  const { control, register, handleSubmit, formState, setError } = useForm<SetupValues>({
    resolver: zodResolver(setupSchema),
    defaultValues: defaultSetupValues(isLanguage(i18n.language) ? i18n.language : 'en'),
  });

  const finish = async () => {
    queryClient.setQueryData(setupStatusQueryOptions().queryKey, { needed: false });
    await navigate({ to: '/' });
  };

  if (adminPassword) {
    return (
      <Stack data-testid="setup-done">
        <Title order={1} size="h2">
          {t('setup.doneTitle')}
        </Title>
        <Text>{t('setup.doneBody')}</Text>
        <TotpEnrol knownPassword={adminPassword} onDone={finish} onSkip={finish} />
      </Stack>
    );
  }

  const onSubmit = handleSubmit(({ company, admin }) =>
    setup.mutate(
      {
        company: {
          ...company,
          nameAr: company.nameAr || undefined,
          workWeek: company.workWeek.map(Number).sort((a, b) => a - b),
        },
        admin,
      },
      {
        onSuccess: () => setAdminPassword(admin.password),
        onError: (e) => applyFieldErrors(e, setError, setupFieldNames),
      },
    ),
  );

  return (
    <FormStack onSubmit={onSubmit} data-testid="setup-form">
      <Title order={1} size="h2">
        {t('setup.title')}
      </Title>
      <Text c="dimmed">{t('setup.intro')}</Text>
      <CompanyFields control={control} register={register} errors={formState.errors} />
      <AdminFields register={register} errors={formState.errors} />
      <ErrorAlert error={setup.error} />
      <Button type="submit" loading={setup.isPending} fullWidth>
        {t('setup.submit')}
      </Button>
    </FormStack>
  );
}
