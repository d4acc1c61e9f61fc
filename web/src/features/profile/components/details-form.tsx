import { zodResolver } from '@hookform/resolvers/zod';
import { Button, SimpleGrid, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { Controller, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { fieldError } from '../../../components/field-error';
import { FormStack } from '../../../components/form-stack';
import { LanguageSelect } from '../../../components/language-select';
import { TimeZoneSelect } from '../../../components/time-zone-select';
import { applyFieldErrors } from '../../../lib/error-message';
import type { Me } from '../../auth/types';
import { useUpdateMe } from '../api/update-me';

const schema = z.object({
  displayName: z.string().trim().min(1, 'validation.required'),
  locale: z.enum(['en', 'ar']),
  timeZone: z.string().min(1, 'validation.required'),
});
type Values = z.infer<typeof schema>;

export function DetailsForm({ me }: { me: Me }) {
  const { t } = useTranslation();
  const update = useUpdateMe();
  const { control, register, handleSubmit, formState, setError } = useForm<Values>({
    resolver: zodResolver(schema),
    values: { displayName: me.user.displayName, locale: me.user.locale, timeZone: me.user.timeZone },
  });

  return (
    <FormStack
      data-testid="details-form"
      onSubmit={handleSubmit((values) =>
        update.mutate(values, {
          onSuccess: () => notifications.show({ color: 'teal', message: t('profile.detailsSaved') }),
          onError: (e) => applyFieldErrors(e, setError, ['displayName', 'locale', 'timeZone']),
        }),
      )}
    >
      <TextInput label={t('common.email')} value={me.user.email} readOnly variant="filled" />
      <SimpleGrid cols={{ base: 1, sm: 3 }}>
        <TextInput label={t('common.displayName')} withAsterisk error={fieldError(t, formState.errors.displayName?.message)} {...register('displayName')} />
        <Controller
          control={control}
          name="locale"
          render={({ field }) => <LanguageSelect label={t('common.language')} value={field.value} onChange={field.onChange} />}
        />
        <Controller
          control={control}
          name="timeZone"
          render={({ field }) => (
            <TimeZoneSelect
              label={t('common.timeZone')}
              value={field.value}
              onChange={field.onChange}
              error={fieldError(t, formState.errors.timeZone?.message)}
            />
          )}
        />
      </SimpleGrid>
      <Button type="submit" loading={update.isPending} style={{ alignSelf: 'flex-start' }}>
        {t('common.save')}
      </Button>
    </FormStack>
  );
}
