import { Group, TextInput } from '@mantine/core';
import type { ReactNode } from 'react';
import { isIsoDate } from '../dates';

/** A date field that only reports a complete date (a half-typed one is not a filter yet). */
export function DateField({ label, value, onChange, testId }: { label: string; value: string; onChange: (date: string) => void; testId: string }) {
  return (
    <TextInput
      label={label}
      type="date"
      value={value}
      onChange={(e) => {
        const v = e.currentTarget.value;
        if (isIsoDate(v)) onChange(v);
      }}
      w={{ base: '100%', xs: 170 }}
      data-testid={testId}
    />
  );
}

/** The filters above a report, wrapping on a phone; the export buttons sit at the end. */
export function ReportFilters({ children, actions }: { children: ReactNode; actions?: ReactNode }) {
  return (
    <Group align="flex-end" justify="space-between" mb="md" gap="sm" wrap="wrap">
      <Group align="flex-end" gap="sm" wrap="wrap" style={{ flex: '1 1 auto' }}>
        {children}
      </Group>
      {actions}
    </Group>
  );
}
