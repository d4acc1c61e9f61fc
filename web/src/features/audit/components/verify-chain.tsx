import { Alert, Button, Stack } from '@mantine/core';
import { IconShieldCheck, IconShieldX } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/error-alert';
import { formatNumber } from '../../../lib/format';
import { useVerifyAudit } from '../api/verify-audit';

export function VerifyChain() {
  const { t } = useTranslation();
  const verify = useVerifyAudit();
  const result = verify.data;
  return (
    <Stack gap="xs" mb="md">
      <Button
        variant="light"
        leftSection={<IconShieldCheck size={16} />}
        loading={verify.isPending}
        onClick={() => verify.mutate()}
        style={{ alignSelf: 'flex-start' }}
        data-testid="verify-chain"
      >
        {t('audit.verify')}
      </Button>
      <ErrorAlert error={verify.error} />
      {result && (
        <Alert
          role="status"
          color={result.ok ? 'teal' : 'red'}
          icon={result.ok ? <IconShieldCheck size={18} /> : <IconShieldX size={18} />}
          data-testid="verify-result"
        >
          {result.ok
            ? t('audit.verifyOk', { checked: formatNumber(result.checked) })
            : t('audit.verifyBad', {
                checked: formatNumber(result.checked),
                seq: result.firstBad?.seq ?? '?',
                reason: result.firstBad?.reason ?? '',
              })}
        </Alert>
      )}
    </Stack>
  );
}
