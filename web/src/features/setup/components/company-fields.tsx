import { Checkbox, Fieldset, Group, Select, SimpleGrid, TextInput } from '@mantine/core';
import { type Control, Controller, type FieldErrors, type UseFormRegister } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { fieldError } from '../../../components/field-error';
import { LanguageSelect } from '../../../components/language-select';
import { currencyCodes, timeZones, weekdayName } from '../../../lib/format';
import type { SetupValues } from '../setup-schema';

type Props = { control: Control<SetupValues>; register: UseFormRegister<SetupValues>; errors: FieldErrors<SetupValues> };

const days = [0, 1, 2, 3, 4, 5, 6];

export function CompanyFields({ control, register, errors }: Props) {
  const { t } = useTranslation();
  const e = errors.company;
  return (
    <Fieldset legend={t('setup.companySection')}>
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <TextInput label={t('setup.companyName')} withAsterisk error={fieldError(t, e?.name?.message)} {...register('company.name')} />
        <TextInput label={t('setup.companyNameAr')} dir="rtl" lang="ar" error={fieldError(t, e?.nameAr?.message)} {...register('company.nameAr')} />
        <Controller
          control={control}
          name="company.baseCurrency"
          render={({ field }) => (
            <Select
              label={t('setup.baseCurrency')}
              withAsterisk
              searchable
              allowDeselect={false}
              data={currencyCodes()}
              value={field.value}
              onChange={(v) => field.onChange(v ?? '')}
              onBlur={field.onBlur}
              error={fieldError(t, e?.baseCurrency?.message)}
            />
          )}
        />
        <Controller
          control={control}
          name="company.language"
          render={({ field }) => <LanguageSelect label={t('setup.companyLanguage')} withAsterisk value={field.value} onChange={field.onChange} />}
        />
        <Controller
          control={control}
          name="company.timeZone"
          render={({ field }) => (
            <Select
              label={t('common.timeZone')}
              withAsterisk
              searchable
              allowDeselect={false}
              data={timeZones()}
              value={field.value}
              onChange={(v) => field.onChange(v ?? '')}
              onBlur={field.onBlur}
              error={fieldError(t, e?.timeZone?.message)}
              style={{ gridColumn: '1 / -1' }}
            />
          )}
        />
      </SimpleGrid>
      <Controller
        control={control}
        name="company.workWeek"
        render={({ field }) => (
          <Checkbox.Group mt="md" label={t('setup.workWeek')} value={field.value} onChange={field.onChange} error={fieldError(t, e?.workWeek?.message)}>
            <Group mt="xs" gap="md">
              {days.map((d) => (
                <Checkbox key={d} value={String(d)} label={weekdayName(d)} />
              ))}
            </Group>
          </Checkbox.Group>
        )}
      />
    </Fieldset>
  );
}
