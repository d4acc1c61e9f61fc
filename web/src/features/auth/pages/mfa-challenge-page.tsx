import { Alert, Anchor, Button, PinInput, Text, TextInput, Title } from '@mantine/core';
import { IconAlertCircle } from '@tabler/icons-react';
import { useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/error-alert';
import { FormStack } from '../../../components/form-stack';
import { ApiError } from '../../../lib/api-client';
import { queryClient } from '../../../lib/query-client';
import { meQueryOptions } from '../api/get-me';
import { useLogout } from '../api/logout';
import { useVerifyMfa } from '../api/verify-mfa';
import { stagePath } from '../types';

export function MfaChallengePage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const verify = useVerifyMfa();
  const logout = useLogout();
  const [useRecovery, setUseRecovery] = useState(false);
  const [code, setCode] = useState('');
  const [recoveryCode, setRecoveryCode] = useState('');
  // The server answers a wrong or reused code with UNAUTHENTICATED, whose general text speaks of passwords.
  const wrongCode = verify.error instanceof ApiError && verify.error.code === 'UNAUTHENTICATED';
  const ready = useRecovery ? recoveryCode.trim().length > 0 : code.length === 6;

  const submit = (e: React.FormEvent) => {
    e.preventDefault();
    if (!ready) return;
    verify.mutate(useRecovery ? { recoveryCode: recoveryCode.trim() } : { code }, {
      onSuccess: async ({ stage }) => {
        await queryClient.fetchQuery({ ...meQueryOptions(), staleTime: 0 });
        await navigate({ to: stagePath(stage) });
      },
      onError: () => setCode(''),
    });
  };

  return (
    <FormStack onSubmit={submit} data-testid="mfa-form">
      <Title order={1} size="h2">
        {t('login.mfaTitle')}
      </Title>
      {useRecovery ? (
        <TextInput
          label={t('login.recoveryCode')}
          autoComplete="off"
          className="mono"
          value={recoveryCode}
          onChange={(e) => setRecoveryCode(e.currentTarget.value)}
          autoFocus
        />
      ) : (
        <div>
          <Text id="mfa-code-label" fw={500} size="sm" mb={4}>
            {t('login.code')}
          </Text>
          <Text size="sm" c="dimmed" mb="xs">
            {t('login.mfaIntro')}
          </Text>
          <PinInput
            length={6}
            type="number"
            oneTimeCode
            autoFocus
            value={code}
            onChange={setCode}
            aria-labelledby="mfa-code-label"
            getInputProps={(index) => ({ 'aria-label': `${t('login.code')} ${index + 1}` })}
            style={{ direction: 'ltr' }}
            data-testid="mfa-code"
          />
        </div>
      )}
      {wrongCode ? (
        <Alert color="red" icon={<IconAlertCircle size={18} />} role="alert" data-testid="error-alert">
          {t('login.mfaWrong')}
        </Alert>
      ) : (
        <ErrorAlert error={verify.error} />
      )}
      <Button type="submit" loading={verify.isPending} disabled={!ready} fullWidth>
        {t('login.verify')}
      </Button>
      <Anchor component="button" type="button" size="sm" onClick={() => setUseRecovery((v) => !v)}>
        {useRecovery ? t('login.useCode') : t('login.useRecovery')}
      </Anchor>
      <Anchor
        component="button"
        type="button"
        size="sm"
        c="dimmed"
        onClick={() => logout.mutate(undefined, { onSettled: () => void navigate({ to: '/login' }) })}
      >
        {t('login.backToLogin')}
      </Anchor>
    </FormStack>
  );
}
