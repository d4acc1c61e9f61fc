import { zodResolver } from '@hookform/resolvers/zod';
import { Button, Modal, TextInput } from '@mantine/core';
import { Controller, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { ErrorAlert } from '../../../components/error-alert';
import { fieldError } from '../../../components/field-error';
import { FormStack } from '../../../components/form-stack';
import { LanguageSelect } from '../../../components/language-select';
import { applyFieldErrors } from '../../../lib/error-message';
import { useCreateUser } from '../api/create-user';
import type { UserRow } from '../types';
import { RolePicker } from './role-picker';

const schema = z.object({
  email: z.string().trim().min(1, 'validation.required').pipe(z.email('validation.email')),
  displayName: z.string().trim().min(1, 'validation.required'),
  locale: z.enum(['en', 'ar']),
  roleIds: z.array(z.string()),
});
type Values = z.infer<typeof schema>;

type Props = { opened: boolean; onClose: () => void; onCreated: (user: UserRow, oneTimePassword: string) => void };

export function CreateUserModal({ opened, onClose, onCreated }: Props) {
  const { t, i18n } = useTranslation();
  const create = useCreateUser();
  const { control, register, handleSubmit, formState, reset, setError } = useForm<Values>({
    resolver: zodResolver(schema),
    defaultValues: { email: '', displayName: '', locale: i18n.language === 'ar' ? 'ar' : 'en', roleIds: [] },
  });
  const close = () => {
    reset();
    create.reset();
    onClose();
  };

  return (
    <Modal opened={opened} onClose={close} title={t('users.createTitle')} size="lg">
      <FormStack
        data-testid="create-user-form"
        onSubmit={handleSubmit((values) =>
          create.mutate(values, {
            onSuccess: ({ user, oneTimePassword }) => {
              close();
              onCreated(user, oneTimePassword);
            },
            onError: (e) => applyFieldErrors(e, setError, ['email', 'displayName', 'locale', 'roleIds']),
          }),
        )}
      >
        <TextInput label={t('common.email')} type="email" withAsterisk error={fieldError(t, formState.errors.email?.message)} {...register('email')} />
        <TextInput label={t('common.displayName')} withAsterisk error={fieldError(t, formState.errors.displayName?.message)} {...register('displayName')} />
        <Controller
          control={control}
          name="locale"
          render={({ field }) => <LanguageSelect label={t('common.language')} value={field.value} onChange={field.onChange} />}
        />
        <Controller control={control} name="roleIds" render={({ field }) => <RolePicker value={field.value} onChange={field.onChange} />} />
        <ErrorAlert error={create.error} />
        <Button type="submit" loading={create.isPending}>
          {t('common.create')}
        </Button>
      </FormStack>
    </Modal>
  );
}
