import { Select } from '@mantine/core';
import { timeZones } from '../lib/format';

interface Props {
  label: string;
  value: string;
  onChange: (value: string) => void;
  error?: string;
  withAsterisk?: boolean;
}

/** A searchable IANA time zone; a required choice that cannot be cleared. */
export function TimeZoneSelect({ label, value, onChange, error, withAsterisk }: Props) {
  return (
    <Select
      label={label}
      withAsterisk={withAsterisk}
      searchable
      allowDeselect={false}
      data={timeZones()}
      value={value}
      onChange={(v) => onChange(v ?? '')}
      error={error}
    />
  );
}
