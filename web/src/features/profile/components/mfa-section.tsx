import { Badge, Button, Group, PasswordInput, Stack } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/error-alert';
import { FormStack } from '../../../components/form-stack';
import { meQueryKey, queryClient } from '../../../lib/query-client';
import type { Me } from '../../auth/types';
import { useDisableMfa } from '../api/disable-mfa';
import { TotpEnrol } from './totp-enrol';

function DisableMfaForm() {
  const { t } = useTranslation();
  const disable = useDisableMfa();
  const [password, setPassword] = useState('');
  return (
    <FormStack
      data-testid="mfa-disable-form"
      onSubmit={(e) => {
        e.preventDefault();
        if (!password) return;
        disable.mutate({ currentPassword: password }, { onSuccess: () => notifications.show({ color: 'teal', message: t('mfa.disabledDone') }) });
      }}
    >
      <PasswordInput
        label={t('common.currentPassword')}
        description={t('common.currentPasswordHint')}
        autoComplete="current-password"
        required
        value={password}
        onChange={(e) => setPassword(e.currentTarget.value)}
        maw={400}
      />
      <ErrorAlert error={disable.error} />
      <Button type="submit" color="red" variant="light" loading={disable.isPending} style={{ alignSelf: 'flex-start' }}>
        {t('mfa.disable')}
      </Button>
    </FormStack>
  );
}

export function MfaSection({ me }: { me: Me }) {
  const { t } = useTranslation();
  const [enrolling, setEnrolling] = useState(false);
  const enabled = me.user.mfaEnabled;

  return (
    <Stack>
      <Group>
        <Badge color={enabled ? 'teal' : 'gray'} variant="light" data-testid="mfa-status">
          {enabled ? t('mfa.enabled') : t('mfa.disabledState')}
        </Badge>
      </Group>
      {enabled && <DisableMfaForm />}
      {!enabled && !enrolling && (
        <Button onClick={() => setEnrolling(true)} style={{ alignSelf: 'flex-start' }} data-testid="mfa-enrol">
          {t('mfa.start')}
        </Button>
      )}
      {!enabled && enrolling && (
        <div style={{ maxWidth: 420 }}>
          <TotpEnrol
            onDone={() => {
              setEnrolling(false);
              void queryClient.invalidateQueries({ queryKey: meQueryKey });
            }}
          />
        </div>
      )}
    </Stack>
  );
}
