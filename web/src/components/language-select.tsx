import { Select } from '@mantine/core';
import { useTranslation } from 'react-i18next';

interface Props {
  label: string;
  value: 'en' | 'ar';
  onChange: (value: 'en' | 'ar') => void;
  withAsterisk?: boolean;
}

/** English or Arabic; a required choice that cannot be cleared. */
export function LanguageSelect({ label, value, onChange, withAsterisk }: Props) {
  const { t } = useTranslation();
  return (
    <Select
      label={label}
      withAsterisk={withAsterisk}
      allowDeselect={false}
      data={[
        { value: 'en', label: t('languages.en') },
        { value: 'ar', label: t('languages.ar') },
      ]}
      value={value}
      onChange={(v) => onChange(v === 'ar' ? 'ar' : 'en')}
    />
  );
}
