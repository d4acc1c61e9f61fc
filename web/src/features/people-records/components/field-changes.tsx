import { List, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { FieldChange } from '../types';

/** Each proposed field: the value now, then the proposed one; a sensitive value the viewer may not see is named only. */
export function FieldChanges({ changes }: { changes: FieldChange[] }) {
  const { t } = useTranslation();
  // phone numbers and e-mail addresses read left to right, also in Arabic
  const show = (v: string | null | undefined, field: string) =>
    v ? (
      <bdi dir={field === 'phone' || field === 'email' ? 'ltr' : undefined}>{v}</bdi>
    ) : (
      <Text span c="dimmed">
        {t('peopleRecords.empty')}
      </Text>
    );
  return (
    <List size="sm" spacing={2} listStyleType="none">
      {changes.map((c) => (
        <List.Item key={c.field}>
          <Text span fw={500}>
            {t(`peopleRecords.fields.${c.field}`)}:{' '}
          </Text>
          {c.proposed === undefined ? (
            <Text span c="dimmed">
              {t('peopleRecords.hidden')}
            </Text>
          ) : (
            <>
              {!c.sensitive && (
                <>
                  {show(c.current, c.field)}
                  <Text span c="dimmed">
                    {' '}
                    {t('peopleRecords.becomes')}{' '}
                  </Text>
                </>
              )}
              <Text span fw={600}>
                {show(c.proposed, c.field)}
              </Text>
            </>
          )}
        </List.Item>
      ))}
    </List>
  );
}
