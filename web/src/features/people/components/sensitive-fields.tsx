import { Alert, Button, SimpleGrid, Text } from '@mantine/core';
import { IconEye, IconLock } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { Sensitive } from '../types';

const FIELDS = ['nationalId', 'birthDate', 'iban', 'emergencyContact', 'healthNotes'] as const;

/** Withheld fields show as such (never as empty); holders of people.sensitive.read may reveal them (audited). */
export function SensitiveFields({ values, canReveal, onReveal, pending }: { values?: Sensitive; canReveal: boolean; onReveal: () => void; pending: boolean }) {
  const { t } = useTranslation();
  return (
    <>
      <SimpleGrid cols={{ base: 1, sm: 2 }} mb="sm" data-testid="sensitive-fields">
        {FIELDS.map((f) => (
          <div key={f}>
            <Text size="xs" c="dimmed">
              {t(`people.fields.${f}`)}
            </Text>
            <Text data-testid={`sensitive-${f}`} dir={f === 'iban' ? 'ltr' : undefined} style={{ overflowWrap: 'anywhere' }}>
              {values ? (values[f] ?? '—') : t('people.redacted')}
            </Text>
          </div>
        ))}
      </SimpleGrid>
      {!values &&
        (canReveal ? (
          <Button variant="light" leftSection={<IconEye size={16} />} onClick={onReveal} loading={pending} data-testid="reveal">
            {t('people.reveal')}
          </Button>
        ) : (
          <Alert icon={<IconLock size={16} />} color="gray">
            {t('people.revealNeedsPermission')}
          </Alert>
        ))}
    </>
  );
}
