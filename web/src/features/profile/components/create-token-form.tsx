import { zodResolver } from '@hookform/resolvers/zod';
import { Button, MultiSelect, NumberInput, SimpleGrid, TextInput } from '@mantine/core';
import { Controller, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { ErrorAlert } from '../../../components/error-alert';
import { fieldError } from '../../../components/field-error';
import { FormStack } from '../../../components/form-stack';
import { applyFieldErrors } from '../../../lib/error-message';
import { useCreateToken } from '../api/create-token';

const schema = z.object({
  name: z.string().trim().min(1, 'validation.required'),
  permissions: z.array(z.string()),
  expiresInDays: z.number('validation.days').int('validation.days').min(1, 'validation.days').max(365, 'validation.days'),
});
type Values = z.infer<typeof schema>;

/** A token can carry at most the permissions its owner has. */
export function CreateTokenForm({ permissions, onCreated }: { permissions: string[]; onCreated: (token: string) => void }) {
  const { t } = useTranslation();
  const create = useCreateToken();
  const { control, register, handleSubmit, formState, reset, setError } = useForm<Values>({
    resolver: zodResolver(schema),
    defaultValues: { name: '', permissions: [], expiresInDays: 90 },
  });

  return (
    <FormStack
      data-testid="create-token-form"
      onSubmit={handleSubmit((values) =>
        create.mutate(values, {
          onSuccess: ({ token }) => {
            reset();
            onCreated(token);
          },
          onError: (e) => applyFieldErrors(e, setError, ['name', 'permissions', 'expiresInDays']),
        }),
      )}
    >
      <SimpleGrid cols={{ base: 1, sm: 3 }}>
        <TextInput label={t('profile.tokenName')} withAsterisk error={fieldError(t, formState.errors.name?.message)} {...register('name')} />
        <Controller
          control={control}
          name="permissions"
          render={({ field }) => (
            <MultiSelect label={t('profile.tokenPermissions')} data={permissions} searchable clearable value={field.value} onChange={field.onChange} />
          )}
        />
        <Controller
          control={control}
          name="expiresInDays"
          render={({ field }) => (
            <NumberInput
              label={t('profile.tokenExpiresInDays')}
              min={1}
              max={365}
              allowDecimal={false}
              value={field.value}
              onChange={(v) => field.onChange(typeof v === 'number' ? v : Number(v))}
              error={fieldError(t, formState.errors.expiresInDays?.message)}
            />
          )}
        />
      </SimpleGrid>
      <ErrorAlert error={create.error} />
      <Button type="submit" loading={create.isPending} style={{ alignSelf: 'flex-start' }}>
        {t('profile.createToken')}
      </Button>
    </FormStack>
  );
}
