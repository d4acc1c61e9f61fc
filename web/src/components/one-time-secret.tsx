import { ActionIcon, Alert, Code, CopyButton, Group, Stack, Text, Tooltip } from '@mantine/core';
import { IconCheck, IconCopy, IconEyeExclamation } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

/** A secret the server will never show again: a password, an API token, recovery codes. */
export function OneTimeSecret({ label, values, intro }: { label: string; values: string[]; intro?: string }) {
  const { t } = useTranslation();
  const joined = values.join('\n');
  return (
    <Stack gap="sm" data-testid="one-time-secret">
      <Alert color="yellow" icon={<IconEyeExclamation size={18} />}>
        {intro && <Text size="sm">{intro}</Text>}
        <Text size="sm" fw={600}>
          {t('common.showOnceWarning')}
        </Text>
      </Alert>
      <Group align="flex-start" wrap="nowrap" gap="xs">
        <Code block className="mono" style={{ flex: 1, fontSize: 15 }} aria-label={label} data-testid="secret-value">
          {joined}
        </Code>
        <CopyButton value={joined}>
          {({ copied, copy }) => (
            <Tooltip label={copied ? t('common.copied') : t('common.copy')} withArrow>
              <ActionIcon variant="light" color={copied ? 'teal' : 'gray'} onClick={copy} aria-label={`${t('common.copy')}: ${label}`}>
                {copied ? <IconCheck size={16} /> : <IconCopy size={16} />}
              </ActionIcon>
            </Tooltip>
          )}
        </CopyButton>
      </Group>
    </Stack>
  );
}
